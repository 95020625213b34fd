#pragma once
// Cross-record rules: what one schema cannot judge because it lies between files,
// or between a record and its source. Each rule is one function with a stable id.
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/records.hpp"
#include "util/diagnostic.hpp"

namespace mirage::rules {

// What the rules need besides the records.
struct Inputs {
  // Nothing may be dated after this day.
  model::Date today;
  // The archived text of a source, by its path relative to the data directory
  // ("sources/x.txt"); nothing when there is no such file.
  std::function<std::optional<std::string>(const std::string& relative)> read_archive;
  // Ids (file names) of records whose files did not load because they have errors of their
  // own: references to them are not reported again.
  std::set<std::string> unloaded_ids;
  // countries.yaml or sources.yaml exists but has errors: what refers to it is not checked.
  bool countries_unloaded = false;
  bool sources_unloaded = false;
  // A meeting file has errors of its own: its number may be the one that looks missing,
  // so gaps in the numbering are not reported.
  bool meetings_unloaded = false;
};

struct Rule {
  std::string_view id;
  std::string_view severity;  // "error", "warning", or "error or warning"
  std::string_view summary;   // what it catches, in a few words
  void (*check)(const model::Archive& archive, const Inputs& inputs, DiagnosticSink& sink);
};

// Every cross-record rule, in the order they run.
const std::vector<Rule>& all();

// Runs every rule. Reading an archive is done once per source, whichever rules need it.
void check(const model::Archive& archive, const Inputs& inputs, DiagnosticSink& sink);

}  // namespace mirage::rules
