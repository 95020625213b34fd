#pragma once
// Reading files of a git revision through libgit2, without touching the working tree,
// the index or any ref.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mirage::git {

struct TreeFile {
  std::string path;     // relative to the folder asked for, with '/'
  std::string content;  // the blob's bytes
};

class Repository {
 public:
  // The repository that `path` (a file or folder) belongs to, searching upwards like git.
  // Throws InputError when there is none or it cannot be opened.
  static Repository discover(const std::filesystem::path& path);

  Repository(Repository&&) noexcept;
  Repository& operator=(Repository&&) noexcept;
  ~Repository();

  // The root of the working tree; nullopt for a bare repository.
  std::optional<std::filesystem::path> workdir() const;

  // The names of the branches, remote branches and tags, as git shows them short
  // ("main", "origin/main", "v1.0"), sorted.
  std::vector<std::string> ref_names() const;

  // Every regular file under `folder` ('/'-separated, relative to the repository root,
  // "" for the root) in the tree of `rev` (anything git rev-parse takes: HEAD, main,
  // origin/main, a1b2c3d, HEAD~2, v1.0). Symbolic links and submodules are left out.
  // nullopt when the revision has no such folder, and for HEAD before the first commit.
  // Throws InputError when `rev` names nothing or its objects cannot be read.
  std::optional<std::vector<TreeFile>> files_at(const std::string& rev, const std::string& folder) const;

 private:
  struct Impl;
  explicit Repository(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace mirage::git
