#pragma once
// A parsed YAML file: its JSON value and the position of every key and value.
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "util/diagnostic.hpp"

namespace mirage::load {

struct NodePosition {
  Position key;    // where the key naming this value stands (0:0 for the root and array items)
  Position value;  // where the value starts
};

struct Document {
  nlohmann::json root;
  // JSON pointer ("" for the root, "/countries/0") -> positions.
  std::unordered_map<std::string, NodePosition> positions;

  // The position of the value at `pointer`, or of its nearest ancestor that has one.
  Position value_position(std::string_view pointer) const;
  // The position of the key naming the value at `pointer`, else the value's position.
  Position key_position(std::string_view pointer) const;
};

// "/a/b" + "c~d" -> "/a/b/c~0d"
std::string pointer_append(std::string_view pointer, std::string_view token);
std::string pointer_append(std::string_view pointer, std::size_t index);

}  // namespace mirage::load
