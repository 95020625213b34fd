#pragma once
// Small hand-built archives for query and formatter tests.
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/records.hpp"

namespace mirage::testing {

inline model::Date date(const char* text) { return *model::parse_date(text); }

template <class T>
model::Located<T> loc(T value) {
  return {std::move(value), {}, {}};
}

inline std::vector<model::Located<std::string>> codes(std::vector<std::string> list) {
  std::vector<model::Located<std::string>> out;
  for (auto& c : list) out.push_back(loc(std::move(c)));
  return out;
}

inline model::Meeting meeting(const char* id, const char* title, const char* when, const char* country = nullptr) {
  model::Meeting m;
  m.kind = model::Kind::meeting;
  m.id = loc(std::string(id));
  m.title = loc(std::string(title));
  if (when) m.date = loc(date(when));
  if (country) m.country = loc(std::string(country));
  return m;
}

inline model::Investigation investigation(const char* id, const char* name, const char* when,
                                          std::vector<std::string> countries) {
  model::Investigation x;
  x.kind = model::Kind::investigation;
  x.id = loc(std::string(id));
  if (name) x.name = loc(std::string(name));
  x.form = loc(model::InvestigationForm::operation);
  if (when) x.date = loc(date(when));
  x.countries = codes(std::move(countries));
  return x;
}

inline model::Activity activity(const char* id, model::ActivityType type, const char* title, const char* when,
                                std::vector<std::string> countries = {}) {
  model::Activity a;
  a.kind = model::Kind::activity;
  a.id = loc(std::string(id));
  a.type = loc(type);
  a.title = loc(std::string(title));
  if (when) a.date = loc(date(when));
  a.countries = codes(std::move(countries));
  return a;
}

inline model::Statistic statistic(const char* id, const char* from, const char* to,
                                  std::vector<std::pair<model::Metric, long long>> figures,
                                  const char* breakdown_of = nullptr) {
  model::Statistic s;
  s.kind = model::Kind::statistic;
  s.id = loc(std::string(id));
  s.title = loc(std::string("figures ") + id);
  s.from = loc(date(from));
  s.to = loc(date(to));
  s.scope = loc(model::Scope::task_force);
  if (breakdown_of) s.breakdown_of = loc(std::string(breakdown_of));
  for (auto& [m, v] : figures) s.figures.push_back({m, loc(v)});
  return s;
}

inline model::Country country(const char* code, const char* name) {
  model::Country c;
  c.code = loc(std::string(code));
  c.name = loc(std::string(name));
  return c;
}

}  // namespace mirage::testing
