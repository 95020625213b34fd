#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "load/read_file.hpp"

namespace fs = std::filesystem;
using mirage::DiagnosticSink;
using mirage::load::read_file;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "mirage-read-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

}  // namespace

TEST_CASE("a file is read whole") {
  TempDir dir;
  write(dir.path / "a.yaml", "id: x\n");
  DiagnosticSink sink;
  auto text = read_file(dir.path / "a.yaml", "a.yaml", 100, sink);
  REQUIRE(text);
  CHECK(*text == "id: x\n");
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("a file over the limit is refused from its size, without reading it") {
  TempDir dir;
  // A sparse file of 1 GiB: reading it would take seconds and a gigabyte.
  const fs::path big = dir.path / "big.yaml";
  write(big, "");
  fs::resize_file(big, 1024ull * 1024 * 1024);
  DiagnosticSink sink;
  CHECK_FALSE(read_file(big, "big.yaml", 4 * 1024 * 1024, sink));
  const auto d = sink.sorted();
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "limit");
  CHECK(d[0].message == "file is 1073741824 bytes, more than the 4194304 bytes mirage reads from one file");
}

TEST_CASE("a file exactly at the limit is read") {
  TempDir dir;
  write(dir.path / "a.yaml", std::string(10, 'x'));
  DiagnosticSink sink;
  CHECK(read_file(dir.path / "a.yaml", "a.yaml", 10, sink));
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("a FIFO is refused without blocking") {
  TempDir dir;
  const fs::path fifo = dir.path / "pipe.yaml";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  DiagnosticSink sink;
  CHECK_FALSE(read_file(fifo, "pipe.yaml", 100, sink));
  REQUIRE(sink.sorted().size() == 1);
  CHECK(sink.sorted()[0].rule == "stray-file");
}

TEST_CASE("a missing or unreadable file is a diagnostic, not an exception") {
  TempDir dir;
  DiagnosticSink sink;
  CHECK_FALSE(read_file(dir.path / "missing.yaml", "missing.yaml", 100, sink));
  REQUIRE(sink.sorted().size() == 1);
  CHECK(sink.sorted()[0].rule == "unreadable");
  CHECK(sink.sorted()[0].message == "cannot read file: No such file or directory");
  if (geteuid() != 0) {  // root reads anything
    write(dir.path / "secret.yaml", "id: x\n");
    fs::permissions(dir.path / "secret.yaml", fs::perms::none);
    DiagnosticSink denied;
    CHECK_FALSE(read_file(dir.path / "secret.yaml", "secret.yaml", 100, denied));
    REQUIRE(denied.sorted().size() == 1);
    CHECK(denied.sorted()[0].message == "cannot read file: Permission denied");
  }
}
