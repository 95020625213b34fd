#include "rules/rules.hpp"

namespace mirage::rules {

void check(const model::Archive&, const load::DataDir&, DiagnosticSink&) {}

}  // namespace mirage::rules
