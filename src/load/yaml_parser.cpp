#include "load/yaml_parser.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "util/text.hpp"

namespace mirage::load {
namespace {

// Thrown inside the event handler to stop parsing a file after a fatal problem,
// already reported.
struct Abort {};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  // yaml-cpp marks are 0-based, columns in bytes; ours are 1-based, columns in characters.
  Position position(int line0, int byte_col0) const {
    if (line0 < 0) return {1, 1};
    const auto line = static_cast<std::size_t>(line0);
    if (line >= starts_.size()) return {line0 + 1, 1};
    const std::size_t start = starts_[line];
    const std::size_t col = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, byte_col0)),
                                                  text_.size() - start);
    return {line0 + 1, static_cast<int>(text::utf8_length(text_.substr(start, col))) + 1};
  }
  Position from_offset(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const auto line = static_cast<std::size_t>(it - starts_.begin()) - 1;
    return position(static_cast<int>(line), static_cast<int>(offset - starts_[line]));
  }
  std::string_view line_text(std::size_t line0) const {
    if (line0 >= starts_.size()) return {};
    const std::size_t start = starts_[line0];
    const std::size_t end = line0 + 1 < starts_.size() ? starts_[line0 + 1] : text_.size();
    return text_.substr(start, end - start);
  }
  std::size_t line_count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// Never throws: out of range gives +-inf or 0, as YAML readers do (std::stod would throw).
