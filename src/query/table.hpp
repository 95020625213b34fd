#pragma once
// A query's result: named, typed columns and rows of typed cells. Formatters in
// src/output turn it into text; other code (mirage diff) can compare two tables.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/date.hpp"

namespace mirage::query {

// A country as shown in results: its code, its name (current or of the time) and,
// where it counts something (partners), how often.
struct CountryRef {
  std::string code;
  std::string name;
  std::optional<long long> count;
  friend bool operator==(const CountryRef&, const CountryRef&) = default;
};

// Years, shown compressed as ranges in text ("2004-2006, 2008") and as a list in JSON.
struct Years {
  std::vector<int> years;  // ascending, distinct
  friend bool operator==(const Years&, const Years&) = default;
};

// A cell: empty (unknown or not applicable), text, a whole number, a date with its
// precision, a list of countries, a list of texts, or years.
using Cell = std::variant<std::monostate, std::string, long long, model::Date, std::vector<CountryRef>,
                          std::vector<std::string>, Years>;

// integer: a count (thousands separators in tables); year: a whole number shown as is.
enum class ColumnType { text, integer, year, date, countries, texts, years };

struct Column {
  std::string name;  // snake_case: the CSV header, the JSON key and the table header
  ColumnType type = ColumnType::text;
  // A column of free text (names, places, lists) that a table may cut to fit a terminal;
  // ids, codes, kinds, dates and numbers are never cut.
  bool flexible = false;
  bool right_aligned() const { return type == ColumnType::integer || type == ColumnType::year; }
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has one cell per column
  std::string singular = "row";         // what a row is, for "12 records"
  std::string plural = "rows";

  // The index of the column with this name, if any.
  std::optional<std::size_t> column(std::string_view name) const;
  // The cell of `row` in the column named `name`; throws std::out_of_range when there is none.
  const Cell& at(std::size_t row, std::string_view name) const;
  // "12 records", "1 record"
  std::string count_line() const;
};

}  // namespace mirage::query
