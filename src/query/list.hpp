#pragma once
// mirage list: every record, filtered, in chronological order.
#include <optional>
#include <string>
#include <vector>

#include "model/records.hpp"
#include "query/common.hpp"
#include "query/table.hpp"

namespace mirage::query {

// Filters combine: a record is listed when it passes every filter given; a filter with
// several values (kinds, countries, crimes, types) passes a record that matches any one.
struct ListOptions {
  Period period;                       // records whose dates meet the period; undated records are left out
  std::vector<model::Kind> kinds;
  std::vector<std::string> countries;  // country codes: hosted, took part, or named
  std::vector<model::Crime> crimes;
  std::vector<std::string> types;      // activity types or investigation forms ("training", "operation")
  std::optional<std::string> grep;     // case-insensitive, in id, name, title, description, outcomes,
                                       // notes, city and organiser
  Names names = Names::current;
};

// Columns: date, end_date (date), kind, type, id, name, place (text), countries.
// One row per record, chronological (see sort_chronologically); undated records last.
Table list(const model::Archive& archive, const ListOptions& options = {});

}  // namespace mirage::query
