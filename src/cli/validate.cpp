// mirage validate: check every file of the data directory and report every problem.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "output/diagnostics.hpp"
#include "pipeline/pipeline.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace fs = std::filesystem;

namespace mirage::cli {
namespace {

struct ValidateOptions {
  std::optional<std::string> format;
  bool strict = false;
  std::vector<std::string> paths;
};

fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : c;
}

bool is_within(const fs::path& dir, const fs::path& p) {
  auto [d, t] = std::mismatch(dir.begin(), dir.end(), p.begin(), p.end());
  return d == dir.end();
}

// The files and folders given on the command line, made absolute; throws when one does not
// exist or lies outside the data directory.
std::vector<fs::path> selection(const Context& ctx, const pipeline::Loaded& loaded, const ValidateOptions& options) {
  std::vector<fs::path> out;
  const fs::path data = resolved(ctx.cwd / loaded.dir.path);
  for (const auto& given : options.paths) {
    const fs::path p = resolved(ctx.cwd / given);
    std::error_code ec;
    if (!fs::exists(p, ec)) throw InputError(fmt::format("{}: no such file or directory", given));
    if (!is_within(data, p))
      throw UsageError(fmt::format("{} is not in the data directory {}", given, loaded.dir.display));
    out.push_back(p);
  }
  return out;
}

int run_validate(Context& ctx, const GlobalOptions& global, const ValidateOptions& options) {
  const DiagnosticFormat format = diagnostic_format(ctx, options.format);
  DiagnosticSink sink;
  const pipeline::Loaded loaded = pipeline::load(pipeline_options(ctx, global), sink);

  // With paths, everything is loaded (the rules need every record), but only what is about
  // the given files is shown.
  std::vector<Diagnostic> shown = sink.sorted();
  std::size_t files = loaded.files.size();
  if (!options.paths.empty()) {
    const auto selected = selection(ctx, loaded, options);
    auto chosen = [&](const std::string& display) {
      const fs::path p = resolved(ctx.cwd / display);
      return std::any_of(selected.begin(), selected.end(), [&](const fs::path& s) { return is_within(s, p); });
    };
    std::erase_if(shown, [&](const Diagnostic& d) { return !chosen(d.file); });
    files = static_cast<std::size_t>(
        std::count_if(loaded.files.begin(), loaded.files.end(), [&](const load::DataFile& f) { return chosen(f.display); }));
  }

  print_diagnostics(ctx, global, loaded, shown, ctx.out, ctx.out_is_terminal, format);
  const auto errors = static_cast<std::size_t>(
      std::count_if(shown.begin(), shown.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
  const std::size_t warnings = shown.size() - errors;
  ctx.err << output::validation_summary(files, errors, warnings) << "\n";
  return errors > 0 || (options.strict && warnings > 0) ? kExitDataInvalid : kExitOk;
}

}  // namespace

Command setup_validate(CLI::App& parent) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* app = parent.add_subcommand(
      "validate",
      "Check the data directory: every file against its schema, then the rules between records and their "
      "sources; print every problem");
  app->add_option("--format", options->format,
                  "Output: text (for people), json (an array of diagnostics) or github (annotations for GitHub "
                  "Actions; the default when GITHUB_ACTIONS=true)")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->type_name("FORMAT");
  app->add_flag("--strict", options->strict, "Warnings count as errors for the exit status");
  app->add_option("PATH", options->paths,
                  "Show only the problems in these files or folders of the data directory (everything is still "
                  "loaded, so rules between records hold)")
      ->type_name("");
  app->footer(
      "Exit status: 0 when the data is valid, 1 when it has errors (or warnings, with --strict), 2 on a usage "
      "error or unreadable input.\n"
      "See mirage(1) for every rule id and the JSON shape of a diagnostic.");
  return {app, [options](Context& ctx, const GlobalOptions& global) { return run_validate(ctx, global, *options); }};
}

}  // namespace mirage::cli
