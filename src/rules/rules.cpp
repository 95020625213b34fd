#include "rules/rules.hpp"

#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "model/registry.hpp"
#include "schema/validator.hpp"
#include "util/text.hpp"

namespace mirage::rules {
namespace {

using model::Activity;
using model::Archive;
using model::Date;
using model::Investigation;
using model::Kind;
using model::Located;
using model::Meeting;
using model::Record;
using model::Statistic;

// ---------------------------------------------------------------------------------------
// Helpers shared by the rules.

// The days a record covers, as yyyymmdd keys, and how to show them.
struct When {
  int first = 0;
  int last = 0;
  std::string text;
};

std::optional<When> when_of(const std::optional<Located<Date>>& date, const std::optional<Located<Date>>& end) {
  if (!date) return std::nullopt;
  When w{date->value.first_day(), date->value.last_day(), date->value.to_string()};
  if (end && end->value.last_day() > w.last) {
    w.last = end->value.last_day();
    w.text += " to " + end->value.to_string();
  }
  return w;
}

std::string period_text(const Statistic& s) {
  if (s.from.value == s.to.value) return s.from.value.to_string();
  return s.from.value.to_string() + " to " + s.to.value.to_string();
}

std::string field(const std::string& pointer) { return "'" + schema::display_path(pointer) + "'"; }

std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

std::string words(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// "a meeting", "an investigation", "a training activity".
std::string describe(const Record& r) {
  if (r.kind == Kind::activity)
    return with_article(words(model::to_string(static_cast<const Activity&>(r).type.value)) + " activity");
  return with_article(model::to_string(r.kind));
}

template <class F>
void for_each_record(const Archive& a, F&& f) {
  for (const auto& r : a.meetings) f(static_cast<const Record&>(r));
  for (const auto& r : a.investigations) f(static_cast<const Record&>(r));
  for (const auto& r : a.statistics) f(static_cast<const Record&>(r));
  for (const auto& r : a.activities) f(static_cast<const Record&>(r));
}

// Every country code a record or the task force gives, with the days it is about.
template <class F>
void for_each_country(const Archive& a, F&& f) {
  for (const auto& m : a.meetings)
    if (m.country) f(m.file, *m.country, when_of(m.date, m.end_date));
  for (const auto& x : a.investigations)
    for (const auto& c : x.countries) f(x.file, c, when_of(x.date, x.end_date));
  for (const auto& x : a.activities) {
    if (x.country) f(x.file, *x.country, when_of(x.date, x.end_date));
    for (const auto& c : x.countries) f(x.file, c, when_of(x.date, x.end_date));
  }
  if (a.taskforce && a.taskforce->coordinator)
    f(a.taskforce->file, *a.taskforce->coordinator, when_of(a.taskforce->established, std::nullopt));
}

// What a reference must name.
struct Expected {
  std::string what;                       // "an investigation"
  std::function<bool(const Record&)> ok;  // whether a record is of that kind
};

Expected kind_expected(Kind kind) {
  return {with_article(model::to_string(kind)), [kind](const Record& r) { return r.kind == kind; }};
}

// Every reference from one record to another.
template <class F>
void for_each_reference(const Archive& a, F&& f) {
  for (const auto& m : a.meetings)
    for (const auto& r : m.reports)
      f(static_cast<const Record&>(m), r,
        Expected{"a report activity", [](const Record& x) {
                   return x.kind == Kind::activity &&
                          static_cast<const Activity&>(x).type.value == model::ActivityType::report;
                 }});
  for (const auto& x : a.investigations)
    if (x.follow_up_of) f(static_cast<const Record&>(x), *x.follow_up_of, kind_expected(Kind::investigation));
  for (const auto& s : a.statistics) {
    for (const auto& subject : s.subjects) {
      if (s.scope.value == model::Scope::investigation)
        f(static_cast<const Record&>(s), subject, kind_expected(Kind::investigation));
      else
        f(static_cast<const Record&>(s), subject,
          Expected{"a meeting, an investigation or an activity (a figure set that breaks another down names "
                   "it in breakdown_of)",
                   [](const Record& r) { return r.kind != Kind::statistic; }});
    }
    if (s.breakdown_of) f(static_cast<const Record&>(s), *s.breakdown_of, kind_expected(Kind::statistic));
  }
}

// Every citation, with the file it is in.
template <class F>
void for_each_citation(const Archive& a, F&& f) {
  for_each_record(a, [&](const Record& r) {
    for (const auto& c : r.citations) f(r.file, c);
  });
  if (a.taskforce)
    for (const auto& c : a.taskforce->citations) f(a.taskforce->file, c);
}

const model::Source* find_source(const Archive& a, std::string_view id) {
  for (const auto& s : a.sources)
    if (s.id.value == id) return &s;
  return nullptr;
}

const Statistic* find_statistic(const Archive& a, std::string_view id) {
  for (const auto& s : a.statistics)
    if (s.id.value == id) return &s;
  return nullptr;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto guess = text::closest(word, candidates)) return fmt::format(": did you mean '{}'?", *guess);
  return "";
}

std::string other_files(const std::vector<const Record*>& all, const Record* self) {
  std::vector<std::string> files;
  for (const auto* r : all)
    if (r != self) files.push_back(r->file);
  return text::join_or(files, "");
}

// ---------------------------------------------------------------------------------------
// The rules.

void unique_id(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  std::map<std::string, std::vector<const Record*>> by_id;
  for_each_record(a, [&](const Record& r) { by_id[r.id.value].push_back(&r); });
  for (const auto& [id, records] : by_id) {
    if (records.size() < 2) continue;
    for (const auto* r : records)
      sink.error(r->file, r->id.pos, "unique-id",
                 fmt::format("id '{}' is also the id of {}: ids are unique across all records", id,
                             other_files(records, r)),
                 r->id.path);
  }
  // Registry entries: the later of two is the one to remove.
  std::map<std::string, const model::Source*> sources;
  for (const auto& s : a.sources) {
    auto [it, fresh] = sources.emplace(s.id.value, &s);
    if (!fresh)
      sink.error(s.file, s.id.pos, "unique-id",
                 fmt::format("source '{}' is listed twice: first at line {}", s.id.value, it->second->id.pos.line),
                 s.id.path);
  }
  std::map<std::string, const model::Country*> countries;
  for (const auto& c : a.countries) {
    auto [it, fresh] = countries.emplace(c.code.value, &c);
    if (!fresh)
      sink.error(c.file, c.code.pos, "unique-id",
                 fmt::format("country '{}' is listed twice: first at line {}", c.code.value,
                             it->second->code.pos.line),
                 c.code.path);
  }
}

void id_matches_file(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  for_each_record(a, [&](const Record& r) {
    const std::filesystem::path file(r.file);
    const std::string stem = file.stem().string();
    if (stem == r.id.value) return;
    sink.error(r.file, r.id.pos, "id-matches-file",
               fmt::format("id '{}' differs from the file name '{}': a record's id is its file name, so rename "
                           "the file to '{}{}' or set the id to '{}'",
                           r.id.value, file.filename().string(), r.id.value, file.extension().string(), stem),
               r.id.path);
  });
}

void reference(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  for_each_reference(a, [&](const Record& from, const Located<std::string>& ref, const Expected& expected) {
    if (model::find_record(a, ref.value) || in.unloaded_ids.count(ref.value)) return;
    std::vector<std::string> ids;
    for_each_record(a, [&](const Record& r) {
      if (expected.ok(r)) ids.push_back(r.id.value);
    });
    sink.error(from.file, ref.pos, "reference",
               fmt::format("{} names '{}', but no record has that id{}", field(ref.path), ref.value,
                           did_you_mean(ref.value, ids)),
               ref.path);
  });
  if (in.sources_unloaded) return;
  std::vector<std::string> source_ids;
  for (const auto& s : a.sources) source_ids.push_back(s.id.value);
  for_each_citation(a, [&](const std::string& file, const model::Citation& c) {
    if (find_source(a, c.source.value)) return;
    std::string hint = did_you_mean(c.source.value, source_ids);
    if (hint.empty()) hint = ": add it to sources.yaml first";
    sink.error(file, c.source.pos, "reference",
               fmt::format("{} names source '{}', but sources.yaml has no such source{}", field(c.source.path),
                           c.source.value, hint),
               c.source.path);
  });
}

void reference_kind(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  for_each_reference(a, [&](const Record& from, const Located<std::string>& ref, const Expected& expected) {
    const Record* target = model::find_record(a, ref.value);
    if (!target || expected.ok(*target)) return;
    sink.error(from.file, ref.pos, "reference-kind",
               fmt::format("{} names '{}', {}: it must name {}", field(ref.path), ref.value, describe(*target),
                           expected.what),
               ref.path);
  });
}

void country(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  if (in.countries_unloaded) return;
  std::vector<std::string> codes;
  for (const auto& c : a.countries) codes.push_back(c.code.value);
  for_each_country(a, [&](const std::string& file, const Located<std::string>& code, const std::optional<When>&) {
    if (model::find_country(a, code.value)) return;
    // A code is two letters: every code one edit away is as likely as another.
    std::vector<std::string> near;
    for (const auto& c : codes)
      if (text::edit_distance(code.value, c) == 1) near.push_back(c);
    const std::string hint =
        near.empty() ? ": add it to countries.yaml first" : fmt::format(": did you mean {}?", text::join_or(near));
    sink.error(file, code.pos, "country",
               fmt::format("unknown country code '{}': countries.yaml has no such code{}", code.value, hint),
               code.path);
  });
}

void meeting_number(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  std::map<long long, std::vector<const Record*>> by_number;
  for (const auto& m : a.meetings) by_number[m.number.value].push_back(&m);
  for (const auto& [number, meetings] : by_number) {
    if (meetings.size() < 2) continue;
    for (const auto* r : meetings) {
      const auto& m = static_cast<const Meeting&>(*r);
      sink.error(m.file, m.number.pos, "meeting-number",
                 fmt::format("meeting number {} is also the number of {}", number, other_files(meetings, r)),
                 m.number.path);
    }
  }
}

// Meetings by number, one per number (the first by id where numbers repeat).
std::vector<const Meeting*> meetings_by_number(const Archive& a) {
  std::vector<const Meeting*> out;
  for (const auto& m : a.meetings) out.push_back(&m);
  std::stable_sort(out.begin(), out.end(),
                   [](const Meeting* x, const Meeting* y) { return x->number.value < y->number.value; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Meeting* x, const Meeting* y) { return x->number.value == y->number.value; }),
            out.end());
  return out;
}

void meeting_order(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  // Each meeting is compared with the lower-numbered meeting that starts latest; after an
  // error the bound starts again from the meeting reported, so one wrong date is one error.
  const Meeting* bound = nullptr;
  for (const Meeting* m : meetings_by_number(a)) {
    if (!m->date) continue;
    if (bound && m->date->value.last_day() < bound->date->value.first_day()) {
      sink.error(m->file, m->date->pos, "meeting-order",
                 fmt::format("meeting {} is dated {}, before meeting {} ({}, {}): meetings in the order of their "
                             "numbers are in the order of their dates",
                             m->number.value, m->date->value.to_string(), bound->number.value,
                             bound->date->value.to_string(), bound->file),
                 m->date->path);
      bound = m;
      continue;
    }
    if (!bound || m->date->value.first_day() >= bound->date->value.first_day()) bound = m;
  }
}

void meeting_gap(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  if (in.meetings_unloaded) return;
  const auto meetings = meetings_by_number(a);
  for (std::size_t i = 1; i < meetings.size(); ++i) {
    const Meeting& before = *meetings[i - 1];
    const Meeting& after = *meetings[i];
    const long long missing = after.number.value - before.number.value - 1;
    if (missing < 1) continue;
    const std::string what =
        missing == 1 ? fmt::format("meeting {} is missing", before.number.value + 1)
                     : fmt::format("meetings {} to {} are missing", before.number.value + 1, after.number.value - 1);
    // The missing meetings fall strictly between the two: are there days enough for them?
    if (before.date && after.date) {
      const long room = model::day_number(after.date->value.last_day()) -
                        model::day_number(before.date->value.first_day()) - 1;
      if (room < missing) {
        sink.error(after.file, after.number.pos, "meeting-gap",
                   fmt::format("{} between meeting {} ({}) and meeting {} ({}), but their dates leave no day for "
                               "{}: is this meeting's number wrong?",
                               what, before.number.value, before.date->value.to_string(), after.number.value,
                               after.date->value.to_string(), missing == 1 ? "it" : "them"),
                   after.number.path);
        continue;
      }
    }
    sink.warning(after.file, after.number.pos, "meeting-gap",
                 fmt::format("{}: the record has meeting {} ({}) and then meeting {}", what, before.number.value,
                             before.file, after.number.value),
                 after.number.path);
  }
}

void date_range(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  for_each_record(a, [&](const Record& r) {
    // An end_date without a date is a schema error; a date that is no calendar date is
    // reported by decoding.
    if (!r.end_date || !r.date) return;
    if (r.end_date->value.last_day() < r.date->value.first_day())
      sink.error(r.file, r.end_date->pos, "date-range",
                 fmt::format("'end_date' {} is before 'date' {}", r.end_date->value.to_string(),
                             r.date->value.to_string()),
                 r.end_date->path);
  });
  for (const auto& s : a.statistics)
    if (s.to.value.last_day() < s.from.value.first_day())
      sink.error(s.file, s.to.pos, "date-range",
                 fmt::format("'period.to' {} is before 'period.from' {}", s.to.value.to_string(),
                             s.from.value.to_string()),
                 s.to.path);
}

void future_date(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  auto check = [&](const std::string& file, const std::optional<Located<Date>>& d) {
    if (d && d->value.first_day() > in.today.first_day())
      sink.error(file, d->pos, "future-date",
                 fmt::format("{} {} is in the future: today is {}", field(d->path), d->value.to_string(),
                             in.today.to_string()),
                 d->path);
  };
  for_each_record(a, [&](const Record& r) {
    check(r.file, r.date);
    check(r.file, r.end_date);
  });
  for (const auto& s : a.statistics) {
    check(s.file, s.from);
    check(s.file, s.to);
  }
  if (a.taskforce) check(a.taskforce->file, a.taskforce->established);
}

void investigation_countries(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  for (const auto& x : a.investigations) {
    std::vector<std::string> seen;
    for (const auto& c : x.countries) {
      if (std::find(seen.begin(), seen.end(), c.value) != seen.end())
        sink.error(x.file, c.pos, "investigation-countries",
                   fmt::format("{} repeats '{}': name each country once", field(c.path), c.value), c.path);
      else
        seen.push_back(c.value);
    }
    if (seen.size() == 1 && !x.countries.empty())
      sink.error(x.file, x.countries.front().pos, "investigation-countries",
                 fmt::format("'countries' names only '{}': a joint investigation has at least two countries",
                             seen.front()),
                 "/countries");
  }
}

void follow_up_order(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  for (const auto& x : a.investigations) {
    if (!x.follow_up_of) continue;
    if (x.follow_up_of->value == x.id.value) {
      sink.error(x.file, x.follow_up_of->pos, "follow-up-order", "an investigation cannot follow up itself",
                 x.follow_up_of->path);
      continue;
    }
    const Record* target = model::find_record(a, x.follow_up_of->value);
    if (!target || target->kind != Kind::investigation || !x.date || !target->date) continue;
    if (x.date->value.last_day() <= target->date->value.first_day())
      sink.error(x.file, x.date->pos, "follow-up-order",
                 fmt::format("this follow-up is dated {}, not later than '{}' ({}), which it follows up",
                             x.date->value.to_string(), target->id.value, target->date->value.to_string()),
                 x.date->path);
  }
}

// Whether `part` is declared, directly or through other breakdowns, a breakdown of `whole`.
bool breaks_down(const Archive& a, const Statistic& part, const Statistic& whole) {
  const Statistic* s = &part;
  for (int guard = 0; guard < 64 && s->breakdown_of; ++guard) {
    if (s->breakdown_of->value == whole.id.value) return true;
    s = find_statistic(a, s->breakdown_of->value);
    if (!s) return false;
  }
  return false;
}

bool same_scope(const Statistic& x, const Statistic& y) {
  if (x.scope.value != y.scope.value) return false;
  // Figure sets for one investigation count the same thing only when they are about the same one.
  if (x.scope.value != model::Scope::investigation || x.subjects.empty() || y.subjects.empty()) return true;
  for (const auto& s : x.subjects)
    for (const auto& t : y.subjects)
      if (s.value == t.value) return true;
  return false;
}

void double_count(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  const auto& all = a.statistics;
  // Reports on `s` that `other` counts a metric of it again.
  auto check = [&](const Statistic& s, const Statistic& other) {
    for (const auto& f : s.figures) {
      const bool shared = std::any_of(other.figures.begin(), other.figures.end(),
                                      [&](const model::Figure& g) { return g.metric == f.metric; });
      if (!shared) continue;
      sink.error(s.file, f.value.pos, "double-count",
                 fmt::format("{} for {} in {} is also counted by '{}' ({}): totals would count it twice; if one "
                             "figure set breaks the other down, say so with breakdown_of",
                             model::to_string(f.metric), model::to_string(s.scope.value), period_text(s),
                             other.id.value, period_text(other)),
                 f.value.path);
    }
  };
  // Only sets whose periods overlap can count twice: sweep them in order of their start,
  // so a large archive costs n log n plus the overlapping pairs, not n squared.
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return all[x].from.value.first_day() < all[y].from.value.first_day();
  });
  for (std::size_t p = 0; p < order.size(); ++p) {
    const Statistic& s = all[order[p]];
    for (std::size_t q = p + 1; q < order.size(); ++q) {
      const Statistic& other = all[order[q]];
      if (other.from.value.first_day() > s.to.value.last_day()) break;
      if (s.from.value.first_day() > other.to.value.last_day()) continue;
      if (!same_scope(s, other) || !same_scope(other, s)) continue;
      if (breaks_down(a, s, other) || breaks_down(a, other, s)) continue;
      check(s, other);
      check(other, s);
    }
  }
}

