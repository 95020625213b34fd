#include "model/records.hpp"

namespace mirage::model {

const std::vector<EnumName<Kind>>& enum_names(Kind) {
  static const std::vector<EnumName<Kind>> names = {{Kind::meeting, "meeting"},
                                                    {Kind::investigation, "investigation"},
                                                    {Kind::statistic, "statistic"},
                                                    {Kind::activity, "activity"}};
  return names;
}

const std::vector<EnumName<Crime>>& enum_names(Crime) {
  static const std::vector<EnumName<Crime>> names = {
      {Crime::trafficking_in_human_beings, "trafficking_in_human_beings"},
      {Crime::migrant_smuggling, "migrant_smuggling"},
      {Crime::illegal_migration, "illegal_migration"}};
  return names;
}

const std::vector<EnumName<InvestigationForm>>& enum_names(InvestigationForm) {
  static const std::vector<EnumName<InvestigationForm>> names = {
      {InvestigationForm::joint_investigation, "joint_investigation"}, {InvestigationForm::operation, "operation"}};
  return names;
}

const std::vector<EnumName<Scope>>& enum_names(Scope) {
  static const std::vector<EnumName<Scope>> names = {{Scope::task_force, "task_force"},
                                                     {Scope::mirage_operations, "mirage_operations"},
                                                     {Scope::witness_programme, "witness_programme"},
                                                     {Scope::investigation, "investigation"}};
  return names;
}

const std::vector<EnumName<ActivityType>>& enum_names(ActivityType) {
  static const std::vector<EnumName<ActivityType>> names = {
      {ActivityType::training, "training"},
      {ActivityType::witness_testimony, "witness_testimony"},
      {ActivityType::witness_programme, "witness_programme"},
      {ActivityType::operation, "operation"},
      {ActivityType::report, "report"},
      {ActivityType::publication, "publication"},
      {ActivityType::milestone, "milestone"}};
  return names;
}

const std::vector<EnumName<Metric>>& enum_names(Metric) {
  static const std::vector<EnumName<Metric>> names = {
      {Metric::victims_identified, "victims_identified"},
      {Metric::victims_assisted, "victims_assisted"},
      {Metric::traffickers_charged, "traffickers_charged"},
      {Metric::persons_detained, "persons_detained"},
      {Metric::witnesses_testified, "witnesses_testified"},
      {Metric::joint_investigations, "joint_investigations"},
      {Metric::operational_meetings, "operational_meetings"},
      {Metric::international_meetings_and_activities, "international_meetings_and_activities"}};
  return names;
}

}  // namespace mirage::model
