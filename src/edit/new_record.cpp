#include "edit/new_record.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "load/yaml_parser.hpp"
#include "model/records.hpp"
#include "util/text.hpp"

namespace mirage::edit {
namespace {

using nlohmann::json;

constexpr std::size_t kWrap = 96;  // the data files' line length

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;
  });
}

bool plain_ok(std::string_view s, bool in_flow) {
  if (s.empty() || has_control(s)) return false;
  if (s.find_first_of("\n\t") != std::string_view::npos) return false;
  if (std::isspace(static_cast<unsigned char>(s.front())) || std::isspace(static_cast<unsigned char>(s.back())))
    return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos) return false;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos || s.back() == ':') return false;
  if (in_flow && s.find_first_of(",[]{}") != std::string_view::npos) return false;
  return true;
}

std::string double_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20 || u == 0x7F) out += fmt::format("\\x{:02X}", u);
        else out += c;
    }
  }
  return out + "\"";
}

// A long text as a folded block scalar (`>-`), wrapped at word boundaries: how the data
// files write quotes. White space runs become single spaces, which quotes may differ in.
std::string folded(std::string_view s, const std::string& indent) {
  const std::string folded_text = text::fold_space(s);
  std::string out = ">-";
  std::string line;
  std::size_t start = 0;
  while (start < folded_text.size()) {
    std::size_t end = folded_text.find(' ', start);
    if (end == std::string::npos) end = folded_text.size();
    const std::string_view word(folded_text.data() + start, end - start);
    if (!line.empty() && indent.size() + line.size() + 1 + word.size() > kWrap) {
      out += "\n" + indent + line;
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (!line.empty()) out += "\n" + indent + line;
  return out;
}

// A value after `key: ` at `indent` (the indentation of the key's continuation lines).
// Prose (quotes, descriptions, notes) may be folded over several lines; other values stay on one.
std::string scalar_value(std::string_view s, Style style, const std::string& indent, std::size_t key_width, bool prose) {
  const std::string folded_text = text::fold_space(s);
  const bool long_text = prose && style == Style::text && !has_control(s) && !folded_text.empty() &&
                         (s.find('\n') != std::string_view::npos || key_width + folded_text.size() > kWrap);
  if (long_text) return folded(s, indent + "  ");
  return yaml_scalar(s, style);
}

std::optional<std::string> year_of(const Draft& d, const std::string& key) {
  auto it = d.fields.find(key);
  if (it == d.fields.end() || it->second.items.empty()) return std::nullopt;
  const std::string& v = it->second.items[0];
  if (v.size() >= 4 && std::all_of(v.begin(), v.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return v.substr(0, 4);
  return std::nullopt;
}

std::optional<std::string> first(const Draft& d, const std::string& key) {
  auto it = d.fields.find(key);
  if (it == d.fields.end() || it->second.items.empty() || it->second.items[0].empty()) return std::nullopt;
  return it->second.items[0];
}

std::string description_of(const json& schema, const std::string& pointer) {
  json::json_pointer p(pointer + "/description");
  if (schema.contains(p) && schema[p].is_string()) return text::fold_space(schema[p].get<std::string>());
  return {};
}

std::string placeholder(const std::string& indent, const std::string& key, const std::string& description) {
  std::string line = indent + "# " + key + ":";
  if (!description.empty()) line += "  # " + description;
  return line + "\n";
}

}  // namespace

const std::vector<std::string>& field_order(load::FileKind kind) {
  static const std::vector<std::string> meeting{"id", "number", "title", "date", "end_date", "city",
                                                "country", "reports", "notes", "citations"};
  static const std::vector<std::string> investigation{"id", "name", "form", "date", "end_date", "crime",
                                                      "countries", "follow_up_of", "description", "outcomes",
                                                      "citations"};
  static const std::vector<std::string> statistic{"id", "title", "period", "scope", "subjects",
                                                  "breakdown_of", "figures", "notes", "citations"};
  static const std::vector<std::string> activity{"id", "type", "title", "date", "end_date", "city",
                                                 "country", "countries", "organiser", "crime", "description",
                                                 "citations"};
  static const std::vector<std::string> none;
  switch (kind) {
    case load::FileKind::meeting: return meeting;
    case load::FileKind::investigation: return investigation;
    case load::FileKind::statistic: return statistic;
    case load::FileKind::activity: return activity;
    default: return none;
  }
}

std::string slug(std::string_view s, std::size_t max_words) {
  std::vector<std::string> words(1);
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      words.back() += static_cast<char>(std::tolower(u));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  if (words.size() > max_words) words.resize(max_words);
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : "-") + w;
  return out;
}

std::optional<std::string> conventional_id(const Draft& d, std::string* why) {
  auto fail = [&](const char* reason) -> std::optional<std::string> {
    if (why) *why = reason;
    return std::nullopt;
  };
  auto join = [](const std::optional<std::string>& prefix, const std::string& rest) -> std::optional<std::string> {
    if (rest.empty()) return std::nullopt;
    return prefix ? *prefix + "-" + rest : rest;
  };
  std::optional<std::string> id;
  switch (d.kind) {
    case load::FileKind::meeting: {
      auto year = year_of(d, "date");
      if (!year) return fail("a meeting's id is <year>-<number>: give --date, or --id");
      id = join(year, slug(first(d, "number").value_or("")));
      break;
    }
    case load::FileKind::investigation: {
      auto year = year_of(d, "date");
      if (!year) return fail("an investigation's id is <year>-<name>: give --date, or --id");
      id = join(year, slug(first(d, "name").value_or(first(d, "description").value_or(""))));
      break;
    }
    case load::FileKind::statistic: {
      auto from = year_of(d, "period/from");
      auto to = year_of(d, "period/to");
      if (!from) return fail("a statistic's id starts with the years it covers: give --from, or --id");
      std::string prefix = *from;
      if (to && *to != *from) prefix += "-" + *to;
      id = join(prefix, slug(first(d, "title").value_or("")));
      break;
    }
    case load::FileKind::activity:
      id = join(year_of(d, "date"), slug(first(d, "title").value_or("")));
      break;
    default: return fail("only records (meeting, investigation, statistic, activity) are created this way");
  }
  if (!id) return fail("the values give no name for the id: give --id");
  return id;
}

std::string yaml_scalar(std::string_view s, Style style, bool in_flow) {
  if (!plain_ok(s, in_flow)) return double_quoted(s);
  if (style == Style::text && !load::core_schema_scalar(std::string(s)).is_string()) return double_quoted(s);
  return std::string(s);
}

std::string render(const Draft& d, const std::string& id, const std::optional<std::string>& schema_ref,
                   const json& schema) {
  std::string out;
  if (schema_ref) out += "# yaml-language-server: $schema=" + *schema_ref + "\n";
  auto field = [&](const std::string& key, const std::string& indent, const std::string& pointer) {
    auto it = d.fields.find(key);
    if (it == d.fields.end() || (it->second.items.empty())) {
      out += placeholder(indent, pointer.substr(pointer.rfind('/') + 1), description_of(schema, pointer));
      return;
    }
    const Value& v = it->second;
    const std::string name = pointer.substr(pointer.rfind('/') + 1);
    if (v.list) {
      std::string items;
      for (const auto& item : v.items) items += (items.empty() ? "" : ", ") + yaml_scalar(item, v.style, true);
      out += indent + name + ": [" + items + "]\n";
    } else {
      const bool prose = name == "description" || name == "notes";
      out += indent + name + ": " + scalar_value(v.items[0], v.style, indent, indent.size() + name.size() + 2, prose) + "\n";
    }
  };
  for (const auto& key : field_order(d.kind)) {
    const std::string pointer = "/properties/" + key;
    if (key == "id") {
      out += "id: " + yaml_scalar(id, Style::text) + "\n";
    } else if (key == "period") {
      out += "period:\n";
      field("period/from", "  ", "/properties/period/properties/from");
      field("period/to", "  ", "/properties/period/properties/to");
    } else if (key == "figures") {
      out += "figures:\n";
      for (const auto& m : model::enum_names(model::Metric{})) {
        const std::string metric(m.name);
        field("figures/" + metric, "  ", "/properties/figures/properties/" + metric);
      }
      // Metrics the schema does not know stay in, so the schema names them.
      for (const auto& [k, v] : d.fields)
        if (k.rfind("figures/", 0) == 0 && !model::parse_enum<model::Metric>(k.substr(8)))
          field(k, "  ", "/properties/" + k);
    } else if (key == "citations") {
      out += "citations:\n";
      for (const auto& c : d.citations) {
        out += "  - source: " + yaml_scalar(c.source, Style::raw) + "\n";
        out += "    quote: " + scalar_value(c.quote, Style::text, "    ", 11, true) + "\n";
      }
    } else {
      field(key, "", pointer);
    }
  }
  return out;
}

}  // namespace mirage::edit