void breakdown_sum(const Archive& a, const Inputs&, DiagnosticSink& sink) {
  std::map<std::string_view, std::vector<const Statistic*>> parts_of;  // whole id -> its parts
  for (const auto& s : a.statistics)
    if (s.breakdown_of) parts_of[s.breakdown_of->value].push_back(&s);
  for (const auto& whole : a.statistics) {
    auto found = parts_of.find(whole.id.value);
    if (found == parts_of.end()) continue;
    std::vector<const Statistic*> parts;
    for (const auto* s : found->second)
      if (s != &whole) parts.push_back(s);
    if (parts.empty()) continue;
    for (const auto& total : whole.figures) {
      long long sum = 0;
      std::vector<std::string> terms;
      std::vector<std::pair<const Statistic*, const model::Figure*>> given;
      for (const auto* p : parts)
        for (const auto& f : p->figures)
          if (f.metric == total.metric) {
            sum += f.value.value;
            terms.push_back(fmt::format("'{}' {}", p->id.value, text::thousands(f.value.value)));
            given.emplace_back(p, &f);
          }
      if (given.empty() || sum == total.value.value) continue;
      std::string addition = terms.size() == 1 ? terms.front() : "";
      for (std::size_t k = 0; k < terms.size() && terms.size() > 1; ++k) addition += (k ? " + " : "") + terms[k];
      const std::string metric(model::to_string(total.metric));
      sink.error(whole.file, total.value.pos, "breakdown-sum",
                 fmt::format("the breakdowns of this figure set give {} {} ({}), but it gives {}",
                             text::thousands(sum), metric, addition, text::thousands(total.value.value)),
                 total.value.path);
      for (const auto& [p, f] : given)
        sink.error(p->file, f->value.pos, "breakdown-sum",
                   fmt::format("the breakdowns of '{}' give {} {} ({}), but '{}' gives {}", whole.id.value,
                               text::thousands(sum), metric, addition, whole.id.value,
                               text::thousands(total.value.value)),
                   f->value.path);
    }
  }
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t j = std::min(s.find(' ', i), s.size());
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// Where a quote first departs from the passage it is closest to, word by word.
std::string first_difference(std::string_view quote, std::string_view passage) {
  const auto q = split_words(quote);
  const auto p = split_words(passage);
  std::size_t i = 0;
  while (i < q.size() && i < p.size() && q[i] == p[i]) ++i;
  if (i < q.size() && i < p.size())
    return fmt::format("the source has '{}' where the quote has '{}'", text::sanitize_utf8(p[i]), q[i]);
  if (i < q.size()) return fmt::format("the quote goes on with '{}'", q[i]);
  return "";
}

void quote(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  std::map<std::string, std::optional<std::string>> folded;  // source id -> its text, white space folded
  for_each_citation(a, [&](const std::string& file, const model::Citation& c) {
    const model::Source* source = find_source(a, c.source.value);
    if (!source) return;  // reported by `reference`
    auto it = folded.find(source->id.value);
    if (it == folded.end()) {
      std::optional<std::string> text = in.read_archive(source->archive.value);
      if (text) text = text::fold_space(*text);
      it = folded.emplace(source->id.value, std::move(text)).first;
    }
    if (!it->second) return;  // reported by `source-archive`
    const std::string& haystack = *it->second;
    const std::string needle = text::fold_space(c.quote.value);
    if (haystack.find(needle) != std::string::npos) return;
    const text::Passage best = text::closest_passage(needle, haystack);
    const std::string passage = text::sanitize_utf8(std::string_view(haystack).substr(best.begin, best.end - best.begin));
    std::string message = fmt::format(
        "quote is not in the archived text of source '{}' ({}), even with white space folded; the closest "
        "passage is \"{}\"",
        source->id.value, source->archive.value, passage);
    if (const std::string diff = first_difference(needle, passage); !diff.empty()) message += " (" + diff + ")";
    sink.error(file, c.quote.pos, "quote", message, c.quote.path);
  });
}

void source_archive(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  for (const auto& s : a.sources)
    if (!in.read_archive(s.archive.value))
      sink.error(s.file, s.archive.pos, "source-archive",
                 fmt::format("the archived text of source '{}' is missing: there is no file {} in the data "
                             "directory, so its quotes cannot be checked",
                             s.id.value, s.archive.value),
                 s.archive.path);
}

void historical_name(const Archive& a, const Inputs& in, DiagnosticSink& sink) {
  if (in.countries_unloaded) return;
  for_each_country(a, [&](const std::string& file, const Located<std::string>& code, const std::optional<When>& when) {
    const model::Country* c = model::find_country(a, code.value);
    if (!c || !when || (!c->from && !c->to)) return;
    const int first = c->from ? *c->from * 10000 + 101 : INT_MIN;
    const int last = c->to ? *c->to * 10000 + 1231 : INT_MAX;
    if (when->last >= first && when->first <= last) return;
    std::string existed = c->from && c->to ? fmt::format("from {} to {}", *c->from, *c->to)
                          : c->from        ? fmt::format("from {} on", *c->from)
                                           : fmt::format("until {}", *c->to);
    sink.warning(file, code.pos, "historical-name",
                 fmt::format("'{}' ({}) existed only {}, not in {}: use the code of the country as it was then",
                             code.value, c->name.value, existed, when->text),
                 code.path);
  });
}

}  // namespace

