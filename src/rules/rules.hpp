#pragma once
// Cross-record rules: what one schema cannot judge because it lies between files,
// or between a record and its source. Each rule has a stable id.
#include "load/discover.hpp"
#include "model/records.hpp"
#include "util/diagnostic.hpp"

namespace mirage::rules {

void check(const model::Archive& archive, const load::DataDir& dir, DiagnosticSink& sink);

}  // namespace mirage::rules
