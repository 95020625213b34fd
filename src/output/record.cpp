// Record views (mirage show) as text, CSV, JSON and Markdown.
#include <algorithm>

#include <fmt/format.h>

#include "output/formats.hpp"
#include "util/text.hpp"

namespace mirage::output {

using nlohmann::ordered_json;

namespace {

bool is_country(const ordered_json& v) {
  return v.is_object() && v.size() == 2 && v.contains("code") && v.contains("name");
}
bool is_reference(const ordered_json& v) { return v.is_object() && v.contains("id") && !v.contains("figures"); }

std::string scalar(const ordered_json& v, std::string_view key) {
  if (v.is_null()) return key == "date" ? "undated" : "unknown";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return text::thousands(v.get<long long>());
  return v.dump();
}

// "Bucharest" -> "Romania (RO)"; a reference -> "2010-tara-follow-up  TARA (investigation, 2010)".
std::string inline_text(const ordered_json& v) {
  if (is_country(v)) return fmt::format("{} ({})", v["name"].get<std::string>(), v["code"].get<std::string>());
  if (v.is_object() && v.contains("id")) {
    std::string out = v["id"].get<std::string>();
    if (v.contains("name")) out += "  " + v["name"].get<std::string>();
    std::vector<std::string> about;
    if (v.contains("kind")) about.push_back(v["kind"].get<std::string>());
    if (v.contains("date") && v["date"].is_string()) {
      std::string date = v["date"].get<std::string>();
      if (v.contains("end_date")) date += " to " + v["end_date"].get<std::string>();
      about.push_back(date);
    }
    if (!about.empty()) out += " (" + about[0] + (about.size() > 1 ? ", " + about[1] : "") + ")";
    if (!v.contains("kind")) out += " (no such record)";
    return out;
  }
  return scalar(v, "");
}

// Words of `s` wrapped to `width` columns, the lines after the first indented by `indent`.
std::string wrap(const std::string& s, std::size_t first_column, std::size_t width, std::size_t indent) {
  if (width == 0 || first_column + text::utf8_length(s) <= width || width <= indent + 20) return s;
  std::string out;
  std::size_t column = first_column;
  std::size_t start = 0;
  bool first_word = true;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    const std::string word = s.substr(start, end - start);
    const std::size_t len = text::utf8_length(word);
    if (!first_word && column + 1 + len > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
    } else if (!first_word) {
      out += ' ';
      ++column;
    }
    out += word;
    column += len;
    first_word = false;
    start = end + 1;
  }
  return out;
}

void render(const ordered_json& object, std::size_t indent, const Style& style, std::string& out) {
  std::size_t key_width = 0;
  for (const auto& [k, v] : object.items()) key_width = std::max(key_width, k.size() + 1);
  const std::string pad(indent, ' ');
  for (const auto& [k, v] : object.items()) {
    std::string key = k + ":";
    const std::string bold_key = style.color ? "\x1b[1m" + key + "\x1b[0m" : key;
    const std::string spaced = bold_key + std::string(key_width - key.size() + 1, ' ');
    const std::size_t value_column = indent + key_width + 1;
    if (v.is_array() && v.empty()) {
      out += pad + spaced + "none\n";
    } else if (v.is_array() && std::all_of(v.begin(), v.end(), is_country)) {
      std::vector<std::string> parts;
      for (const auto& c : v) parts.push_back(inline_text(c));
      std::string joined;
      for (const auto& p : parts) joined += (joined.empty() ? "" : ", ") + p;
      out += pad + spaced + wrap(joined, value_column, style.width, value_column) + "\n";
    } else if (v.is_array()) {
      out += pad + bold_key + "\n";
      for (const auto& item : v) {
        if (item.is_object() && item.contains("id") && item.contains("figures")) {
          out += pad + "  - " + inline_text(item) + "\n";
          render(item["figures"], indent + 4, style, out);
        } else if (item.is_object() && !is_reference(item) && !is_country(item)) {
          std::string nested;
          render(item, indent + 4, style, nested);
          nested.replace(indent, 4, "  - ");  // the item's first line carries the dash
          out += nested;
        } else {
          out += pad + "  - " + wrap(inline_text(item), indent + 4, style.width, indent + 4) + "\n";
        }
      }
    } else if (v.is_object() && (is_country(v) || is_reference(v))) {
      out += pad + spaced + inline_text(v) + "\n";
    } else if (v.is_object()) {
      out += pad + bold_key + "\n";
      render(v, indent + 2, style, out);
    } else {
      out += pad + spaced + wrap(scalar(v, k), value_column, style.width, value_column) + "\n";
    }
  }
}

void flatten(const ordered_json& v, const std::string& path, std::vector<std::pair<std::string, ordered_json>>& out) {
  if (v.is_object()) {
    for (const auto& [k, item] : v.items()) flatten(item, path.empty() ? k : path + "." + k, out);
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) flatten(v[i], path + "." + std::to_string(i), out);
  } else {
    out.emplace_back(path, v);
  }
}

}  // namespace

std::string record_table(const ordered_json& record, const Style& style) {
  std::string out;
  render(record, 0, style, out);
  return out;
}

std::string record_csv(const ordered_json& record) {
  std::vector<std::pair<std::string, ordered_json>> fields;
  flatten(record, "", fields);
  std::string out = "field,value\r\n";
  for (const auto& [path, v] : fields) {
    const std::string value = v.is_null() ? "" : v.is_string() ? v.get<std::string>() : v.dump();
    out += csv_field(path) + "," + csv_field(value) + "\r\n";
  }
  return out;
}

std::string record_json(const ordered_json& record) { return record.dump(2) + "\n"; }

std::string record_markdown(const ordered_json& record) {
  std::vector<std::pair<std::string, ordered_json>> fields;
  flatten(record, "", fields);
  std::string out = "| field | value |\n| --- | --- |\n";
  for (const auto& [path, v] : fields) {
    std::string value = v.is_null() ? "" : scalar(v, path);
    std::string escaped;
    for (char c : value) {
      if (c == '|') escaped += '\\';
      escaped += (c == '\n' || c == '\r') ? ' ' : c;
    }
    out += "| " + path + " | " + escaped + " |\n";
  }
  return out;
}

std::string format_record(const ordered_json& record, Format f, const Style& style) {
  switch (f) {
    case Format::table: return record_table(record, style);
    case Format::csv: return record_csv(record);
    case Format::json: return record_json(record);
    case Format::markdown: return record_markdown(record);
  }
  return {};
}

}  // namespace mirage::output
