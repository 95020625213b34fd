// mirage show ID: one record in full.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/query_options.hpp"
#include "cli/report.hpp"
#include "model/registry.hpp"
#include "query/show.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace mirage::cli {
namespace {

struct ShowOptions {
  OutputOptions output;
  std::string id;
};

int run_show(Context& ctx, const GlobalOptions& global, const ShowOptions& o) {
  const pipeline::Loaded loaded = load_valid(ctx, global);
  const model::Record* record = model::find_record(loaded.archive, o.id);
  if (!record) {
    std::string message = fmt::format("no record '{}'", o.id);
    const auto similar = query::similar_ids(loaded.archive, o.id);
    if (!similar.empty()) message += fmt::format(": did you mean {}?", text::join_or(similar));
    else message += " (run 'mirage list' to see every id)";
    throw UsageError(message);
  }
  print_record(ctx, global, o.output, query::show(loaded.archive, *record, names(o.output)));
  return kExitOk;
}

}  // namespace

Command setup_show(CLI::App& parent) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* app = parent.add_subcommand("show", "Show one record in full: every field, references followed, sources quoted");
  app->add_option("id", o->id, "The record's id (its file name without .yaml), e.g. 2009-tara")->required()->type_name("ID");
  add_output_options(*app, o->output, true);
  app->footer("An unknown id is a usage error (exit 2) with the closest ids. See mirage(1) for the JSON shape of each kind.");
  return {app, [o](Context& ctx, const GlobalOptions& global) { return run_show(ctx, global, *o); }};
}

}  // namespace mirage::cli
