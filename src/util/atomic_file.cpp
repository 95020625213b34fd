#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace fs = std::filesystem;

namespace mirage::fsutil {
namespace {

[[noreturn]] void fail(const std::string& what, const fs::path& p, int err) {
  throw fs::filesystem_error(what, p, std::error_code(err, std::generic_category()));
}

// Closes and removes the temporary file unless released.
struct TempFile {
  int fd = -1;
  std::string path;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
  }
};

void write_all(int fd, std::string_view content, const fs::path& p) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", p, errno);
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

void sync_directory(const fs::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: the file is in place either way
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

CreateResult create_file_exclusive(const fs::path& path, std::string_view content) {
  const fs::path dir = path.parent_path();
  // Hidden, so that a reader of the directory that skips dot files never sees it.
  TempFile tmp;
  std::string pattern = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  tmp.fd = ::mkostemp(pattern.data(), O_CLOEXEC);  // O_CREAT | O_EXCL, mode 0600
  if (tmp.fd < 0) fail("cannot create a file in", dir.empty() ? fs::path(".") : dir, errno);
  tmp.path = pattern;

  // Give the file the mode a new file would get (0666 less the umask), not mkstemp's 0600.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(tmp.fd, 0666 & ~mask) != 0) fail("cannot set the mode of", tmp.path, errno);

  write_all(tmp.fd, content, tmp.path);
  if (::fsync(tmp.fd) != 0) fail("cannot write", tmp.path, errno);
  if (::close(tmp.fd) != 0) {
    tmp.fd = -1;
    fail("cannot write", tmp.path, errno);
  }
  tmp.fd = -1;

  if (::link(tmp.path.c_str(), path.c_str()) != 0) {
    const int err = errno;
    if (err == EEXIST) return CreateResult::exists;
    if (err != EPERM && err != ENOTSUP && err != EOPNOTSUPP && err != EXDEV) fail("cannot create", path, err);
    // No hard links here: rename, but never over an existing file.
    if (::renameat2(AT_FDCWD, tmp.path.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) != 0) {
      if (errno == EEXIST) return CreateResult::exists;
      fail("cannot create", path, errno);
    }
    tmp.path.clear();  // renamed: nothing left to remove
  }
  sync_directory(dir);
  return CreateResult::created;
}

}  // namespace mirage::fsutil
