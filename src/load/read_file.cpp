#include "load/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace mirage::load {
namespace {

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string size_message(std::size_t bytes, std::size_t max_bytes) {
  return fmt::format("file is {} bytes, more than the {} bytes mirage reads from one file", bytes, max_bytes);
}

}  // namespace

std::optional<std::string> read_file(const std::filesystem::path& path, const std::string& display,
                                     std::size_t max_bytes, DiagnosticSink& sink) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (f.fd < 0) {
    sink.error(display, {}, "unreadable", fmt::format("cannot read file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) {
    sink.error(display, {}, "unreadable", fmt::format("cannot read file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    sink.error(display, {}, "stray-file", "not a regular file (a pipe, socket or device): not read");
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes) {
    sink.error(display, {}, "limit", size_message(size, max_bytes));
    return std::nullopt;
  }
  // Read up to one byte past the limit, in case the file grew since fstat.
  std::string text;
  text.resize(size + 1);
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) {
      if (text.size() > max_bytes) break;
      text.resize(std::min(max_bytes + 1, text.size() * 2));
    }
    const ssize_t n = ::read(f.fd, text.data() + used, text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      sink.error(display, {}, "unreadable", fmt::format("cannot read file: {}", std::strerror(errno)));
      return std::nullopt;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  if (used > max_bytes) {
    sink.error(display, {}, "limit", size_message(used, max_bytes));
    return std::nullopt;
  }
  text.resize(used);
  return text;
}

}  // namespace mirage::load
