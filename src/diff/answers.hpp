#pragma once
// How a change moves the answers readers see: the all-time totals of every metric
// (mirage totals) and each country's counts (mirage summary).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/records.hpp"

namespace mirage::diff {

// One answer that differs between two versions of the data.
struct AnswerChange {
  std::string question;       // "total persons_detained", "RO investigations"
  nlohmann::json old_value;   // a count, or null where there was none
  nlohmann::json new_value;
};

// The answers that differ between the two archives, computed by the queries themselves
// (src/query), so they are the numbers `mirage totals` and `mirage summary` print:
// - "total <metric>": the all-time total of each metric (totals never add a breakdown to
//   its whole), in metric order;
// - "<code> meetings_hosted", "<code> investigations", "<code> activities": each
//   registered country's counts, by code.
std::vector<AnswerChange> answers_diff(const model::Archive& old_archive, const model::Archive& new_archive);

}  // namespace mirage::diff
