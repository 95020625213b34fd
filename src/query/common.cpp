#include "query/common.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/registry.hpp"

namespace mirage::query {

using namespace model;

std::string Period::to_string() const {
  if (from && to) return from->to_string() == to->to_string() ? from->to_string()
                                                               : from->to_string() + "-" + to->to_string();
  if (from) return "from " + from->to_string();
  if (to) return "up to " + to->to_string();
  return "all time";
}

std::optional<std::pair<int, int>> RecordInfo::span() const {
  if (!date) return std::nullopt;
  const Date& last = end_date ? *end_date : *date;
  return std::pair{date->first_day(), std::max(date->first_day(), last.last_day())};
}

std::vector<int> RecordInfo::years() const {
  std::vector<int> out;
  if (!date) return out;
  const int last = end_date ? std::max(end_date->year, date->year) : date->year;
  for (int y = date->year; y <= last; ++y) out.push_back(y);
  return out;
}

namespace {

template <class T>
void add_opt(std::vector<std::string>& texts, const std::optional<Located<T>>& v) {
  if (v) texts.push_back(v->value);
}

void add_country(RecordInfo& info, const std::string& code) {
  if (std::find(info.countries.begin(), info.countries.end(), code) == info.countries.end())
    info.countries.push_back(code);
}

RecordInfo base(const Record& r) {
  RecordInfo info;
  info.record = &r;
  info.kind = r.kind;
  info.id = r.id.value;
  if (r.date) info.date = r.date->value;
  if (r.end_date) info.end_date = r.end_date->value;
  info.texts.push_back(r.id.value);
  return info;
}

}  // namespace

std::vector<RecordInfo> record_infos(const Archive& archive) {
  std::vector<RecordInfo> out;
  for (const auto& m : archive.meetings) {
    RecordInfo info = base(m);
    info.name = m.title.value;
    if (m.city) info.city = m.city->value;
    if (m.country) {
      info.country = m.country->value;
      add_country(info, m.country->value);
    }
    info.texts.push_back(m.title.value);
    add_opt(info.texts, m.city);
    add_opt(info.texts, m.notes);
    out.push_back(std::move(info));
  }
  for (const auto& x : archive.investigations) {
    RecordInfo info = base(x);
    info.type = std::string(to_string(x.form.value));
    info.name = x.name ? x.name->value : x.description ? x.description->value : x.id.value;
    for (const auto& c : x.countries) add_country(info, c.value);
    if (x.crime) info.crime = x.crime->value;
    add_opt(info.texts, x.name);
    add_opt(info.texts, x.description);
    for (const auto& o : x.outcomes) info.texts.push_back(o.value);
    out.push_back(std::move(info));
  }
  for (const auto& s : archive.statistics) {
    RecordInfo info = base(s);
    info.date = s.from.value;
    info.end_date.reset();
    if (!(s.to.value == s.from.value)) info.end_date = s.to.value;
    info.type = std::string(to_string(s.scope.value));
    info.name = s.title.value;
    info.texts.push_back(s.title.value);
    add_opt(info.texts, s.notes);
    out.push_back(std::move(info));
  }
  for (const auto& a : archive.activities) {
    RecordInfo info = base(a);
    info.type = std::string(to_string(a.type.value));
    info.name = a.title.value;
    if (a.city) info.city = a.city->value;
    if (a.country) {
      info.country = a.country->value;
      add_country(info, a.country->value);
    }
    for (const auto& c : a.countries) add_country(info, c.value);
    if (a.crime) info.crime = a.crime->value;
    info.texts.push_back(a.title.value);
    add_opt(info.texts, a.city);
    add_opt(info.texts, a.organiser);
    add_opt(info.texts, a.description);
    out.push_back(std::move(info));
  }
  return out;
}

void sort_chronologically(std::vector<RecordInfo>& records) {
  std::stable_sort(records.begin(), records.end(), [](const RecordInfo& a, const RecordInfo& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && *a.date != *b.date) return *a.date < *b.date;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.end_date.has_value() != b.end_date.has_value()) return !a.end_date.has_value();
    if (a.end_date && *a.end_date != *b.end_date) return *a.end_date < *b.end_date;
    return a.id < b.id;
  });
}

std::string record_name(const Archive& archive, std::string_view id) {
  for (const auto& m : archive.meetings)
    if (m.id.value == id) return m.title.value;
  for (const auto& x : archive.investigations)
    if (x.id.value == id) return x.name ? x.name->value : x.description ? x.description->value : x.id.value;
  for (const auto& s : archive.statistics)
    if (s.id.value == id) return s.title.value;
  for (const auto& a : archive.activities)
    if (a.id.value == id) return a.title.value;
  return std::string(id);
}

std::string country_name(const Archive& archive, const std::string& code, Names names, std::optional<int> year) {
  const Country* c = find_country(archive, code);
  if (!c) return code;
  return model::country_name(*c, names == Names::historical ? year : std::nullopt);
}

CountryRef country_ref(const Archive& archive, const std::string& code, Names names, std::optional<int> year) {
  return {code, country_name(archive, code, names, year), std::nullopt};
}

std::optional<std::string> place(const Archive& archive, const RecordInfo& info, Names names) {
  const std::optional<int> year = info.date ? std::optional<int>(info.date->year) : std::nullopt;
  if (info.city && info.country) return *info.city + ", " + country_name(archive, *info.country, names, year);
  if (info.city) return *info.city;
  if (info.country) return country_name(archive, *info.country, names, year);
  return std::nullopt;
}

}  // namespace mirage::query
