// mirage list: every record, filtered, in chronological order.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/query_options.hpp"
#include "cli/report.hpp"
#include "query/list.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace mirage::cli {
namespace {

struct ListOptions {
  OutputOptions output;
  PeriodOptions period;
  std::vector<std::string> kinds, countries, crimes, types;
  std::string grep;
};

// Activity types and investigation forms, the words --type takes.
std::vector<std::string> type_words() {
  std::vector<std::string> words = model::enum_strings<model::ActivityType>();
  for (const auto& f : model::enum_strings<model::InvestigationForm>())
    if (std::find(words.begin(), words.end(), f) == words.end()) words.push_back(f);
  return words;
}

int run_list(Context& ctx, const GlobalOptions& global, const ListOptions& o) {
  query::ListOptions q;
  q.period = period(o.period);
  for (const auto& k : o.kinds) q.kinds.push_back(parse_enum_option<model::Kind>(k, "--kind"));
  for (const auto& c : o.crimes) q.crimes.push_back(parse_enum_option<model::Crime>(c, "--crime"));
  const auto words = type_words();
  for (const auto& t : o.types) {
    if (std::find(words.begin(), words.end(), t) == words.end()) {
      std::string message = fmt::format("--type: unknown value '{}'", t);
      if (auto guess = text::closest(t, words)) message += fmt::format(": did you mean '{}'?", *guess);
      message += fmt::format(" (allowed: {})", text::join_or(words));
      throw UsageError(message);
    }
    q.types.push_back(t);
  }
  if (!o.grep.empty()) q.grep = o.grep;
  q.names = names(o.output);
  const pipeline::Loaded loaded = load_valid(ctx, global);
  for (const auto& c : o.countries) q.countries.push_back(resolve_country(loaded.archive, c));
  print_table(ctx, global, o.output, query::list(loaded.archive, q));
  return kExitOk;
}

}  // namespace

Command setup_list(CLI::App& parent) {
  auto o = std::make_shared<ListOptions>();
  CLI::App* app = parent.add_subcommand("list", "List the records in chronological order, filtered");
  add_period_options(*app, o->period, "records");
  app->add_option("--kind", o->kinds, "Only records of this kind: meeting, investigation, statistic, activity (repeatable)")
      ->type_name("KIND")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--country", o->countries,
                  "Only records that involve this country: a code, current name, former name or alias (repeatable)")
      ->type_name("COUNTRY")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--crime", o->crimes,
                  "Only records about this crime: trafficking_in_human_beings, migrant_smuggling, illegal_migration (repeatable)")
      ->type_name("CRIME")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--type", o->types,
                  "Only activities of this type or investigations of this form, e.g. training, operation (repeatable)")
      ->type_name("TYPE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--grep", o->grep, "Only records whose id, name, title, description, outcomes, notes, city or organiser contain this text (any case)")
      ->type_name("TEXT");
  add_output_options(*app, o->output, true);
  app->footer(
      "Filters combine; a repeated filter matches any of its values. A date filter leaves out undated records.\n"
      "Columns: date, end_date, kind, type, id, name, place, countries. See mirage(1) for the CSV and JSON shapes.");
  return {app, [o](Context& ctx, const GlobalOptions& global) { return run_list(ctx, global, *o); }};
}

}  // namespace mirage::cli
