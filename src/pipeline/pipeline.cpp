#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "load/read_file.hpp"
#include "model/decode.hpp"
#include "model/registry.hpp"
#include "rules/rules.hpp"
#include "schema/validator.hpp"
#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::pipeline {
namespace {

// A whole file for read_files and the source archives: load::read_file (never blocking on
// a FIFO), with its problem turned into an InputError, since these callers cannot report
// one per file. The size limit is parse_yaml's to apply.
std::string read_whole(const fs::path& path, const std::string& display) {
  DiagnosticSink problems;
  auto text = load::read_file(path, display, std::numeric_limits<std::size_t>::max(), problems);
  if (!text) throw InputError(fmt::format("{}: {}", display, problems.sorted().front().message));
  return std::move(*text);
}

struct Parsed {
  std::optional<load::Document> doc;
  bool clean = false;  // no problem found in this file: it can be decoded
};

Loaded load_impl(const Options& options, load::DataDir dir, std::vector<load::DataFile> files,
                 std::vector<std::string> texts, DiagnosticSink& sink, bool read_from_disk);

}  // namespace

std::optional<fs::path> schema_dir_for(const fs::path& data_dir) {
  std::error_code ec;
  fs::path abs = fs::absolute(data_dir, ec);
  fs::path dir = abs.lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();
  fs::path candidate = dir.parent_path() / "schemas";
  if (fs::is_directory(candidate, ec)) return candidate;
  return std::nullopt;
}

std::vector<std::string> read_files(const std::vector<load::DataFile>& files) {
  std::vector<std::string> texts(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) texts[i] = read_whole(files[i].path, files[i].display);
  return texts;
}

Loaded load(const Options& options, DiagnosticSink& sink) {
  load::DataDir dir = load::find_data_dir(options.data, options.env_data ? options.env_data->c_str() : nullptr, options.cwd);
  std::vector<load::DataFile> files = load::discover(dir, sink);
  std::vector<std::string> texts(files.size());
  return load_impl(options, std::move(dir), std::move(files), std::move(texts), sink, true);
}

Loaded load_files(const Options& options, load::DataDir dir, std::vector<load::DataFile> files,
                  std::vector<std::string> texts, DiagnosticSink& sink) {
  return load_impl(options, std::move(dir), std::move(files), std::move(texts), sink, false);
}

namespace {

// Files are read in the worker threads (read_from_disk), each failure a diagnostic
// about its file, or were read already (a git revision's, a record about to be written).
Loaded load_impl(const Options& options, load::DataDir dir, std::vector<load::DataFile> files,
                 std::vector<std::string> texts, DiagnosticSink& sink, bool read_from_disk) {
  Loaded out;
  out.dir = std::move(dir);
  const auto schemas = schema::SchemaSet::load(schema_dir_for(out.dir.path));
  out.schema_origin = schemas.origin();
  out.files = std::move(files);

  std::vector<Parsed> parsed(out.files.size());
  auto process = [&](std::size_t i, const schema::Hints& hints) {
    const auto& f = out.files[i];
    DiagnosticSink local;
    if (read_from_disk) {
      auto text = load::read_file(f.path, f.display, options.limits.max_file_bytes, local);
      if (text) texts[i] = std::move(*text);
    }
    if (!read_from_disk || !local.has_errors())
      parsed[i].doc = load::parse_yaml(texts[i], f.display, local, options.limits);
    if (parsed[i].doc) schemas.validate(*parsed[i].doc, f.kind, f.display, local, hints);
    parsed[i].clean = parsed[i].doc && !local.has_errors();
    for (auto& d : local.sorted()) sink.report(std::move(d));
  };

  // The country registry comes first, so that a schema message about a country name can
  // suggest the code meant.
  std::vector<bool> done(out.files.size(), false);
  for (std::size_t i = 0; i < out.files.size(); ++i) {
    if (out.files[i].kind != load::FileKind::countries) continue;
    process(i, {});
    if (parsed[i].clean) model::decode(*parsed[i].doc, out.files[i].kind, out.files[i].display, out.archive, sink);
    done[i] = true;
  }
  schema::Hints hints;
  if (!out.archive.countries.empty())
    hints.country = [&out](std::string_view text) { return model::suggest_country(out.archive, text); };

  // The other files are independent: parse and validate them on every core.
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;  // the first exception in a worker, rethrown here
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < out.files.size(); i = next++)
        if (!done[i]) process(i, hints);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = out.files.size();
    }
  };
  unsigned n = options.threads ? options.threads : std::min(8u, std::max(1u, std::thread::hardware_concurrency()));
  n = static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(1, out.files.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  for (std::size_t i = 0; i < out.files.size(); ++i)
    if (parsed[i].clean && !done[i])
      model::decode(*parsed[i].doc, out.files[i].kind, out.files[i].display, out.archive, sink);
  model::sort_archive(out.archive);

  // What did not load has errors of its own: the rules do not report what refers to it.
  rules::Inputs inputs;
  inputs.today = options.today ? *options.today : model::today();
  for (std::size_t i = 0; i < out.files.size(); ++i) {
    const auto& f = out.files[i];
    if (parsed[i].clean) continue;
    if (f.kind == load::FileKind::countries) inputs.countries_unloaded = true;
    if (f.kind == load::FileKind::sources) inputs.sources_unloaded = true;
    if (f.kind == load::FileKind::meeting) inputs.meetings_unloaded = true;
    if (load::is_record_kind(f.kind)) inputs.unloaded_ids.insert(fs::path(f.relative).stem().string());
  }
  std::set<std::string_view> decoded_statistics;
  for (const auto& st : out.archive.statistics) decoded_statistics.insert(st.file);
  for (const auto& f : out.files)  // clean, but a date in it is no calendar date
    if (f.kind == load::FileKind::statistic && !decoded_statistics.count(f.display))
      inputs.unloaded_ids.insert(fs::path(f.relative).stem().string());
  const fs::path data_dir = out.dir.path;
  inputs.read_archive = [data_dir](const std::string& relative) -> std::optional<std::string> {
    const fs::path p = data_dir / relative;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) return std::nullopt;
    return read_whole(p, p.string());
  };
  rules::check(out.archive, inputs, sink);

  for (std::size_t i = 0; i < out.files.size(); ++i)
    if (!texts[i].empty()) out.texts.emplace(out.files[i].display, std::move(texts[i]));
  out.documents.reserve(parsed.size());
  for (auto& p : parsed) out.documents.push_back(std::move(p.doc));
  return out;
}

}  // namespace

}  // namespace mirage::pipeline
