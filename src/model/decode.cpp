#include "model/decode.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mirage::model {
namespace {

using nlohmann::json;

class Reader {
 public:
  Reader(const load::Document& doc, const std::string& file, DiagnosticSink& sink)
      : doc_(doc), file_(file), sink_(sink) {}

  bool has(const std::string& p) const { return doc_.root.contains(json::json_pointer(p)); }
  const json& at(const std::string& p) const { return doc_.root.at(json::json_pointer(p)); }
  Position pos(const std::string& p) const { return doc_.value_position(p); }

  Located<std::string> str(const std::string& p) const { return {at(p).get<std::string>(), pos(p), p}; }
  std::optional<Located<std::string>> opt_str(const std::string& p) const {
    if (!has(p)) return std::nullopt;
    return str(p);
  }
  Located<long long> integer(const std::string& p) const { return {at(p).get<long long>(), pos(p), p}; }
  std::optional<int> opt_year(const std::string& p) const {
    if (!has(p)) return std::nullopt;
    return static_cast<int>(at(p).get<long long>());
  }
  std::vector<Located<std::string>> strings(const std::string& p) const {
    std::vector<Located<std::string>> out;
    if (!has(p)) return out;
    for (std::size_t i = 0; i < at(p).size(); ++i) out.push_back(str(load::pointer_append(p, i)));
    return out;
  }
  template <class E>
  Located<E> enumeration(const std::string& p) const {
    return {*parse_enum<E>(at(p).get<std::string>()), pos(p), p};
  }
  template <class E>
  std::optional<Located<E>> opt_enumeration(const std::string& p) const {
    if (!has(p)) return std::nullopt;
    return enumeration<E>(p);
  }
  std::optional<Located<Date>> date(const std::string& p) const {
    if (!has(p)) return std::nullopt;
    const json& v = at(p);
    std::string text = v.is_number_integer() ? fmt::format("{:04}", v.get<long long>()) : v.get<std::string>();
    std::string why;
    if (auto d = parse_date(text, &why)) return Located<Date>{*d, pos(p), p};
    sink_.error(file_, pos(p), "date", fmt::format("'{}' is no calendar date: {}", p.substr(p.rfind('/') + 1), why),
                p);
    return std::nullopt;
  }
  std::vector<Citation> citations(const std::string& p) const {
    std::vector<Citation> out;
    if (!has(p)) return out;
    for (std::size_t i = 0; i < at(p).size(); ++i) {
      const std::string item = load::pointer_append(p, i);
      out.push_back({str(item + "/source"), str(item + "/quote")});
    }
    return out;
  }
  void record(Record& r, Kind kind) const {
    r.kind = kind;
    r.file = file_;
    r.id = str("/id");
    r.date = date("/date");
    r.end_date = date("/end_date");
    r.citations = citations("/citations");
  }
  const std::string& file() const { return file_; }

