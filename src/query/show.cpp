#include "query/show.hpp"

#include <algorithm>

#include "model/registry.hpp"
#include "util/text.hpp"

namespace mirage::query {

using namespace model;
using nlohmann::ordered_json;

namespace {

struct Builder {
  const Archive& archive;
  Names names;
  std::optional<int> year;

  ordered_json country(const std::string& code) const {
    return ordered_json{{"code", code}, {"name", country_name(archive, code, names, year)}};
  }
  ordered_json countries(const std::vector<Located<std::string>>& codes) const {
    ordered_json out = ordered_json::array();
    for (const auto& c : codes) out.push_back(country(c.value));
    return out;
  }
  ordered_json ref(const std::string& id) const {
    const Record* r = find_record(archive, id);
    if (!r) return ordered_json{{"id", id}};
    ordered_json out{{"id", id}, {"kind", to_string(r->kind)}};
    if (r->kind == Kind::statistic) {
      const auto& s = static_cast<const Statistic&>(*r);
      out["date"] = s.from.value.to_string();
      if (!(s.to.value == s.from.value)) out["end_date"] = s.to.value.to_string();
    } else {
      out["date"] = r->date ? ordered_json(r->date->value.to_string()) : ordered_json();
      if (r->end_date) out["end_date"] = r->end_date->value.to_string();
    }
    out["name"] = record_name(archive, id);
    return out;
  }
  static ordered_json figures(const Statistic& s) {
    ordered_json out = ordered_json::object();
    for (const auto& f : s.figures) out[std::string(to_string(f.metric))] = f.value.value;
    return out;
  }
  ordered_json citations(const std::vector<Citation>& cs) const {
    ordered_json out = ordered_json::array();
    for (const auto& c : cs) {
      ordered_json item{{"source", c.source.value}};
      for (const auto& s : archive.sources)
        if (s.id.value == c.source.value) item["source_title"] = s.title.value;
      item["quote"] = text::fold_space(c.quote.value);
      out.push_back(std::move(item));
    }
    return out;
  }
  // Figure sets that have this record among their subjects.
  ordered_json figures_about(const std::string& id) const {
    ordered_json out = ordered_json::array();
    for (const auto& s : archive.statistics)
      for (const auto& subject : s.subjects)
        if (subject.value == id) {
          ordered_json item = ref(s.id.value);
          item["figures"] = figures(s);
          out.push_back(std::move(item));
          break;
        }
    return out;
  }
  void common(ordered_json& out, const Record& r) const {
    out["id"] = r.id.value;
    out["kind"] = to_string(r.kind);
  }
  void dates(ordered_json& out, const Record& r) const {
    out["date"] = r.date ? ordered_json(r.date->value.to_string()) : ordered_json();
    if (r.end_date) out["end_date"] = r.end_date->value.to_string();
  }
  template <class T>
  static void opt(ordered_json& out, const char* key, const std::optional<Located<T>>& v) {
    if (v) out[key] = v->value;
  }
  static ordered_json strings(const std::vector<Located<std::string>>& v) {
    ordered_json out = ordered_json::array();
    for (const auto& s : v) out.push_back(s.value);
    return out;
  }
};

}  // namespace

ordered_json show(const Archive& archive, const Record& record, Names names) {
  Builder b{archive, names, record.date ? std::optional<int>(record.date->value.year) : std::nullopt};
  ordered_json out = ordered_json::object();
  b.common(out, record);
  const std::string& id = record.id.value;
  switch (record.kind) {
    case Kind::meeting: {
      const auto& m = static_cast<const Meeting&>(record);
      out["number"] = m.number.value;
      out["title"] = m.title.value;
      b.dates(out, m);
      Builder::opt(out, "city", m.city);
      if (m.country) out["country"] = b.country(m.country->value);
      ordered_json reports = ordered_json::array();
      for (const auto& r : m.reports) reports.push_back(b.ref(r.value));
      out["reports"] = std::move(reports);
      Builder::opt(out, "notes", m.notes);
      break;
    }
    case Kind::investigation: {
      const auto& x = static_cast<const Investigation&>(record);
      Builder::opt(out, "name", x.name);
      out["form"] = to_string(x.form.value);
      b.dates(out, x);
      if (x.crime) out["crime"] = to_string(x.crime->value);
      out["countries"] = b.countries(x.countries);
      if (x.follow_up_of) out["follow_up_of"] = b.ref(x.follow_up_of->value);
      ordered_json followed = ordered_json::array();
      for (const auto& other : archive.investigations)
        if (other.follow_up_of && other.follow_up_of->value == id) followed.push_back(b.ref(other.id.value));
      out["followed_by"] = std::move(followed);
      Builder::opt(out, "description", x.description);
      out["outcomes"] = Builder::strings(x.outcomes);
      out["figures"] = b.figures_about(id);
      break;
    }
    case Kind::statistic: {
      const auto& s = static_cast<const Statistic&>(record);
      out["title"] = s.title.value;
      out["period"] = ordered_json{{"from", s.from.value.to_string()}, {"to", s.to.value.to_string()}};
      out["scope"] = to_string(s.scope.value);
      ordered_json subjects = ordered_json::array();
      for (const auto& r : s.subjects) subjects.push_back(b.ref(r.value));
      out["subjects"] = std::move(subjects);
      if (s.breakdown_of) out["breakdown_of"] = b.ref(s.breakdown_of->value);
      ordered_json parts = ordered_json::array();
      for (const auto& other : archive.statistics)
        if (other.breakdown_of && other.breakdown_of->value == id) parts.push_back(b.ref(other.id.value));
      out["breakdowns"] = std::move(parts);
      out["figures"] = Builder::figures(s);
      Builder::opt(out, "notes", s.notes);
      break;
    }
    case Kind::activity: {
      const auto& a = static_cast<const Activity&>(record);
      out["type"] = to_string(a.type.value);
      out["title"] = a.title.value;
      b.dates(out, a);
      Builder::opt(out, "city", a.city);
      if (a.country) out["country"] = b.country(a.country->value);
      out["countries"] = b.countries(a.countries);
      Builder::opt(out, "organiser", a.organiser);
      if (a.crime) out["crime"] = to_string(a.crime->value);
      Builder::opt(out, "description", a.description);
      ordered_json presented = ordered_json::array();
      for (const auto& m : archive.meetings)
        for (const auto& r : m.reports)
          if (r.value == id) {
            presented.push_back(b.ref(m.id.value));
            break;
          }
      out["presented_at"] = std::move(presented);
      out["figures"] = b.figures_about(id);
      break;
    }
  }
  out["file"] = record.file;
  out["citations"] = b.citations(record.citations);
  return out;
}

std::vector<std::string> similar_ids(const Archive& archive, const std::string& id, std::size_t n) {
  // Scored against the id, the id without its year ("tara" for 2009-tara) and the name.
  const std::string wanted = text::to_lower(id);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& info : record_infos(archive)) {
    std::size_t d = text::edit_distance(wanted, info.id);
    const std::size_t dash = info.id.find('-');
    if (dash == 4 && info.id.size() > 5) d = std::min(d, text::edit_distance(wanted, info.id.substr(5)));
    d = std::min(d, text::edit_distance(wanted, text::to_lower(info.name)));
    scored.emplace_back(d, info.id);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  const std::size_t limit = std::max<std::size_t>(1, id.size() / 3);
  for (const auto& [d, candidate] : scored) {
    if (out.size() == n || d > limit) break;
    out.push_back(candidate);
  }
  return out;
}

}  // namespace mirage::query
