#include "git/repository.hpp"

#include <git2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::git {
namespace {

// libgit2 is initialised once for the process and never shut down: other threads may
// still hold objects, and the process ends soon after a command.
void init_once() {
  static const int initialised = git_libgit2_init();
  (void)initialised;
}

std::string last_error() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "unknown libgit2 error";
}

template <class T, void (*Free)(T*)>
struct Owned {
  T* p = nullptr;
  Owned() = default;
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
  ~Owned() {
    if (p) Free(p);
  }
  T** out() { return &p; }
  T* get() const { return p; }
};

using Object = Owned<git_object, git_object_free>;
using Tree = Owned<git_tree, git_tree_free>;
using TreeEntry = Owned<git_tree_entry, git_tree_entry_free>;
using Blob = Owned<git_blob, git_blob_free>;

}  // namespace

struct Repository::Impl {
  git_repository* repo = nullptr;
  ~Impl() {
    if (repo) git_repository_free(repo);
  }

  // The tree `rev` names (a commit's tree, or a tree itself).
  void tree_of(const std::string& rev, Tree& tree) const {
    Object obj;
    if (const int rc = git_revparse_single(obj.out(), repo, rev.c_str()); rc != 0)
      throw InputError(rc == GIT_ENOTFOUND ? fmt::format("unknown revision '{}'", rev)
                                           : fmt::format("revision '{}': {}", rev, last_error()));
    Object peeled;
    if (git_object_peel(peeled.out(), obj.get(), GIT_OBJECT_TREE) != 0)
      throw InputError(fmt::format("revision '{}' names no commit or tree: {}", rev, last_error()));
    if (git_tree_dup(tree.out(), reinterpret_cast<git_tree*>(peeled.get())) != 0)
      throw InputError(fmt::format("revision '{}': {}", rev, last_error()));
  }
};

Repository::Repository(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Repository::Repository(Repository&&) noexcept = default;
Repository& Repository::operator=(Repository&&) noexcept = default;
Repository::~Repository() = default;

Repository Repository::discover(const fs::path& path) {
  init_once();
  auto impl = std::make_unique<Impl>();
  std::error_code ec;
  const fs::path start = fs::absolute(path, ec);
  const int rc = git_repository_open_ext(&impl->repo, start.c_str(), 0, nullptr);
  // libgit2 1.5 reports a repository of another user (not marked safe.directory) as a
  // missing config value: look for it ourselves to say what is wrong.
  auto owned_by_another = [&] {
    for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
      struct stat st {};
      if (::stat((dir / ".git").c_str(), &st) == 0) return st.st_uid != ::geteuid();
      if (dir == dir.parent_path()) break;
    }
    return false;
  };
  if (rc == GIT_EOWNER || (rc != 0 && owned_by_another()))
    throw InputError(fmt::format(
        "{}: its git repository belongs to another user; if you trust it, mark it safe with "
        "'git config --global --add safe.directory <repository>'",
        path.string()));
  if (rc == GIT_ENOTFOUND) throw InputError(fmt::format("{} is not in a git repository", path.string()));
  if (rc != 0) throw InputError(fmt::format("{}: cannot open its git repository: {}", path.string(), last_error()));
  return Repository(std::move(impl));
}

std::optional<fs::path> Repository::workdir() const {
  const char* w = git_repository_workdir(impl_->repo);
  if (!w) return std::nullopt;
  return fs::path(w);
}

std::vector<std::string> Repository::ref_names() const {
  git_strarray refs{};
  std::vector<std::string> out;
  if (git_reference_list(&refs, impl_->repo) != 0) return out;
  for (std::size_t i = 0; i < refs.count; ++i) {
    std::string name = refs.strings[i];
    for (const char* prefix : {"refs/heads/", "refs/remotes/", "refs/tags/"}) {
      if (name.rfind(prefix, 0) == 0) {
        name = name.substr(std::char_traits<char>::length(prefix));
        if (!name.ends_with("/HEAD")) out.push_back(name);
        break;
      }
    }
  }
  git_strarray_dispose(&refs);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::vector<TreeFile>> Repository::files_at(const std::string& rev, const std::string& folder) const {
  // A repository without a commit yet: HEAD has no files.
  if (rev == "HEAD" && git_repository_head_unborn(impl_->repo) == 1) return std::nullopt;
  Tree root;
  impl_->tree_of(rev, root);
  Tree sub;
  const git_tree* tree = root.get();
  if (!folder.empty() && folder != ".") {
    TreeEntry entry;
    const int rc = git_tree_entry_bypath(entry.out(), root.get(), folder.c_str());
    if (rc == GIT_ENOTFOUND) return std::nullopt;
    if (rc != 0) throw InputError(fmt::format("revision '{}': {}", rev, last_error()));
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE) return std::nullopt;
    if (git_tree_lookup(sub.out(), impl_->repo, git_tree_entry_id(entry.get())) != 0)
      throw InputError(fmt::format("revision '{}': {}", rev, last_error()));
    tree = sub.get();
  }

  struct Walk {
    git_repository* repo;
    std::vector<TreeFile> files;
    std::string error;
  } walk{impl_->repo, {}, {}};
  auto callback = [](const char* root_path, const git_tree_entry* entry, void* payload) -> int {
    auto& w = *static_cast<Walk*>(payload);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;  // folders are walked; submodules skipped
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;  // a symbolic link
    Blob blob;
    if (git_blob_lookup(blob.out(), w.repo, git_tree_entry_id(entry)) != 0) {
      w.error = last_error();
      return -1;
    }
    const auto* data = static_cast<const char*>(git_blob_rawcontent(blob.get()));
    const auto size = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
    w.files.push_back({std::string(root_path) + git_tree_entry_name(entry), std::string(data, size)});
    return 0;
  };
  if (git_tree_walk(tree, GIT_TREEWALK_PRE, callback, &walk) != 0)
    throw InputError(fmt::format("revision '{}': cannot read its files: {}",
                                 rev, walk.error.empty() ? last_error() : walk.error));
  return walk.files;
}

}  // namespace mirage::git
