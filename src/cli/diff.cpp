// mirage diff [REV [REV]]: what changed between two versions of the data, by record.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "diff/answers.hpp"
#include "diff/record_diff.hpp"
#include "diff/snapshot.hpp"
#include "output/record_diff.hpp"
#include "util/errors.hpp"

namespace mirage::cli {
namespace {

struct DiffOptions {
  std::vector<std::string> revisions;
  std::string format = "text";
  bool exit_code = false;
};

int run_diff(Context& ctx, const GlobalOptions& global, const DiffOptions& opts) {
  if (opts.revisions.size() > 2) throw UsageError("diff takes at most two revisions");
  const pipeline::Options options = pipeline_options(ctx, global);
  diff::Location where = diff::locate(
      load::find_data_dir(options.data, options.env_data ? options.env_data->c_str() : nullptr, options.cwd));

  const std::string from = opts.revisions.empty() ? "HEAD" : opts.revisions[0];
  const diff::Snapshot before = diff::at_revision(where, from, options);
  const diff::Snapshot after =
      opts.revisions.size() == 2 ? diff::at_revision(where, opts.revisions[1], options) : diff::in_working_tree(where, options);

  for (const auto* s : {&before, &after}) {
    for (const auto& f : s->unreadable)
      ctx.err << fmt::format("mirage: warning: {}: {} cannot be read as YAML: its records are left out\n", s->name, f);
    if (s->errors > 0)
      ctx.err << fmt::format("mirage: note: {}: the data has {} error{} (see 'mirage validate')\n", s->name, s->errors,
                             s->errors == 1 ? "" : "s");
  }

  auto records = diff::compare(diff::items(before.loaded.files, before.loaded.documents),
                               diff::items(after.loaded.files, after.loaded.documents));
  // A file that cannot be read on one side has not lost or gained its records.
  auto unreadable_in = [](const diff::Snapshot& s, const std::string& file) {
    return std::find(s.unreadable.begin(), s.unreadable.end(), file) != s.unreadable.end();
  };
  std::erase_if(records, [&](const diff::RecordChange& r) {
    return (r.status == diff::Status::removed && unreadable_in(after, r.file)) ||
           (r.status == diff::Status::added && unreadable_in(before, r.file));
  });

  // The answers are the queries' own, and queries answer only valid data.
  output::DiffReport report{before.name, after.name, std::move(records), {}, std::nullopt};
  if (before.errors > 0 || after.errors > 0)
    report.answers_skipped = fmt::format("the data has errors at {}", before.errors > 0 ? before.name : after.name);
  else
    report.answers = diff::answers_diff(before.loaded.archive, after.loaded.archive);
  if (opts.format == "json") ctx.out << output::diff_json(report);
  else if (opts.format == "markdown") ctx.out << output::diff_markdown(report);
  else ctx.out << output::diff_text(report);
  return opts.exit_code && !report.records.empty() ? kExitDataInvalid : kExitOk;
}

}  // namespace

Command setup_diff(CLI::App& parent) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* app = parent.add_subcommand(
      "diff", "Show the records added, removed, renamed and changed between two git revisions of the data");
  app->add_option("rev", options->revisions,
                  "No revision: HEAD against the working tree; one: that revision against the working tree; "
                  "two: the first against the second (at most two)")
      ->type_name("REV");
  app->add_option("--format", options->format, "Output format: text, json or markdown (for a pull request or a GitHub job summary)")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->type_name("FORMAT");
  app->add_flag("--exit-code", options->exit_code, "Exit with 1 when a record differs, like git diff --exit-code");
  app->footer(
      "Revisions are read from git objects: the working tree and the index are never touched.\n"
      "Exit status: 0 (with --exit-code: 0 when no record differs, 1 when one does), "
      "2 on a usage error, an unknown revision or unreadable input.");
  return {app, [options](Context& ctx, const GlobalOptions& global) { return run_diff(ctx, global, *options); }};
}

}  // namespace mirage::cli
