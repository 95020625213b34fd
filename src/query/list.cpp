#include "query/list.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace mirage::query {

using namespace model;

namespace {

template <class T>
bool any_or_empty(const std::vector<T>& wanted, const auto& pred) {
  return wanted.empty() || std::any_of(wanted.begin(), wanted.end(), pred);
}

bool passes(const RecordInfo& r, const ListOptions& o) {
  if (o.period.bounded()) {
    const auto span = r.span();
    if (!span || !o.period.overlaps(span->first, span->second)) return false;
  }
  if (!any_or_empty(o.kinds, [&](Kind k) { return k == r.kind; })) return false;
  if (!any_or_empty(o.countries, [&](const std::string& c) {
        return std::find(r.countries.begin(), r.countries.end(), c) != r.countries.end();
      }))
    return false;
  if (!any_or_empty(o.crimes, [&](Crime c) { return r.crime == c; })) return false;
  if (!any_or_empty(o.types, [&](const std::string& t) {
        return (r.kind == Kind::activity || r.kind == Kind::investigation) && r.type == t;
      }))
    return false;
  if (o.grep) {
    const std::string needle = text::to_lower(*o.grep);
    if (std::none_of(r.texts.begin(), r.texts.end(), [&](const std::string& t) {
          return text::to_lower(text::fold_space(t)).find(needle) != std::string::npos;
        }))
      return false;
  }
  return true;
}

Cell opt_date(const std::optional<Date>& d) { return d ? Cell(*d) : Cell(); }

}  // namespace

Table list(const Archive& archive, const ListOptions& options) {
  std::vector<RecordInfo> records = record_infos(archive);
  std::erase_if(records, [&](const RecordInfo& r) { return !passes(r, options); });
  sort_chronologically(records);

  Table t;
  t.singular = "record";
  t.plural = "records";
  t.columns = {{"date", ColumnType::date},       {"end_date", ColumnType::date}, {"kind", ColumnType::text},
               {"type", ColumnType::text},       {"id", ColumnType::text},       {"name", ColumnType::text, true},
               {"place", ColumnType::text, true},      {"countries", ColumnType::countries, true}};
  for (const auto& r : records) {
    std::vector<CountryRef> countries;
    const std::optional<int> year = r.date ? std::optional<int>(r.date->year) : std::nullopt;
    for (const auto& c : r.countries) countries.push_back(country_ref(archive, c, options.names, year));
    const auto where = place(archive, r, options.names);
    t.rows.push_back({opt_date(r.date), opt_date(r.end_date), std::string(to_string(r.kind)),
                      r.type.empty() ? Cell() : Cell(r.type), r.id, r.name, where ? Cell(*where) : Cell(),
                      std::move(countries)});
  }
  return t;
}

}  // namespace mirage::query
