#include "output/formats.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "util/text.hpp"

namespace mirage::output {

using query::Cell;
using query::ColumnType;
using query::CountryRef;
using query::Table;
using query::Years;
using nlohmann::ordered_json;

namespace {

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

// Line breaks and tabs inside a value would break a table row.
std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string years_text(const Years& y) {
  std::string out;
  for (std::size_t i = 0; i < y.years.size();) {
    std::size_t j = i;
    while (j + 1 < y.years.size() && y.years[j + 1] == y.years[j] + 1) ++j;
    if (!out.empty()) out += ", ";
    out += j == i ? std::to_string(y.years[i]) : fmt::format("{}-{}", y.years[i], y.years[j]);
    i = j + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// A cell as people read it (table, markdown).
std::string human(const Cell& cell, ColumnType type) {
  return std::visit(overloaded{
                        [&](std::monostate) { return std::string(type == ColumnType::year ? "undated" : ""); },
                        [](const std::string& s) { return one_line(s); },
                        [&](long long n) { return type == ColumnType::year ? std::to_string(n) : text::thousands(n); },
                        [](const model::Date& d) { return d.to_string(); },
                        [](const std::vector<CountryRef>& cs) {
                          std::vector<std::string> parts;
                          for (const auto& c : cs)
                            parts.push_back(c.count ? fmt::format("{} ({})", c.code, *c.count) : c.code);
                          return join(parts, ", ");
                        },
                        [](const std::vector<std::string>& v) { return one_line(join(v, ", ")); },
                        [](const Years& y) { return years_text(y); },
                    },
                    cell);
}

// A cell as CSV holds it: raw numbers, lists joined with ';'.
std::string raw(const Cell& cell) {
  return std::visit(overloaded{
                        [](std::monostate) { return std::string(); },
                        [](const std::string& s) { return s; },
                        [](long long n) { return std::to_string(n); },
                        [](const model::Date& d) { return d.to_string(); },
                        [](const std::vector<CountryRef>& cs) {
                          std::vector<std::string> parts;
                          for (const auto& c : cs) parts.push_back(c.count ? fmt::format("{}:{}", c.code, *c.count) : c.code);
                          return join(parts, ";");
                        },
                        [](const std::vector<std::string>& v) { return join(v, ";"); },
                        [](const Years& y) {
                          std::vector<std::string> parts;
                          for (int n : y.years) parts.push_back(std::to_string(n));
                          return join(parts, ";");
                        },
                    },
                    cell);
}

ordered_json json_cell(const Cell& cell) {
  return std::visit(overloaded{
                        [](std::monostate) { return ordered_json(); },
                        [](const std::string& s) { return ordered_json(s); },
                        [](long long n) { return ordered_json(n); },
                        [](const model::Date& d) { return ordered_json(d.to_string()); },
                        [](const std::vector<CountryRef>& cs) {
                          ordered_json out = ordered_json::array();
                          for (const auto& c : cs) {
                            ordered_json o{{"code", c.code}, {"name", c.name}};
                            if (c.count) o["count"] = *c.count;
                            out.push_back(std::move(o));
                          }
                          return out;
                        },
                        [](const std::vector<std::string>& v) { return ordered_json(v); },
                        [](const Years& y) { return ordered_json(y.years); },
                    },
                    cell);
}

std::string pad(const std::string& s, std::size_t width, bool right) {
  const std::size_t len = text::utf8_length(s);
  if (len >= width) return s;
  return right ? std::string(width - len, ' ') + s : s + std::string(width - len, ' ');
}

std::string markdown_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "csv") return Format::csv;
  if (name == "json") return Format::json;
  if (name == "markdown") return Format::markdown;
  return std::nullopt;
}

std::string truncate(std::string_view s, std::size_t width) {
  if (text::utf8_length(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (points == width - 1) break;
      ++points;
    }
    out += s[i];
  }
  return out + "…";
}

std::string to_table(const Table& table, const Style& style) {
  const std::size_t n = table.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths(n);
  for (std::size_t c = 0; c < n; ++c) widths[c] = text::utf8_length(table.columns[c].name);
  for (const auto& row : table.rows) {
    std::vector<std::string> line;
    for (std::size_t c = 0; c < n; ++c) {
      line.push_back(human(row[c], table.columns[c].type));
      widths[c] = std::max(widths[c], text::utf8_length(line.back()));
    }
    cells.push_back(std::move(line));
  }
  // Fit a terminal: narrow the widest flexible column, one column at a time, never below
  // its header or 10; other columns are never cut (the table may then still be too wide).
  if (style.width > 0 && n > 0) {
    auto total = [&] { return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + 2 * (n - 1); };
    auto floor = [&](std::size_t c) { return std::max<std::size_t>(10, text::utf8_length(table.columns[c].name)); };
    while (total() > style.width) {
      std::optional<std::size_t> widest;
      for (std::size_t c = 0; c < n; ++c)
        if (table.columns[c].flexible && widths[c] > floor(c) && (!widest || widths[c] > widths[*widest])) widest = c;
      if (!widest) break;
      --widths[*widest];
    }
    for (auto& line : cells)
      for (std::size_t c = 0; c < n; ++c) line[c] = truncate(line[c], widths[c]);
  }
  auto render = [&](const std::vector<std::string>& line, bool header) {
    std::string out;
    for (std::size_t c = 0; c < n; ++c) {
      const bool right = table.columns[c].right_aligned();
      const bool last = c + 1 == n;
      std::string cell = (last && !right) ? line[c] : pad(line[c], widths[c], right);
      if (header && style.color) cell = "\x1b[1m" + cell + "\x1b[0m";
      out += cell;
      if (!last) out += "  ";
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::vector<std::string> header;
  for (const auto& col : table.columns) header.push_back(col.name);
  std::string out = render(header, true);
  for (const auto& line : cells) out += render(line, false);
  return out;
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string to_csv(const Table& table) {
  std::string out;
  for (std::size_t c = 0; c < table.columns.size(); ++c) out += (c ? "," : "") + csv_field(table.columns[c].name);
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) out += (c ? "," : "") + csv_field(raw(row[c]));
    out += "\r\n";
  }
  return out;
}

std::string to_json(const Table& table) {
  ordered_json out = ordered_json::array();
  for (const auto& row : table.rows) {
    ordered_json o = ordered_json::object();
    for (std::size_t c = 0; c < row.size(); ++c) o[table.columns[c].name] = json_cell(row[c]);
    out.push_back(std::move(o));
  }
  return out.dump(2) + "\n";
}

std::string to_markdown(const Table& table) {
  std::string out = "|";
  for (const auto& col : table.columns) out += " " + col.name + " |";
  out += "\n|";
  for (const auto& col : table.columns) out += col.right_aligned() ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : table.rows) {
    out += "|";
    for (std::size_t c = 0; c < row.size(); ++c) out += " " + markdown_escape(human(row[c], table.columns[c].type)) + " |";
    out += "\n";
  }
  return out;
}

std::string format(const Table& table, Format f, const Style& style) {
  switch (f) {
    case Format::table: return to_table(table, style);
    case Format::csv: return to_csv(table);
    case Format::json: return to_json(table);
    case Format::markdown: return to_markdown(table);
  }
  return {};
}

}  // namespace mirage::output
