#pragma once
// JSON Schema validation of parsed documents, with every error mapped back to the
// position of the value or key it is about, in plain words.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "load/discover.hpp"
#include "load/document.hpp"
#include "util/diagnostic.hpp"

namespace mirage::schema {

// What the validator may consult to suggest a value.
struct Hints {
  // The country code meant by a text that is no code ("Romania", "ro"), when there is one.
  std::function<std::optional<std::string>(std::string_view)> country;
};

class SchemaSet {
 public:
  // The schemas in `dir` when given, else the copy embedded at build time.
  // Throws InputError when a schema file is missing, unreadable or not valid JSON.
  static SchemaSet load(const std::optional<std::filesystem::path>& dir);

  SchemaSet(SchemaSet&&) noexcept;
  SchemaSet& operator=(SchemaSet&&) noexcept;
  ~SchemaSet();

  // Reports every schema violation of `doc` (a file of `kind`) to the sink.
  void validate(const load::Document& doc, load::FileKind kind, const std::string& file,
                DiagnosticSink& sink, const Hints& hints = {}) const;

  // Where the schemas came from: the folder, or "(embedded)".
  const std::string& origin() const;

  // The raw schema documents by file name, for tools that read them (enum values, descriptions).
  const std::map<std::string, nlohmann::json>& documents() const;

 private:
  SchemaSet();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A readable name for the value at a JSON pointer: "/citations/0/quote" -> "citations[0].quote".
std::string display_path(std::string_view pointer);

}  // namespace mirage::schema
