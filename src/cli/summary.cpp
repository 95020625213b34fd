// mirage summary: the record per country, per year, or one country year by year.
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/query_options.hpp"
#include "cli/report.hpp"
#include "query/summary.hpp"
#include "util/errors.hpp"

namespace mirage::cli {
namespace {

struct SummaryOptions {
  OutputOptions output;
  PeriodOptions period;
  std::string by = "country";
  std::string country;
  bool by_given = false;
};

int run_summary(Context& ctx, const GlobalOptions& global, const SummaryOptions& o) {
  query::SummaryOptions q;
  q.period = period(o.period);
  q.names = names(o.output);
  if (!o.country.empty() && o.by_given && o.by == "country")
    throw UsageError("--country gives one country year by year: it cannot be combined with --by country");
  const pipeline::Loaded loaded = load_valid(ctx, global);
  query::Table table;
  if (!o.country.empty())
    table = query::summary_of_country(loaded.archive, resolve_country(loaded.archive, o.country), q);
  else if (o.by == "year")
    table = query::summary_by_year(loaded.archive, q);
  else
    table = query::summary_by_country(loaded.archive, q);
  print_table(ctx, global, o.output, table);
  return kExitOk;
}

}  // namespace

Command setup_summary(CLI::App& parent) {
  auto o = std::make_shared<SummaryOptions>();
  CLI::App* app = parent.add_subcommand("summary", "Summarise the record per country, per year, or one country year by year");
  auto* by = app->add_option("--by", o->by, "country (default): one row per country; year: one row per year")
                 ->check(CLI::IsMember({"country", "year"}))
                 ->type_name("WHAT");
  app->add_option("--country", o->country, "One country's record year by year: a code, current name, former name or alias")
      ->type_name("COUNTRY");
  add_period_options(*app, o->period, "records");
  add_output_options(*app, o->output, true);
  app->footer(
      "--by country columns: code, name, meetings_hosted, investigations, activities, years_active, partners.\n"
      "--by year columns: year, meetings, investigations, joint_investigations_reported, activities, figure_sets.\n"
      "--country columns: year, meetings_hosted, investigations, activities, partners, records.");
  app->parse_complete_callback([o, by] { o->by_given = by->count() > 0; });
  return {app, [o](Context& ctx, const GlobalOptions& global) { return run_summary(ctx, global, *o); }};
}

}  // namespace mirage::cli
