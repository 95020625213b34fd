#pragma once
// What every command does with the data directory: load it through the pipeline and
// show the diagnostics the way the user asked for them.
#include <ostream>
#include <vector>

#include "cli/context.hpp"
#include "pipeline/pipeline.hpp"
#include "util/diagnostic.hpp"

namespace mirage::cli {

// The pipeline options for this command line and environment.
pipeline::Options pipeline_options(const Context& ctx, const GlobalOptions& global);

// Prints diagnostics (file:line:col: severity: message [rule], the offending line and
// a caret) to `to`, coloured when the stream is a terminal and the user allows it.
void print_diagnostics(Context& ctx, const GlobalOptions& global, const pipeline::Loaded& loaded,
                       const std::vector<Diagnostic>& diagnostics, std::ostream& to, bool to_is_terminal);

// For commands that read the records (list, show, summary, totals, ...): loads the data
// and, when it has errors, prints them to stderr and throws DataInvalid (exit code 1).
// Warnings do not stop a query and are not shown.
pipeline::Loaded load_valid(Context& ctx, const GlobalOptions& global);

}  // namespace mirage::cli
