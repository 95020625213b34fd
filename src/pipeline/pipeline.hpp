#pragma once
// The pipeline every command runs: discover files -> parse YAML -> schema validation
// -> typed records -> cross-record rules. Data problems go to the sink.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/discover.hpp"
#include "load/yaml_parser.hpp"
#include "model/records.hpp"
#include "util/diagnostic.hpp"

namespace mirage::pipeline {

struct Options {
  std::optional<std::string> data;       // --data
  std::optional<std::string> env_data;   // $MIRAGE_DATA
  std::filesystem::path cwd;
  load::Limits limits;
  unsigned threads = 0;                  // 0: as many as the machine has (at most 8)
  std::optional<model::Date> today;      // nothing may be dated later; default: today's date
};

struct Loaded {
  load::DataDir dir;
  std::string schema_origin;
  std::vector<load::DataFile> files;
  std::map<std::string, std::string> texts;  // display path -> file text, for showing lines
  model::Archive archive;
  // The parsed document of files[i], when its YAML could be read (even if the schema
  // then found errors in it).
  std::vector<std::optional<load::Document>> documents;
};

// Loads and checks the whole data directory. Throws InputError when the data
// directory or a file cannot be read, or the schemas are broken.
Loaded load(const Options& options, DiagnosticSink& sink);

// The same checks on files already in memory (a git revision's, or the data directory's
// plus a record about to be written): `texts[i]` is the content of `files[i]`, whose
// `path` need not exist. `dir` names the data directory the files belong to.
Loaded load_files(const Options& options, load::DataDir dir, std::vector<load::DataFile> files,
                  std::vector<std::string> texts, DiagnosticSink& sink);

// Every file of the data directory with its content, as load() reads them.
// Throws InputError when a file cannot be read.
std::vector<std::string> read_files(const std::vector<load::DataFile>& files);

// The schemas/ folder beside the data directory, when there is one.
std::optional<std::filesystem::path> schema_dir_for(const std::filesystem::path& data_dir);

}  // namespace mirage::pipeline
