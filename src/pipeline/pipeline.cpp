#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "load/read_file.hpp"
#include "model/decode.hpp"
#include "rules/rules.hpp"
#include "schema/validator.hpp"
#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::pipeline {
namespace {

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

Loaded load(const Options& options, DiagnosticSink& sink) {
  Loaded out;
  out.dir = load::find_data_dir(options.data, options.env_data ? options.env_data->c_str() : nullptr, options.cwd);
  const auto schemas = schema::SchemaSet::load(schema_dir_for(out.dir.path));
  out.schema_origin = schemas.origin();
  out.files = load::discover(out.dir, sink);

  // Files are independent: read, parse and validate them on every core.
  std::vector<std::string> texts(out.files.size());
  std::vector<Parsed> parsed(out.files.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;  // the first exception in a worker, rethrown here
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < out.files.size(); i = next++) {
        const auto& f = out.files[i];
        DiagnosticSink local;
        auto text = load::read_file(f.path, f.display, options.limits.max_file_bytes, local);
        if (text) {
          texts[i] = std::move(*text);
          parsed[i].doc = load::parse_yaml(texts[i], f.display, local, options.limits);
        }
        if (parsed[i].doc) schemas.validate(*parsed[i].doc, f.kind, f.display, local);
        parsed[i].clean = parsed[i].doc && !local.has_errors();
        for (auto& d : local.sorted()) sink.report(std::move(d));
      }
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
    if (parsed[i].clean) model::decode(*parsed[i].doc, out.files[i].kind, out.files[i].display, out.archive, sink);
  model::sort_archive(out.archive);
  rules::check(out.archive, out.dir, sink);

  for (std::size_t i = 0; i < out.files.size(); ++i)
    if (!texts[i].empty()) out.texts.emplace(out.files[i].display, std::move(texts[i]));
  return out;
}

}  // namespace mirage::pipeline
