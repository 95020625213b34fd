#include "diff/snapshot.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::diff {
namespace {

std::string shown(const std::string& folder, const std::string& relative) {
  return folder.empty() ? relative : folder + "/" + relative;
}

Snapshot finish(std::string name, const pipeline::Options& options, const load::DataDir& dir,
                std::vector<load::DataFile> files, std::vector<std::string> texts, std::size_t earlier_errors) {
  DiagnosticSink sink;
  Snapshot s;
  s.name = std::move(name);
  s.loaded = pipeline::load_files(options, dir, std::move(files), std::move(texts), sink);
  for (std::size_t i = 0; i < s.loaded.files.size(); ++i)
    if (!s.loaded.documents[i]) s.unreadable.push_back(s.loaded.files[i].display);
  s.errors = earlier_errors + sink.error_count();
  return s;
}

}  // namespace

Location locate(load::DataDir dir) {
  git::Repository repo = git::Repository::discover(dir.path);
  const auto workdir = repo.workdir();
  if (!workdir) throw InputError(fmt::format("{}: the git repository has no working tree", dir.display));
  std::error_code ec;
  const fs::path data = fs::weakly_canonical(fs::absolute(dir.path, ec), ec);
  const fs::path root = fs::weakly_canonical(*workdir, ec);
  const fs::path rel = data.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..")
    throw InputError(fmt::format("{}: the data directory is not inside its git repository's working tree", dir.display));
  std::string folder = rel.generic_string();
  if (folder == ".") folder.clear();
  return {std::move(repo), std::move(dir), std::move(folder)};
}

Snapshot at_revision(const Location& where, const std::string& rev, const pipeline::Options& options) {
  std::vector<load::DataFile> files;
  std::vector<std::string> texts;
  if (auto tree = where.repo.files_at(rev, where.folder)) {
    std::sort(tree->begin(), tree->end(), [](const git::TreeFile& a, const git::TreeFile& b) { return a.path < b.path; });
    for (auto& f : *tree) {
      const auto kind = load::kind_of(f.path);
      if (!kind) continue;
      files.push_back({where.dir.path / f.path, shown(where.folder, f.path), f.path, *kind});
      texts.push_back(std::move(f.content));
    }
  }
  return finish(rev, options, where.dir, std::move(files), std::move(texts), 0);
}

Snapshot in_working_tree(const Location& where, const pipeline::Options& options) {
  DiagnosticSink sink;
  std::vector<load::DataFile> files = load::discover(where.dir, sink);
  for (auto& f : files) f.display = shown(where.folder, f.relative);
  std::vector<std::string> texts = pipeline::read_files(files);
  return finish("working tree", options, where.dir, std::move(files), std::move(texts), sink.error_count());
}

}  // namespace mirage::diff
