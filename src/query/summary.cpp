#include "query/summary.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "model/registry.hpp"
#include "query/totals.hpp"

namespace mirage::query {

using namespace model;

namespace {

bool involves(const RecordInfo& r, const std::string& code) {
  return std::find(r.countries.begin(), r.countries.end(), code) != r.countries.end();
}

bool hosted_by(const RecordInfo& r, const std::string& code) {
  return r.kind == Kind::meeting && r.country == code;
}

// The records that meet the period (all when it is unbounded; undated ones only then).
std::vector<RecordInfo> records_in(const Archive& archive, const Period& period) {
  std::vector<RecordInfo> records = record_infos(archive);
  if (period.bounded())
    std::erase_if(records, [&](const RecordInfo& r) {
      const auto span = r.span();
      return !span || !period.overlaps(span->first, span->second);
    });
  sort_chronologically(records);
  return records;
}

// The years of a record that fall in the period.
std::vector<int> years_in(const RecordInfo& r, const Period& period) {
  std::vector<int> out;
  for (int y : r.years()) {
    Date d;
    d.year = y;
    if (period.overlaps(d.first_day(), d.last_day())) out.push_back(y);
  }
  return out;
}

// Partners of `code` in `records`: other countries named in the same investigations and
// activities, with the number of records shared.
std::vector<CountryRef> partners(const Archive& archive, const std::vector<const RecordInfo*>& records,
                                 const std::string& code, const SummaryOptions& options,
                                 std::optional<int> year) {
  std::map<std::string, long long> shared;
  for (const RecordInfo* r : records) {
    if (r->kind != Kind::investigation && r->kind != Kind::activity) continue;
    if (!involves(*r, code)) continue;
    for (const auto& other : r->countries)
      if (other != code) ++shared[other];
  }
  std::vector<std::pair<std::string, long long>> sorted(shared.begin(), shared.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (sorted.size() > options.partners) sorted.resize(options.partners);
  std::vector<CountryRef> out;
  for (const auto& [c, n] : sorted) {
    CountryRef ref = country_ref(archive, c, options.names, year);
    ref.count = n;
    out.push_back(std::move(ref));
  }
  return out;
}

Cell count_or_empty(std::optional<long long> n) { return n ? Cell(*n) : Cell(); }

}  // namespace

Table summary_by_country(const Archive& archive, const SummaryOptions& options) {
  const std::vector<RecordInfo> records = records_in(archive, options.period);
  Table t;
  t.singular = "country";
  t.plural = "countries";
  t.columns = {{"code", ColumnType::text},          {"name", ColumnType::text, true},
               {"meetings_hosted", ColumnType::integer}, {"investigations", ColumnType::integer},
               {"activities", ColumnType::integer},  {"years_active", ColumnType::years, true},
               {"partners", ColumnType::countries, true}};
  for (const auto& country : archive.countries) {
    const std::string& code = country.code.value;
    long long hosted = 0, investigations = 0, activities = 0;
    std::set<int> years;
    std::vector<const RecordInfo*> mine;
    for (const auto& r : records) {
      const bool hosts = hosted_by(r, code);
      if (!hosts && !involves(r, code)) continue;
      if (r.kind == Kind::meeting && hosts) ++hosted;
      else if (r.kind == Kind::investigation) ++investigations;
      else if (r.kind == Kind::activity) ++activities;
      else continue;
      mine.push_back(&r);
      for (int y : years_in(r, options.period)) years.insert(y);
    }
    std::string name = country.name.value;
    if (options.names == Names::historical && !years.empty()) {
      // The names it had over its active years, in order ("Turkey", or "A / B" across a rename).
      std::vector<std::string> names;
      for (int y : years) {
        std::string n = model::country_name(country, y);
        if (names.empty() || names.back() != n) names.push_back(std::move(n));
      }
      name.clear();
      for (const auto& n : names) name += (name.empty() ? "" : " / ") + n;
    }
    const std::optional<int> year = years.empty() ? std::nullopt : std::optional<int>(*years.rbegin());
    t.rows.push_back({code, name, hosted, investigations, activities,
                      Years{std::vector<int>(years.begin(), years.end())},
                      partners(archive, mine, code, options, year)});
  }
  return t;
}

Table summary_by_year(const Archive& archive, const SummaryOptions& options) {
  const std::vector<RecordInfo> records = records_in(archive, options.period);
  struct Row {
    long long meetings = 0, investigations = 0, activities = 0, figure_sets = 0;
  };
  std::map<int, Row> by_year;
  Row undated;
  bool any_undated = false;
  for (const auto& r : records) {
    std::vector<int> ys = years_in(r, options.period);
    std::vector<Row*> rows;
    if (!r.date) {
      rows.push_back(&undated);
      any_undated = true;
    }
    for (int y : ys) rows.push_back(&by_year[y]);
    for (Row* row : rows) {
      switch (r.kind) {
        case Kind::meeting: ++row->meetings; break;
        case Kind::investigation: ++row->investigations; break;
        case Kind::statistic: ++row->figure_sets; break;
        case Kind::activity: ++row->activities; break;
      }
    }
  }
  Table t;
  t.singular = "row";
  t.plural = "rows";
  t.columns = {{"year", ColumnType::year},
               {"meetings", ColumnType::integer},
               {"investigations", ColumnType::integer},
               {"joint_investigations_reported", ColumnType::integer},
               {"activities", ColumnType::integer},
               {"figure_sets", ColumnType::integer}};
  // Every year from the first to the last, so that a year with nothing recorded shows.
  if (!by_year.empty())
    for (int y = by_year.begin()->first; y < by_year.rbegin()->first; ++y) by_year[y];
  for (const auto& [year, row] : by_year) {
    TotalsOptions o;
    Date d;
    d.year = year;
    o.period = {d, d};
    o.metrics = {Metric::joint_investigations};
    const Totals reported = totals(archive, o);
    std::optional<long long> joint;
    if (!reported.table.rows.empty())
      if (const auto* n = std::get_if<long long>(&reported.table.at(0, "total"))) joint = *n;
    t.rows.push_back({static_cast<long long>(year), row.meetings, row.investigations, count_or_empty(joint),
                      row.activities, row.figure_sets});
  }
  if (any_undated)
    t.rows.push_back({Cell(), undated.meetings, undated.investigations, Cell(), undated.activities,
                      undated.figure_sets});
  return t;
}

Table summary_of_country(const Archive& archive, const std::string& code, const SummaryOptions& options) {
  const std::vector<RecordInfo> records = records_in(archive, options.period);
  struct Row {
    long long hosted = 0, investigations = 0, activities = 0;
    std::vector<const RecordInfo*> records;
  };
  std::map<int, Row> by_year;
  Row undated;
  for (const auto& r : records) {
    const bool hosts = hosted_by(r, code);
    if (!hosts && !involves(r, code)) continue;
    if (r.kind == Kind::statistic) continue;
    std::vector<Row*> rows;
    if (!r.date) rows.push_back(&undated);
    for (int y : years_in(r, options.period)) rows.push_back(&by_year[y]);
    for (Row* row : rows) {
      if (r.kind == Kind::meeting && hosts) ++row->hosted;
      else if (r.kind == Kind::investigation) ++row->investigations;
      else if (r.kind == Kind::activity) ++row->activities;
      row->records.push_back(&r);
    }
  }
  Table t;
  // The count line names the country: "10 years of Romania (RO)".
  const model::Country* country = model::find_country(archive, code);
  const std::string whose = country ? fmt::format("{} ({})", model::country_name(*country), code) : code;
  t.singular = "year of " + whose;
  t.plural = "years of " + whose;
  t.columns = {{"year", ColumnType::year},          {"meetings_hosted", ColumnType::integer},
               {"investigations", ColumnType::integer}, {"activities", ColumnType::integer},
               {"partners", ColumnType::countries, true}, {"records", ColumnType::texts, true}};
  auto add = [&](Cell year, std::optional<int> y, const Row& row) {
    std::vector<std::string> ids;
    for (const RecordInfo* r : row.records) ids.push_back(r->id);
    SummaryOptions all = options;
    all.partners = static_cast<std::size_t>(-1);
    t.rows.push_back({std::move(year), row.hosted, row.investigations, row.activities,
                      partners(archive, row.records, code, all, y), std::move(ids)});
  };
  for (const auto& [year, row] : by_year) add(static_cast<long long>(year), year, row);
  if (!undated.records.empty()) add(Cell(), std::nullopt, undated);
  return t;
}

}  // namespace mirage::query
