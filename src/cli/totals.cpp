// mirage totals: published figures summed per metric over a period.
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/query_options.hpp"
#include "cli/report.hpp"
#include "query/totals.hpp"
#include "util/errors.hpp"

namespace mirage::cli {
namespace {

struct TotalsOptions {
  OutputOptions output;
  PeriodOptions period;
  std::vector<std::string> metrics;
  std::string by;
  bool cumulative = false;
};

int run_totals(Context& ctx, const GlobalOptions& global, const TotalsOptions& o) {
  query::TotalsOptions q;
  q.period = period(o.period);
  for (const auto& m : o.metrics) {
    const model::Metric metric = parse_enum_option<model::Metric>(m, "--metric");
    if (std::find(q.metrics.begin(), q.metrics.end(), metric) == q.metrics.end()) q.metrics.push_back(metric);
  }
  q.by_year = o.by == "year";
  q.cumulative = o.cumulative;
  const pipeline::Loaded loaded = load_valid(ctx, global);
  const query::Totals totals = query::totals(loaded.archive, q);
  print_table(ctx, global, o.output, totals.table);
  for (const auto& left : totals.left_out) ctx.err << "left out: " << left.id << ": " << left.reason << "\n";
  return kExitOk;
}

}  // namespace

Command setup_totals(CLI::App& parent) {
  auto o = std::make_shared<TotalsOptions>();
  CLI::App* app = parent.add_subcommand("totals", "Sum the published figures per metric over a period");
  add_period_options(*app, o->period, "figure sets");
  app->add_option("--metric", o->metrics, "Only this metric, e.g. victims_identified (repeatable)")
      ->type_name("METRIC")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--by", o->by, "year: one total per year and metric")->check(CLI::IsMember({"year"}))->type_name("WHAT");
  app->add_flag("--cumulative", o->cumulative, "Running totals year by year (implies --by year)");
  add_output_options(*app, o->output, false);
  app->footer(
      "A figure set counts when its whole period lies in the period asked (with --by year, in one year).\n"
      "Sets that only partly overlap it, and breakdowns whose whole is counted, are left out and named on\n"
      "standard error with the reason. Columns: [year,] metric, total, [cumulative,] sets.");
  return {app, [o](Context& ctx, const GlobalOptions& global) { return run_totals(ctx, global, *o); }};
}

}  // namespace mirage::cli