 private:
  const load::Document& doc_;
  const std::string& file_;
  DiagnosticSink& sink_;
};

Meeting meeting(const Reader& r) {
  Meeting m;
  r.record(m, Kind::meeting);
  m.number = r.integer("/number");
  m.title = r.str("/title");
  m.city = r.opt_str("/city");
  m.country = r.opt_str("/country");
  m.reports = r.strings("/reports");
  m.notes = r.opt_str("/notes");
  return m;
}

Investigation investigation(const Reader& r) {
  Investigation x;
  r.record(x, Kind::investigation);
  x.name = r.opt_str("/name");
  x.form = r.enumeration<InvestigationForm>("/form");
  x.crime = r.opt_enumeration<Crime>("/crime");
  x.countries = r.strings("/countries");
  x.follow_up_of = r.opt_str("/follow_up_of");
  x.description = r.opt_str("/description");
  x.outcomes = r.strings("/outcomes");
  return x;
}

std::optional<Statistic> statistic(const Reader& r) {
  Statistic s;
  r.record(s, Kind::statistic);
  s.title = r.str("/title");
  auto from = r.date("/period/from");
  auto to = r.date("/period/to");
  if (!from || !to) return std::nullopt;
  s.from = *from;
  s.to = *to;
  s.scope = r.enumeration<Scope>("/scope");
  s.subjects = r.strings("/subjects");
  s.breakdown_of = r.opt_str("/breakdown_of");
  for (const auto& e : enum_names(Metric{})) {
    const std::string p = "/figures/" + std::string(e.name);
    if (r.has(p)) s.figures.push_back({e.value, r.integer(p)});
  }
  s.notes = r.opt_str("/notes");
  return s;
}

Activity activity(const Reader& r) {
  Activity a;
  r.record(a, Kind::activity);
  a.type = r.enumeration<ActivityType>("/type");
  a.title = r.str("/title");
  a.city = r.opt_str("/city");
  a.country = r.opt_str("/country");
  a.countries = r.strings("/countries");
  a.organiser = r.opt_str("/organiser");
  a.crime = r.opt_enumeration<Crime>("/crime");
  a.description = r.opt_str("/description");
  return a;
}

void countries(const Reader& r, Archive& archive) {
  const std::size_t n = r.at("/countries").size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string p = load::pointer_append("/countries", i);
    Country c;
    c.file = r.file();
    c.code = r.str(p + "/code");
    c.name = r.str(p + "/name");
    c.from = r.opt_year(p + "/from");
    c.to = r.opt_year(p + "/to");
    if (r.has(p + "/former_names")) {
      for (std::size_t k = 0; k < r.at(p + "/former_names").size(); ++k) {
        const std::string f = load::pointer_append(p + "/former_names", k);
        c.former_names.push_back({r.at(f + "/name").get<std::string>(), r.opt_year(f + "/from"), r.opt_year(f + "/to")});
      }
    }
    for (const auto& a : r.strings(p + "/aliases")) c.aliases.push_back(a.value);
    archive.countries.push_back(std::move(c));
  }
}

void sources(const Reader& r, Archive& archive) {
  const std::size_t n = r.at("/sources").size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string p = load::pointer_append("/sources", i);
    Source s;
    s.file = r.file();
    s.id = r.str(p + "/id");
    s.title = r.str(p + "/title");
    s.publisher = r.str(p + "/publisher");
    s.url = r.opt_str(p + "/url");
    s.archive = r.str(p + "/archive");
    s.notes = r.opt_str(p + "/notes");
    archive.sources.push_back(std::move(s));
  }
}

TaskForce taskforce(const Reader& r) {
  TaskForce t;
  t.file = r.file();
  t.name = r.str("/name");
  t.coordinator = r.opt_str("/coordinator");
  t.established = r.date("/established");
  t.background = r.strings("/background");
  t.citations = r.citations("/citations");
  return t;
}

}  // namespace

void decode(const load::Document& doc, load::FileKind kind, const std::string& file, Archive& archive,
            DiagnosticSink& sink) {
  const Reader r(doc, file, sink);
  switch (kind) {
    case load::FileKind::meeting: archive.meetings.push_back(meeting(r)); break;
    case load::FileKind::investigation: archive.investigations.push_back(investigation(r)); break;
    case load::FileKind::statistic:
      if (auto s = statistic(r)) archive.statistics.push_back(std::move(*s));
      break;
    case load::FileKind::activity: archive.activities.push_back(activity(r)); break;
    case load::FileKind::countries: countries(r, archive); break;
    case load::FileKind::sources: sources(r, archive); break;
    case load::FileKind::taskforce: archive.taskforce = taskforce(r); break;
  }
}

void sort_archive(Archive& archive) {
  auto by_id = [](const auto& a, const auto& b) { return a.id.value < b.id.value; };
  std::stable_sort(archive.meetings.begin(), archive.meetings.end(), by_id);
  std::stable_sort(archive.investigations.begin(), archive.investigations.end(), by_id);
  std::stable_sort(archive.statistics.begin(), archive.statistics.end(), by_id);
  std::stable_sort(archive.activities.begin(), archive.activities.end(), by_id);
  std::stable_sort(archive.sources.begin(), archive.sources.end(), by_id);
  std::stable_sort(archive.countries.begin(), archive.countries.end(),
                   [](const Country& a, const Country& b) { return a.code.value < b.code.value; });
}

}  // namespace mirage::model
