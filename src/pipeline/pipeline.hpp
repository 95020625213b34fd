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
};

// Loads and checks the whole data directory. Throws InputError when the data
// directory or a file cannot be read, or the schemas are broken.
Loaded load(const Options& options, DiagnosticSink& sink);

// The schemas/ folder beside the data directory, when there is one.
std::optional<std::filesystem::path> schema_dir_for(const std::filesystem::path& data_dir);

}  // namespace mirage::pipeline
