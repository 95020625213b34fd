#include "load/document.hpp"

namespace mirage::load {

Position Document::value_position(std::string_view pointer) const {
  std::string p(pointer);
  for (;;) {
    if (auto it = positions.find(p); it != positions.end()) return it->second.value;
    if (p.empty()) return {1, 1};
    p.erase(p.rfind('/'));
  }
}

Position Document::key_position(std::string_view pointer) const {
  if (auto it = positions.find(std::string(pointer)); it != positions.end() && it->second.key.line > 0)
    return it->second.key;
  return value_position(pointer);
}

std::string pointer_append(std::string_view pointer, std::string_view token) {
  std::string out(pointer);
  out.push_back('/');
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out.push_back(c);
  }
  return out;
}

std::string pointer_append(std::string_view pointer, std::size_t index) {
  return std::string(pointer) + "/" + std::to_string(index);
}

}  // namespace mirage::load
