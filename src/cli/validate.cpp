// mirage validate: check every file of the data directory and report every problem.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "output/diagnostics.hpp"
#include "pipeline/pipeline.hpp"
#include "util/text.hpp"

namespace mirage::cli {
namespace {

struct ValidateOptions {};

int run_validate(Context& ctx, const GlobalOptions& global, const ValidateOptions&) {
  DiagnosticSink sink;
  const pipeline::Loaded loaded = pipeline::load(pipeline_options(ctx, global), sink);
  print_diagnostics(ctx, global, loaded, sink.sorted(), ctx.out, ctx.out_is_terminal);
  ctx.err << output::validation_summary(loaded.files.size(), sink.error_count(), sink.warning_count()) << "\n";
  return sink.has_errors() ? kExitDataInvalid : kExitOk;
}

}  // namespace

Command setup_validate(CLI::App& parent) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* app = parent.add_subcommand(
      "validate", "Check every file of the data directory against its schema and print every problem");
  app->footer("Exit status: 0 when the data is valid, 1 when it has errors, 2 on a usage error or unreadable input.");
  return {app, [options](Context& ctx, const GlobalOptions& global) { return run_validate(ctx, global, *options); }};
}

}  // namespace mirage::cli
