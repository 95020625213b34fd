#pragma once
// What every query needs: a period, how to name countries, and one flat view of any
// record (its dates, name, place, countries) so lists and summaries treat all kinds alike.
#include <optional>
#include <string>
#include <vector>

#include "model/records.hpp"
#include "query/table.hpp"

namespace mirage::query {

// Country names: as they are called today (default), or as they were called in the
// year of the record ("the former Yugoslav Republic of Macedonia" in 2009).
enum class Names { current, historical };

// An inclusive period; a missing end is open. `from` counts from the first day it can
// stand for, `to` up to the last (--from 2008 --to 2010: 2008-01-01 to 2010-12-31).
struct Period {
  std::optional<model::Date> from;
  std::optional<model::Date> to;

  bool bounded() const { return from || to; }
  int first_day() const { return from ? from->first_day() : 0; }
  int last_day() const { return to ? to->last_day() : 99999999; }
  // Whether the days [first, last] (yyyymmdd) lie wholly inside the period, or meet it at all.
  bool contains(int first, int last) const { return first_day() <= first && last <= last_day(); }
  bool overlaps(int first, int last) const { return first <= last_day() && first_day() <= last; }
  // "2002-2004", "from 2008", "up to 2010", "all time"
  std::string to_string() const;
};

// One record of any kind, flattened.
struct RecordInfo {
  const model::Record* record = nullptr;
  model::Kind kind = model::Kind::meeting;
  std::string id;
  std::optional<model::Date> date;      // a statistic's period start
  std::optional<model::Date> end_date;  // a statistic's period end, when it differs
  std::string type;                     // investigation form, statistic scope, activity type
  std::string name;                     // title, name, or an investigation's description
  std::optional<std::string> city;
  std::optional<std::string> country;   // where it took place (a code)
  std::vector<std::string> countries;   // every country involved, host first (codes)
  std::optional<model::Crime> crime;
  std::vector<std::string> texts;       // the free text that --grep searches

  // The days the record covers, or nothing when undated.
  std::optional<std::pair<int, int>> span() const;
  // The years the record covers (one, or more for a record with an end date), or none.
  std::vector<int> years() const;
};

// Every record of the archive, flattened, in id order within each kind.
std::vector<RecordInfo> record_infos(const model::Archive& archive);

// Records in chronological order: by date (a year-only date before the precise dates of
// that year), then kind (meeting, investigation, statistic, activity), end date and id;
// undated records last, by kind and id.
void sort_chronologically(std::vector<RecordInfo>& records);

// A record's display name: a meeting's or activity's or statistic's title, an
// investigation's name, or its description when it has none.
std::string record_name(const model::Archive& archive, std::string_view id);

// A country's name under `names` in `year` (the code itself when it is not registered).
std::string country_name(const model::Archive& archive, const std::string& code, Names names,
                         std::optional<int> year);
CountryRef country_ref(const model::Archive& archive, const std::string& code, Names names,
                       std::optional<int> year);
// "Bucharest, Romania", "Skopje", "Bosnia and Herzegovina", or nothing.
std::optional<std::string> place(const model::Archive& archive, const RecordInfo& info, Names names);

}  // namespace mirage::query
