#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "util/atomic_file.hpp"

namespace fs = std::filesystem;
using mirage::fsutil::create_file_exclusive;
using mirage::fsutil::CreateResult;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "mirage-test-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a new file is created with the whole content and nothing else is left behind") {
  TempDir dir;
  const fs::path p = dir.path / "2018-25.yaml";
  CHECK(create_file_exclusive(p, "id: 2018-25\n") == CreateResult::created);
  CHECK(slurp(p) == "id: 2018-25\n");
  CHECK(entries(dir.path) == 1);  // no temporary file
}

TEST_CASE("an existing file is never replaced") {
  TempDir dir;
  const fs::path p = dir.path / "x.yaml";
  { std::ofstream(p) << "old\n"; }
  CHECK(create_file_exclusive(p, "new\n") == CreateResult::exists);
  CHECK(slurp(p) == "old\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("a dangling symbolic link counts as an existing file") {
  TempDir dir;
  const fs::path p = dir.path / "x.yaml";
  fs::create_symlink(dir.path / "nowhere", p);
  CHECK(create_file_exclusive(p, "new\n") == CreateResult::exists);
  CHECK_FALSE(fs::exists(dir.path / "nowhere"));
}

TEST_CASE("the file gets the usual mode of a new file, not the temporary file's 0600") {
  TempDir dir;
  const fs::path p = dir.path / "m.yaml";
  const mode_t old = ::umask(022);
  CHECK(create_file_exclusive(p, "") == CreateResult::created);
  ::umask(old);
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
}

TEST_CASE("a missing directory is a failure, not 'exists'") {
  TempDir dir;
  CHECK_THROWS_AS(create_file_exclusive(dir.path / "no" / "x.yaml", "x"), fs::filesystem_error);
}