double to_double(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

// [-+]?[0-9]+
bool is_int(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_float(std::string_view s) {
  auto digits = [&s] {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    s.remove_prefix(n);
    return n;
  };
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (!s.empty() && s[0] == '.') {
    s.remove_prefix(1);
    if (digits() == 0) return false;
  } else {
    if (digits() == 0) return false;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      digits();
    }
  }
  if (!s.empty() && (s[0] == 'e' || s[0] == 'E')) {
    s.remove_prefix(1);
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (digits() == 0) return false;
  }
  return s.empty();
}

class Builder : public YAML::EventHandler {
 public:
  Builder(const std::string& file, DiagnosticSink& sink, const LineIndex& lines, const Limits& limits)
      : file_(file), sink_(sink), lines_(lines), limits_(limits) {}

  Document take() { return std::move(doc_); }
  int documents() const { return documents_; }
  Position second_document() const { return second_document_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ == 2) second_document_ = pos(mark);
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    add_value(nullptr, mark, true);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    // yaml-cpp reports an alias at its anchor's position; the alias itself is the
    // next one after the last value we saw, so point at the key or item holding it.
    error(pos(mark), "alias", "aliases (*name) are not allowed in mirage data: write the value out");
    add_value(nullptr, mark, false);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    nlohmann::json v;
    if (tag == "?") {
      v = core_schema_scalar(value);
    } else if (tag == "!" || tag == "tag:yaml.org,2002:str") {
      v = value;
    } else {
      error(pos(mark), "yaml", fmt::format("explicit tag '{}' is not allowed: write the plain value", tag));
      v = value;
    }
    if (expecting_key()) {
      if (!v.is_string())
        error(pos(mark), "key-type",
              fmt::format("key '{}' must be a string, not {}: quote it if you mean the text", value,
                          type_name(v)));
      Frame& f = stack_.back();
      f.key = value;
      f.key_pos = pos(mark);
      f.has_key = true;
      count_node(mark);
      return;
    }
    add_value(std::move(v), mark, false);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    open(mark, nlohmann::json::array());
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    open(mark, nlohmann::json::object());
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    nlohmann::json value;
    std::string pointer;
    bool has_key = false;
    std::string key;
    Position key_pos;
    std::unordered_map<std::string, Position> seen;
  };

  static const char* type_name(const nlohmann::json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return "a boolean";
    if (v.is_number_integer()) return "an integer";
    if (v.is_number()) return "a number";
    return "a string";
  }

  Position pos(const YAML::Mark& mark) const { return lines_.position(mark.line, mark.column); }

  void error(Position p, const std::string& rule, std::string message) {
    sink_.error(file_, p, rule, std::move(message));
  }

  bool expecting_key() const {
    return !stack_.empty() && stack_.back().value.is_object() && !stack_.back().has_key;
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor)
      error(pos(mark), "alias", "anchors (&name) are not allowed in mirage data: write each value out");
  }
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag != "?" && tag != "!" && tag != "tag:yaml.org,2002:seq" && tag != "tag:yaml.org,2002:map")
      error(pos(mark), "yaml", fmt::format("explicit tag '{}' is not allowed", tag));
  }

  void count_node(const YAML::Mark& mark) {
    if (++nodes_ > limits_.max_nodes) {
      error(pos(mark), "limit",
            fmt::format("file has more than {} YAML nodes, the most mirage reads from one file",
                        limits_.max_nodes));
      throw Abort{};
    }
  }

  // Where the next value goes: its JSON pointer and key position.
  std::pair<std::string, Position> slot(const YAML::Mark& mark) {
    if (stack_.empty()) return {"", {}};
    Frame& f = stack_.back();
    if (f.value.is_array()) return {pointer_append(f.pointer, f.value.size()), {}};
    if (!f.has_key) {
      // A mapping or sequence used as a key.
      error(pos(mark), "key-type", "a key must be a plain string, not a mapping or a sequence");
      throw Abort{};
    }
    return {pointer_append(f.pointer, f.key), f.key_pos};
  }

  void open(const YAML::Mark& mark, nlohmann::json container) {
    count_node(mark);
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      error(pos(mark), "limit",
            fmt::format("nesting is deeper than {} levels, the most mirage reads", limits_.max_depth));
      throw Abort{};
    }
    auto [pointer, key_pos] = slot(mark);
    doc_.positions[pointer] = {key_pos, pos(mark)};
    stack_.push_back(Frame{std::move(container), std::move(pointer), false, {}, {}, {}});
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (stack_.empty()) {
      doc_.root = std::move(f.value);
      return;
    }
    insert(std::move(f.value));
  }

  void add_value(nlohmann::json v, const YAML::Mark& mark, bool empty_null) {
    if (expecting_key()) {
      // `: value` or `? ` with no key.
      error(pos(mark), "key-type", "a key must be a plain string, not empty or null");
      Frame& f = stack_.back();
      f.key = "";
      f.key_pos = pos(mark);
      f.has_key = true;
      return;
    }
    count_node(mark);
    auto [pointer, key_pos] = slot(mark);
    Position value_pos = pos(mark);
    // An empty value (`date:`) is marked by yaml-cpp at the next token; point at the key instead.
    if (empty_null && key_pos.line > 0 && value_pos.line != key_pos.line) value_pos = key_pos;
    doc_.positions[pointer] = {key_pos, value_pos};
    if (stack_.empty()) {
      doc_.root = std::move(v);
      return;
    }
    insert(std::move(v));
  }

  void insert(nlohmann::json v) {
    Frame& f = stack_.back();
    if (f.value.is_array()) {
      f.value.push_back(std::move(v));
      return;
    }
    f.has_key = false;
    if (auto it = f.seen.find(f.key); it != f.seen.end()) {
      error(f.key_pos, "duplicate-key",
            fmt::format("duplicate key '{}': it is already set on line {}", f.key, it->second.line));
      return;  // keep the first, as every YAML reader that accepts duplicates does
    }
    f.seen.emplace(f.key, f.key_pos);
    f.value[f.key] = std::move(v);
  }

  const std::string& file_;
  DiagnosticSink& sink_;
  const LineIndex& lines_;
  const Limits& limits_;
  Document doc_;
  std::vector<Frame> stack_;
  std::size_t nodes_ = 0;
  int documents_ = 0;
  Position second_document_;
};

// The first line whose indentation contains a tab, as (line, column) 0-based.
std::optional<std::pair<int, int>> first_tab_indent(const LineIndex& lines) {
  for (std::size_t i = 0; i < lines.line_count(); ++i) {
    const auto line = lines.line_text(i);
    for (std::size_t c = 0; c < line.size(); ++c) {
      if (line[c] == '\t') return std::pair{static_cast<int>(i), static_cast<int>(c)};
      if (line[c] != ' ') break;
    }
  }
  return std::nullopt;
}

}  // namespace

