#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "model/decode.hpp"
#include "rules/rules.hpp"
#include "schema/validator.hpp"
#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::pipeline {
namespace {

std::string read_file(const load::DataFile& f) {
  std::ifstream in(f.path, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot read file", f.display));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw InputError(fmt::format("{}: cannot read file", f.display));
  return ss.str();
}

struct Parsed {
  std::optional<load::Document> doc;
  bool clean = false;  // no problem found in this file: it can be decoded
};

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
  for (std::size_t i = 0; i < files.size(); ++i) texts[i] = read_file(files[i]);
  return texts;
}

Loaded load(const Options& options, DiagnosticSink& sink) {
  load::DataDir dir = load::find_data_dir(options.data, options.env_data ? options.env_data->c_str() : nullptr, options.cwd);
  std::vector<load::DataFile> files = load::discover(dir, sink);
  std::vector<std::string> texts = read_files(files);
  return load_files(options, std::move(dir), std::move(files), std::move(texts), sink);
}

Loaded load_files(const Options& options, load::DataDir dir, std::vector<load::DataFile> files,
                  std::vector<std::string> texts, DiagnosticSink& sink) {
  Loaded out;
  out.dir = std::move(dir);
  const auto schemas = schema::SchemaSet::load(schema_dir_for(out.dir.path));
  out.schema_origin = schemas.origin();
  out.files = std::move(files);

  // Files are independent: parse and validate them on every core.
  std::vector<Parsed> parsed(out.files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < out.files.size(); i = next++) {
      const auto& f = out.files[i];
      DiagnosticSink local;
      parsed[i].doc = load::parse_yaml(texts[i], f.display, local, options.limits);
      if (parsed[i].doc) schemas.validate(*parsed[i].doc, f.kind, f.display, local);
      parsed[i].clean = parsed[i].doc && !local.has_errors();
      for (auto& d : local.sorted()) sink.report(std::move(d));
    }
  };
  unsigned n = options.threads ? options.threads : std::min(8u, std::max(1u, std::thread::hardware_concurrency()));
  n = static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(1, out.files.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  for (std::size_t i = 0; i < out.files.size(); ++i)
    if (parsed[i].clean) model::decode(*parsed[i].doc, out.files[i].kind, out.files[i].display, out.archive, sink);
  model::sort_archive(out.archive);
  rules::check(out.archive, out.dir, sink);

  for (std::size_t i = 0; i < out.files.size(); ++i) out.texts.emplace(out.files[i].display, std::move(texts[i]));
  out.documents.reserve(parsed.size());
  for (auto& p : parsed) out.documents.push_back(std::move(p.doc));
  return out;
}

}  // namespace mirage::pipeline
