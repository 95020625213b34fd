// mirage validate: check every file of the data directory and report every problem.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "output/diagnostics.hpp"
#include "pipeline/pipeline.hpp"
#include "util/text.hpp"

namespace mirage::cli {
namespace {

struct ValidateOptions {};

int run_validate(Context& ctx, const GlobalOptions& global, const ValidateOptions&) {
  DiagnosticSink sink;
  pipeline::Options options;
  options.data = global.data;
  options.env_data = ctx.env("MIRAGE_DATA");
  options.cwd = ctx.cwd;
  options.threads = ctx.threads;
  const pipeline::Loaded loaded = pipeline::load(options, sink);

  const auto diagnostics = sink.sorted();
  auto lines = [&](const std::string& file, int line) -> std::optional<std::string_view> {
    auto it = loaded.texts.find(file);
    if (it == loaded.texts.end()) return std::nullopt;
    std::string_view text = it->second;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const auto all = text::split_lines(text);
    if (line < 1 || static_cast<std::size_t>(line) > all.size()) return std::nullopt;
    return all[static_cast<std::size_t>(line - 1)];
  };
  ctx.out << output::diagnostics_text(diagnostics, lines, use_color(global, ctx, ctx.out_is_terminal));
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