nlohmann::json core_schema_scalar(const std::string& value) {
  if (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL") return nullptr;
  if (value == "true" || value == "True" || value == "TRUE") return true;
  if (value == "false" || value == "False" || value == "FALSE") return false;
  const char c = value[0];
  const bool numeric_start = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  if (!numeric_start) return value;
  if (is_int(value)) {
    try {
      std::size_t used = 0;
      const long long n = std::stoll(value, &used, 10);
      if (used == value.size()) return n;
    } catch (const std::out_of_range&) {
      return to_double(value);
    }
  }
  if (value.size() > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'o')) {
    const int base = value[1] == 'x' ? 16 : 8;
    const std::string digits = value.substr(2);
    const bool ok = digits.find_first_not_of(base == 16 ? "0123456789abcdefABCDEF" : "01234567") ==
                    std::string::npos;
    if (ok) {
      try {
        return std::stoll(digits, nullptr, base);
      } catch (const std::out_of_range&) {
        return value;
      }
    }
  }
  if (is_float(value)) return to_double(value);
  if (value == ".inf" || value == ".Inf" || value == ".INF" || value == "+.inf" || value == "+.Inf" ||
      value == "+.INF")
    return std::numeric_limits<double>::infinity();
  if (value == "-.inf" || value == "-.Inf" || value == "-.INF") return -std::numeric_limits<double>::infinity();
  if (value == ".nan" || value == ".NaN" || value == ".NAN") return std::numeric_limits<double>::quiet_NaN();
  return value;
}

std::optional<Document> parse_yaml(std::string_view text, const std::string& file, DiagnosticSink& sink,
                                   const Limits& limits) {
  if (text.size() > limits.max_file_bytes) {
    sink.error(file, {1, 1}, "limit",
               fmt::format("file is {} bytes, more than the {} bytes mirage reads from one file", text.size(),
                           limits.max_file_bytes));
    return std::nullopt;
  }
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    sink.error(file, {}, "encoding", "file is UTF-16 (it starts with a UTF-16 byte order mark): mirage data files are UTF-8");
    return std::nullopt;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark is fine
  const LineIndex lines(text);
  if (auto bad = text::find_invalid_utf8(text)) {
    sink.error(file, lines.from_offset(*bad), "encoding",
               fmt::format("invalid UTF-8 (byte 0x{:02X}): mirage data files are UTF-8",
                           static_cast<unsigned char>(text[*bad])));
    return std::nullopt;
  }
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    if (nul < 2 && text.size() >= 2 && ((text[0] == '\0') != (text[1] == '\0'))) {
      sink.error(file, {}, "encoding",
                 "file looks like UTF-16 (NUL bytes between the characters): mirage data files are UTF-8");
      return std::nullopt;
    }
    sink.error(file, lines.from_offset(nul), "encoding", "NUL byte: a YAML file is text");
    return std::nullopt;
  }

  std::istringstream in{std::string(text)};
  Builder builder(file, sink, lines, limits);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      sink.error(file, {1, 1}, "empty-file", "file holds no YAML document: a record file holds one mapping");
      return std::nullopt;
    }
    if (parser.HandleNextDocument(builder) || builder.documents() > 1) {
      sink.error(file, builder.second_document(), "multiple-documents",
                 "a second YAML document starts here: a file holds exactly one record");
      return std::nullopt;
    }
  } catch (const Abort&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    if (auto tab = first_tab_indent(lines); tab && tab->first <= e.mark.line) {
      sink.error(file, lines.position(tab->first, tab->second), "yaml",
                 "tab used for indentation: YAML indents with spaces");
    } else if (builder.documents() > 1) {
      sink.error(file, builder.second_document(), "multiple-documents",
                 "a second YAML document starts here: a file holds exactly one record");
    } else {
      std::string msg = e.msg;
      if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr)
        msg = fmt::format("nesting is deeper than {} levels, the most mirage reads", limits.max_depth);
      sink.error(file, lines.position(e.mark.line, e.mark.column), "yaml", "YAML syntax error: " + msg);
    }
    return std::nullopt;
  }
  if (builder.documents() == 0) {
    sink.error(file, {1, 1}, "empty-file", "file holds no YAML document: a record file holds one mapping");
    return std::nullopt;
  }
  return builder.take();
}

}  // namespace mirage::load