const std::vector<Rule>& all() {
  static const std::vector<Rule> rules = {
      {"unique-id", "error", "two records with one id; a source or country listed twice", unique_id},
      {"id-matches-file", "error", "a record whose id is not its file name", id_matches_file},
      {"reference", "error", "a reference to a record or source that does not exist", reference},
      {"reference-kind", "error", "a reference to a record of the wrong kind", reference_kind},
      {"country", "error", "a country code that is not in countries.yaml", country},
      {"meeting-number", "error", "two meetings with one number", meeting_number},
      {"meeting-order", "error", "meetings whose dates are not in the order of their numbers", meeting_order},
      {"meeting-gap", "error or warning", "a meeting number missing between two recorded meetings", meeting_gap},
      {"date-range", "error", "an end before its start", date_range},
      {"future-date", "error", "a date after today", future_date},
      {"investigation-countries", "error", "an investigation with fewer than two countries, or one twice",
       investigation_countries},
      {"follow-up-order", "error", "a follow-up not later than what it follows up", follow_up_order},
      {"double-count", "error", "two figure sets that totals would count twice", double_count},
      {"breakdown-sum", "error", "breakdowns that do not sum to their whole", breakdown_sum},
      {"quote", "error", "a quote that is not in its source's archived text", quote},
      {"source-archive", "error", "a source without its archived text", source_archive},
      {"historical-name", "warning", "a country code used at a date when the country did not exist",
       historical_name},
  };
  return rules;
}

void check(const model::Archive& archive, const Inputs& inputs, DiagnosticSink& sink) {
  // Each archive is read once, whichever rules ask for it.
  auto cache = std::make_shared<std::map<std::string, std::optional<std::string>>>();
  Inputs cached = inputs;
  cached.read_archive = [cache, read = inputs.read_archive](const std::string& relative) {
    auto it = cache->find(relative);
    if (it == cache->end()) it = cache->emplace(relative, read ? read(relative) : std::nullopt).first;
    return it->second;
  };
  for (const auto& rule : all()) rule.check(archive, cached, sink);
}

}  // namespace mirage::rules
