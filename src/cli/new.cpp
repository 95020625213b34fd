// mirage new KIND: write a new record file from the values given, checked before it is written.
#include <filesystem>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "edit/new_record.hpp"
#include "pipeline/pipeline.hpp"
#include "schema/validator.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::cli {
namespace {

using edit::Style;

// One option of `mirage new KIND`: the field it fills and how.
struct FieldOption {
  const char* flag;
  const char* field;  // key in the record ("period/from" for nested keys)
  Style style;
  bool required;
  bool list;
  const char* type_name;
  const char* help;
};

struct KindSpec {
  load::FileKind kind;
  const char* name;
  const char* help;
  std::vector<FieldOption> options;
};

// The options of each kind. Values are not checked here: the new record is validated like
// any file, so a bad value gets the message `mirage validate` would give.
const std::vector<KindSpec>& kinds() {
  static const std::vector<KindSpec> specs{
      {load::FileKind::meeting, "meeting", "A numbered task force meeting (data/meetings/<year>-<number>.yaml)",
       {{"--number", "number", Style::raw, true, false, "N", "The meeting's ordinal number (25 for the 25th)"},
        {"--title", "title", Style::text, true, false, "TEXT", "The meeting's title as published"},
        {"--date", "date", Style::raw, false, false, "DATE", "The (first) day: 2018, 2018-05 or 2018-05-22"},
        {"--end-date", "end_date", Style::raw, false, false, "DATE", "The last day of a meeting of several days"},
        {"--city", "city", Style::text, false, false, "TEXT", "The city it took place in"},
        {"--country", "country", Style::raw, false, false, "CODE", "The host country's code (RO)"},
        {"--report", "reports", Style::raw, false, true, "ID", "The id of a report activity presented (repeatable)"},
        {"--notes", "notes", Style::text, false, false, "TEXT", "Anything else the source says"}}},
      {load::FileKind::investigation, "investigation",
       "A joint investigation or operation (data/investigations/<year>-<name>.yaml)",
       {{"--name", "name", Style::text, false, false, "TEXT", "The code name as published (TARA); else give --description"},
        {"--form", "form", Style::raw, true, false, "FORM", "joint_investigation or operation"},
        {"--date", "date", Style::raw, false, false, "DATE", "When it took place: 2009, 2009-05 or 2009-05-19"},
        {"--end-date", "end_date", Style::raw, false, false, "DATE", "When it ended"},
        {"--crime", "crime", Style::raw, false, false, "CRIME", "The crime type, when the source names it"},
        {"--countries", "countries", Style::raw, true, true, "CODE", "The participating countries' codes (RO,BG or repeated)"},
        {"--follow-up-of", "follow_up_of", Style::raw, false, false, "ID", "The id of the investigation it follows up"},
        {"--description", "description", Style::text, false, false, "TEXT", "What the source says it was about"},
        {"--outcome", "outcomes", Style::text, false, true, "TEXT", "An outcome as published (repeatable)"}}},
      {load::FileKind::statistic, "statistic", "A published figure set (data/statistics/<id>.yaml)",
       {{"--title", "title", Style::text, true, false, "TEXT", "A short label for the figure set"},
        {"--from", "period/from", Style::raw, true, false, "DATE", "The first year or day covered"},
        {"--to", "period/to", Style::raw, true, false, "DATE", "The last year or day covered"},
        {"--scope", "scope", Style::raw, true, false, "SCOPE", "task_force, mirage_operations, witness_programme or investigation"},
        {"--subject", "subjects", Style::raw, false, true, "ID", "The id of a record the figures are about (repeatable)"},
        {"--breakdown-of", "breakdown_of", Style::raw, false, false, "ID", "The id of the statistic this one breaks down"},
        {"--notes", "notes", Style::text, false, false, "TEXT", "Anything else the source says"}}},
      {load::FileKind::activity, "activity",
       "A training, testimony, operation, report, publication or milestone (data/activities/<id>.yaml)",
       {{"--type", "type", Style::raw, true, false, "TYPE", "training, witness_testimony, witness_programme, operation, report, publication or milestone"},
        {"--title", "title", Style::text, true, false, "TEXT", "A short title: the published one where there is one"},
        {"--date", "date", Style::raw, false, false, "DATE", "When it took place: 2009, 2009-05 or 2009-05-19"},
        {"--end-date", "end_date", Style::raw, false, false, "DATE", "When it ended"},
        {"--city", "city", Style::text, false, false, "TEXT", "The city it took place in"},
        {"--country", "country", Style::raw, false, false, "CODE", "The code of the country it took place in"},
        {"--countries", "countries", Style::raw, false, true, "CODE", "The codes of the countries involved (RO,BG or repeated)"},
        {"--organiser", "organiser", Style::text, false, false, "TEXT", "Who organised it, as published"},
        {"--crime", "crime", Style::raw, false, false, "CRIME", "The crime type it is about"},
        {"--description", "description", Style::text, false, false, "TEXT", "What the source says about it"}}},
  };
  return specs;
}

struct NewState {
  const KindSpec* spec = nullptr;
  CLI::App* app = nullptr;
  std::string id;
  std::map<std::string, std::vector<std::string>> values;  // by field
  std::vector<std::string> figures;                        // METRIC=COUNT
  std::vector<std::string> sources;
  std::vector<std::string> quotes;
};

edit::Draft draft_of(const NewState& s) {
  edit::Draft d;
  d.kind = s.spec->kind;
  for (const auto& o : s.spec->options) {
    auto it = s.values.find(o.field);
    if (it == s.values.end() || s.app->get_option(o.flag)->count() == 0) continue;
    d.fields[o.field] = {o.style, it->second, o.list};
  }
  for (const auto& f : s.figures) {
    const auto eq = f.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UsageError(fmt::format("--figure {}: write METRIC=COUNT, such as persons_detained=52", f));
    d.fields["figures/" + f.substr(0, eq)] = {Style::raw, {f.substr(eq + 1)}, false};
  }
  return d;
}

std::vector<edit::Citation> citations_of(const NewState& s, const model::Archive& archive) {
  std::vector<std::string> sources = s.sources;
  if (sources.empty() && archive.sources.size() == 1) sources.assign(s.quotes.size(), archive.sources[0].id.value);
  if (sources.empty())
    throw UsageError(fmt::format("give --source with each --quote: the data has {} sources", archive.sources.size()));
  if (sources.size() != s.quotes.size())
    throw UsageError(fmt::format("give one --source for each --quote ({} sources, {} quotes)", sources.size(), s.quotes.size()));
  std::vector<edit::Citation> out;
  for (std::size_t i = 0; i < sources.size(); ++i) out.push_back({sources[i], s.quotes[i]});
  return out;
}

int run_new(Context& ctx, const GlobalOptions& global, const NewState& s) {
  const pipeline::Options options = pipeline_options(ctx, global);
  load::DataDir dir = load::find_data_dir(options.data, options.env_data ? options.env_data->c_str() : nullptr, options.cwd);

  edit::Draft draft = draft_of(s);
  std::string id = s.id;
  if (id.empty()) {
    std::string why;
    auto conventional = edit::conventional_id(draft, &why);
    if (!conventional) throw UsageError("cannot name the new record: " + why);
    id = *conventional;
  }
  // The id names the file: keep it inside its folder whatever it is (the schema then says
  // what is wrong with it).
  if (id.find('/') != std::string::npos || id.find('\0') != std::string::npos || id == "." || id == "..")
    throw UsageError(fmt::format("--id {}: an id is a file name and cannot hold '/'", id));
  const std::string folder = load::folder_name(s.spec->kind);
  const std::string relative = folder + "/" + id + ".yaml";
  const std::string display = (dir.display.empty() || dir.display == "." ? "" : dir.display + "/") + relative;
  const fs::path path = dir.path / folder / (id + ".yaml");

  // What is there already: the file itself, or a record with the same id.
  std::error_code ec;
  if (fs::symlink_status(path, ec).type() != fs::file_type::not_found)
    throw DataInvalid(fmt::format("{} already exists: not overwritten", display));
  DiagnosticSink existing_sink;
  std::vector<load::DataFile> files = load::discover(dir, existing_sink);
  for (const auto& f : files)
    if (load::is_record_kind(f.kind) && fs::path(f.relative).stem() == id)
      throw DataInvalid(fmt::format("the id '{}' is taken by {}: not written", id, f.display));
  std::vector<std::string> texts = pipeline::read_files(files);

  // The citations may need the sources the data has: load it as it is first.
  DiagnosticSink scratch;
  const auto before = pipeline::load_files(options, dir, files, texts, scratch);
  draft.citations = citations_of(s, before.archive);

  const auto schemas = schema::SchemaSet::load(pipeline::schema_dir_for(dir.path));
  const std::string schema_file = std::string(load::schema_name(s.spec->kind)) + ".schema.json";
  std::optional<std::string> schema_ref;
  if (auto schema_dir = pipeline::schema_dir_for(dir.path))
    schema_ref = fs::relative(*schema_dir / schema_file, fs::absolute(dir.path / folder), ec).generic_string();
  const auto& docs = schemas.documents();
  const auto doc = docs.find(schema_file);
  const std::string text = edit::render(draft, id, schema_ref, doc == docs.end() ? nlohmann::json::object() : doc->second);

  // Check the new record with everything else, exactly as `mirage validate` would.
  files.push_back({path, display, relative, s.spec->kind});
  texts.push_back(text);
  DiagnosticSink sink;
  const auto loaded = pipeline::load_files(options, dir, std::move(files), std::move(texts), sink);
  std::vector<Diagnostic> mine;
  for (auto& d : sink.sorted())
    if (d.file == display) mine.push_back(std::move(d));
  print_diagnostics(ctx, global, loaded, mine, ctx.err, ctx.err_is_terminal);
  const auto errors = std::count_if(mine.begin(), mine.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (errors > 0)
    throw DataInvalid(fmt::format("the new record has {} error{}: {} not written", errors, errors == 1 ? "" : "s", display));

  fs::create_directories(path.parent_path(), ec);
  try {
    if (fsutil::create_file_exclusive(path, text) == fsutil::CreateResult::exists)
      throw DataInvalid(fmt::format("{} already exists: not overwritten", display));
  } catch (const fs::filesystem_error& e) {
    throw InputError(fmt::format("{}: cannot write: {}", display, e.code().message()));
  }
  ctx.out << display << "\n";
  return kExitOk;
}

}  // namespace

Command setup_new(CLI::App& parent) {
  CLI::App* app = parent.add_subcommand("new", "Write a new record file, checked like 'validate' before it is written");
  app->require_subcommand(0, 1);
  app->footer(
      "The file is named by the data's naming convention (--id to choose), created only if it does not exist,\n"
      "and written only when the record is valid. Fields not given are left as commented placeholders.\n"
      "Exit status: 0 written (its path is printed), 1 the record is invalid or the file or id exists,\n"
      "2 on a usage error or unreadable input.");
  auto states = std::make_shared<std::vector<std::shared_ptr<NewState>>>();
  for (const auto& spec : kinds()) {
    auto s = std::make_shared<NewState>();
    s->spec = &spec;
    CLI::App* sub = app->add_subcommand(spec.name, spec.help);
    s->app = sub;
    sub->add_option("--id", s->id, "The record id (default: by the naming convention of data/README.md)")->type_name("ID");
    for (const auto& o : spec.options) {
      auto* opt = sub->add_option(o.flag, s->values[o.field], o.help)->type_name(o.type_name);
      if (o.list) opt->delimiter(',')->allow_extra_args(false);
      else opt->expected(1);
      if (o.required) opt->required();
    }
    if (spec.kind == load::FileKind::statistic)
      sub->add_option("--figure", s->figures, "A published figure, METRIC=COUNT (repeatable; at least one)")
          ->type_name("METRIC=COUNT")
          ->allow_extra_args(false)
          ->required();
    sub->add_option("--source", s->sources, "The id of the cited source (repeatable; default: the only source there is)")
        ->type_name("ID")
        ->allow_extra_args(false);
    sub->add_option("--quote", s->quotes, "The passage of the source that supports the record, verbatim (repeatable, one per --source)")
        ->type_name("TEXT")
        ->allow_extra_args(false)
        ->required();
    states->push_back(s);
  }
  return {app, [states](Context& ctx, const GlobalOptions& global) {
            for (const auto& s : *states)
              if (s->app->parsed()) return run_new(ctx, global, *s);
            throw UsageError("new: give a kind: meeting, investigation, statistic or activity");
          }};
}

}  // namespace mirage::cli
