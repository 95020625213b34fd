#pragma once
// How a change moves the answers readers see: totals and per-country counts.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/records.hpp"

namespace mirage::diff {

// One answer that differs between two versions of the data.
struct AnswerChange {
  std::string question;  // "total victims_identified", "investigations with RO"
  nlohmann::json old_value;
  nlohmann::json new_value;
};

// The totals and per-country counts that differ between the two archives.
//
// TODO(issue 4): not computed yet. The queries (mirage totals / summary, src/query) are
// being written for issue 4; once they are in, compute each answer with them for both
// archives and return those that differ. The formatters (src/output/record_diff.cpp) and
// `mirage diff` already show whatever this returns, in every format.
std::vector<AnswerChange> answers_diff(const model::Archive& old_archive, const model::Archive& new_archive);

}  // namespace mirage::diff
