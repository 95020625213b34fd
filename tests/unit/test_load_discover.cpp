#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "load/discover.hpp"
#include "util/errors.hpp"

namespace fs = std::filesystem;
using mirage::DiagnosticSink;
using mirage::load::discover;
using mirage::load::FileKind;
using mirage::load::find_data_dir;

namespace {

struct TempTree {
  fs::path root;
  TempTree() {
    root = fs::temp_directory_path() / ("mirage-discover-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~TempTree() { fs::remove_all(root); }
  void file(const std::string& rel, const std::string& text = "x: 1\n") const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << text;
  }
};

}  // namespace

TEST_CASE("find_data_dir: --data, then MIRAGE_DATA, then the nearest data/ above") {
  TempTree t;
  t.file("repo/data/countries.yaml");
  t.file("repo/data/meetings/2009-16.yaml");
  t.file("repo/src/deep/x.txt");
  auto found = find_data_dir(std::nullopt, nullptr, t.root / "repo/src/deep");
  CHECK(found.display == "../../data");
  CHECK(fs::equivalent(found.path, t.root / "repo/data"));
  auto inside = find_data_dir(std::nullopt, nullptr, t.root / "repo/data/meetings");
  CHECK(inside.display == "..");
  auto flag = find_data_dir(std::string((t.root / "repo/data").string()), "/nowhere", t.root);
  CHECK(flag.display == (t.root / "repo/data").string());
  auto env = find_data_dir(std::nullopt, (t.root / "repo/data").c_str(), t.root);
  CHECK(env.path == t.root / "repo/data");
  CHECK_THROWS_AS(find_data_dir(std::string("/nonexistent-mirage"), nullptr, t.root), mirage::InputError);
  CHECK_THROWS_WITH_AS(find_data_dir(std::nullopt, "/nonexistent-mirage", t.root),
                       "MIRAGE_DATA /nonexistent-mirage: no such directory", mirage::InputError);
}

TEST_CASE("find_data_dir: a data/ folder that is not mirage's is passed over") {
  TempTree t;
  t.file("outer/data/meetings/a.yaml");
  t.file("outer/inner/data/random.csv");
  auto found = find_data_dir(std::nullopt, nullptr, t.root / "outer/inner");
  CHECK(found.display == "../data");
}

TEST_CASE("discover classifies files and reports what does not belong") {
  TempTree t;
  t.file("data/countries.yaml");
  t.file("data/sources.yaml");
  t.file("data/taskforce.yaml");
  t.file("data/README.md");
  t.file("data/.gitkeep");
  t.file("data/meetings/2009-16.yaml");
  t.file("data/meetings/2010-17.yml");
  t.file("data/meetings/notes.txt");
  t.file("data/meetings/sub/x.yaml");
  t.file("data/investigations/2009-tara.yaml");
  t.file("data/statistics/s.yaml");
  t.file("data/activities/a.yaml");
  t.file("data/sources/src.txt");
  t.file("data/sources/src.pdf");
  t.file("data/people/p.yaml");
  t.file("data/extra.yaml");
  DiagnosticSink sink;
  auto files = discover({t.root / "data", "data"}, sink);
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.relative);
  CHECK(names == std::vector<std::string>{"activities/a.yaml", "countries.yaml", "investigations/2009-tara.yaml",
                                          "meetings/2009-16.yaml", "meetings/2010-17.yml", "sources.yaml",
                                          "statistics/s.yaml", "taskforce.yaml"});
  CHECK(files[0].kind == FileKind::activity);
  CHECK(files[0].display == "data/activities/a.yaml");
  CHECK(files[1].kind == FileKind::countries);
  auto d = sink.sorted();
  REQUIRE(d.size() == 5);
  CHECK(d[0].file == "data/extra.yaml");
  CHECK(d[1].file == "data/meetings/notes.txt");
  CHECK(d[1].message == "not a YAML file: records are <id>.yaml");
  CHECK(d[2].file == "data/meetings/sub");
  CHECK(d[3].file == "data/people");
  CHECK(d[4].file == "data/sources/src.pdf");
  for (const auto& x : d) CHECK(x.rule == "stray-file");
}

TEST_CASE("discover refuses a link that leads outside the data directory") {
  TempTree t;
  t.file("outside/secret.yaml");
  t.file("data/meetings/ok.yaml");
  fs::create_symlink(t.root / "outside/secret.yaml", t.root / "data/meetings/link.yaml");
  fs::create_symlink(t.root / "data/meetings/ok.yaml", t.root / "data/meetings/inner.yaml");
  DiagnosticSink sink;
  auto files = discover({t.root / "data", "data"}, sink);
  REQUIRE(files.size() == 2);
  auto d = sink.sorted();
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == "data/meetings/link.yaml");
  CHECK(d[0].message == "symbolic link leads outside the data directory: not read");
}
