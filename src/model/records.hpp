#pragma once
// The typed record model. Every value keeps the position it was read from.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "util/diagnostic.hpp"

namespace mirage::model {

template <class T>
struct Located {
  T value{};
  Position pos;
  std::string path;  // JSON pointer in its file
};

enum class Kind { meeting, investigation, statistic, activity };
enum class Crime { trafficking_in_human_beings, migrant_smuggling, illegal_migration };
enum class InvestigationForm { joint_investigation, operation };
enum class Scope { task_force, mirage_operations, witness_programme, investigation };
enum class ActivityType { training, witness_testimony, witness_programme, operation, report, publication, milestone };
enum class Metric {
  victims_identified,
  victims_assisted,
  traffickers_charged,
  persons_detained,
  witnesses_testified,
  joint_investigations,
  operational_meetings,
  international_meetings_and_activities,
};

// Names as written in the data ("illegal_migration") and back. Each enum has a table.
template <class E>
struct EnumName {
  E value;
  std::string_view name;
};
const std::vector<EnumName<Kind>>& enum_names(Kind);
const std::vector<EnumName<Crime>>& enum_names(Crime);
const std::vector<EnumName<InvestigationForm>>& enum_names(InvestigationForm);
const std::vector<EnumName<Scope>>& enum_names(Scope);
const std::vector<EnumName<ActivityType>>& enum_names(ActivityType);
const std::vector<EnumName<Metric>>& enum_names(Metric);

template <class E>
std::string_view to_string(E value) {
  for (const auto& e : enum_names(E{}))
    if (e.value == value) return e.name;
  return "?";
}
template <class E>
std::optional<E> parse_enum(std::string_view name) {
  for (const auto& e : enum_names(E{}))
    if (e.name == name) return e.value;
  return std::nullopt;
}
template <class E>
std::vector<std::string> enum_strings() {
  std::vector<std::string> out;
  for (const auto& e : enum_names(E{})) out.emplace_back(e.name);
  return out;
}

struct Citation {
  Located<std::string> source;
  Located<std::string> quote;
};

// What every record kind has.
struct Record {
  Kind kind = Kind::meeting;
  std::string file;  // as shown in diagnostics
  Located<std::string> id;
  std::optional<Located<Date>> date;
  std::optional<Located<Date>> end_date;
  std::vector<Citation> citations;
};

struct Meeting : Record {
  Located<long long> number;
  Located<std::string> title;
  std::optional<Located<std::string>> city;
  std::optional<Located<std::string>> country;
  std::vector<Located<std::string>> reports;
  std::optional<Located<std::string>> notes;
};

struct Investigation : Record {
  std::optional<Located<std::string>> name;
  Located<InvestigationForm> form;
  std::optional<Located<Crime>> crime;
  std::vector<Located<std::string>> countries;
  std::optional<Located<std::string>> follow_up_of;
  std::optional<Located<std::string>> description;
  std::vector<Located<std::string>> outcomes;
};

struct Figure {
  Metric metric;
  Located<long long> value;
};

struct Statistic : Record {
  Located<std::string> title;
  Located<Date> from;  // the period, inclusive
  Located<Date> to;
  Located<Scope> scope;
  std::vector<Located<std::string>> subjects;
  std::optional<Located<std::string>> breakdown_of;
  std::vector<Figure> figures;  // in Metric order
  std::optional<Located<std::string>> notes;
};

struct Activity : Record {
  Located<ActivityType> type;
  Located<std::string> title;
  std::optional<Located<std::string>> city;
  std::optional<Located<std::string>> country;
  std::vector<Located<std::string>> countries;
  std::optional<Located<std::string>> organiser;
  std::optional<Located<Crime>> crime;
  std::optional<Located<std::string>> description;
};

struct FormerName {
  std::string name;
  std::optional<int> from;
  std::optional<int> to;
};

struct Country {
  std::string file;
  Located<std::string> code;
  Located<std::string> name;
  std::optional<int> from;  // years the entity existed, when limited
  std::optional<int> to;
  std::vector<FormerName> former_names;
  std::vector<std::string> aliases;
};

struct Source {
  std::string file;
  Located<std::string> id;
  Located<std::string> title;
  Located<std::string> publisher;
  std::optional<Located<std::string>> url;
  Located<std::string> archive;  // relative to the data directory
  std::optional<Located<std::string>> notes;
};

struct TaskForce {
  std::string file;
  Located<std::string> name;
  std::optional<Located<std::string>> coordinator;
  std::optional<Located<Date>> established;
  std::vector<Located<std::string>> background;
  std::vector<Citation> citations;
};

// Every record and registry entry of a data directory, each list sorted by id (or code).
struct Archive {
  std::vector<Meeting> meetings;
  std::vector<Investigation> investigations;
  std::vector<Statistic> statistics;
  std::vector<Activity> activities;
  std::vector<Country> countries;
  std::vector<Source> sources;
  std::optional<TaskForce> taskforce;

  std::size_t record_count() const {
    return meetings.size() + investigations.size() + statistics.size() + activities.size();
  }
};

}  // namespace mirage::model
