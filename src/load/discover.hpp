#pragma once
// Finds the data directory and the files in it, and tells each file's kind.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace mirage::load {

enum class FileKind { meeting, investigation, statistic, activity, countries, sources, taskforce };

// The schema name of a kind: "meeting", "countries", ...
const char* schema_name(FileKind kind);
// The folder of a record kind under data/ ("meetings"), or nullptr for registries.
const char* folder_name(FileKind kind);
bool is_record_kind(FileKind kind);

struct DataFile {
  std::filesystem::path path;  // to open
  std::string display;         // as shown in diagnostics
  std::string relative;        // relative to the data directory, with '/'
  FileKind kind;
};

struct DataDir {
  std::filesystem::path path;  // to open files
  std::string display;         // prefix shown in diagnostics ("data", "../data", "/srv/x/data")
};

// The kind of the file at `relative` (to the data directory, with '/') when it is a
// file mirage reads: "countries.yaml", "meetings/2009-16.yaml". Anything else (README.md,
// sources/*.txt, hidden files, stray files) has none. For files that are not on disk,
// such as those of a git revision.
std::optional<FileKind> kind_of(std::string_view relative);

// --data, else $MIRAGE_DATA, else the nearest data/ directory of a mirage repository
// above `cwd`. Throws InputError when there is none.
DataDir find_data_dir(const std::optional<std::string>& flag, const char* env_value,
                      const std::filesystem::path& cwd);

// Every file under the data directory, sorted by path. Files that do not belong
// (not YAML, a folder that is no record kind, a link out of the directory) are
// reported to the sink and left out.
std::vector<DataFile> discover(const DataDir& dir, DiagnosticSink& sink);

}  // namespace mirage::load
