#pragma once
// Result tables and record views as text: pure functions, no I/O.
//
//   table     aligned columns for people: numbers right-aligned with thousands separators,
//             a header; cut to a width when one is given (a terminal's)
//   csv       RFC 4180: a header row, CRLF line ends, quotes only where needed, raw numbers;
//             lists joined with ';' (countries as codes, partners as CODE:count)
//   json      an array of objects keyed by column name (one object for a record view);
//             dates as ISO text of their precision, countries as {"code", "name"}
//   markdown  a GitHub table, for pasting into issues and reports
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "query/table.hpp"

namespace mirage::output {

enum class Format { table, csv, json, markdown };

// "table", "csv", "json", "markdown"
std::optional<Format> parse_format(std::string_view name);

struct Style {
  bool color = false;     // bold header, dim notes
  std::size_t width = 0;  // terminal width to fit in; 0: no limit
};

std::string to_table(const query::Table& table, const Style& style = {});
std::string to_csv(const query::Table& table);
std::string to_json(const query::Table& table);
std::string to_markdown(const query::Table& table);
std::string format(const query::Table& table, Format format, const Style& style = {});

// A record view (query::show): "key: value" lines with nested items indented (table),
// field,value rows with dotted paths such as citations.0.quote (csv), the object itself
// (json), or a two-column field | value table (markdown).
std::string record_table(const nlohmann::ordered_json& record, const Style& style = {});
std::string record_csv(const nlohmann::ordered_json& record);
std::string record_json(const nlohmann::ordered_json& record);
std::string record_markdown(const nlohmann::ordered_json& record);
std::string format_record(const nlohmann::ordered_json& record, Format format, const Style& style = {});

// One CSV field, quoted when it holds a comma, a quote, CR or LF (RFC 4180).
std::string csv_field(std::string_view value);

// `s` cut to `width` code points, ending in "…" when cut.
std::string truncate(std::string_view s, std::size_t width);

}  // namespace mirage::output
