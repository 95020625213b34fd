#pragma once
// YAML text -> Document, through yaml-cpp's event API, catching what yaml-cpp lets
// through: duplicate keys, several documents, invalid UTF-8, aliases, deep nesting.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "load/document.hpp"
#include "util/diagnostic.hpp"

namespace mirage::load {

struct Limits {
  std::size_t max_file_bytes = 4 * 1024 * 1024;  // 4 MiB
  int max_depth = 64;
  std::size_t max_nodes = 200'000;
};

// Parses `text` (the whole file). Problems are reported to `sink` under `file`.
// Returns nothing when the file could not be read as YAML at all; a document with
// recoverable problems (a duplicate key, an anchor) is returned and its problems reported.
std::optional<Document> parse_yaml(std::string_view text, const std::string& file, DiagnosticSink& sink,
                                   const Limits& limits = {});

// How a plain (unquoted) scalar is typed by the YAML 1.2 core schema.
nlohmann::json core_schema_scalar(const std::string& value);

}  // namespace mirage::load
