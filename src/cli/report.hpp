#pragma once
// What every command does with the data directory: load it through the pipeline and
// show the diagnostics the way the user asked for them.
#include <ostream>
#include <vector>

#include "cli/context.hpp"
#include "pipeline/pipeline.hpp"
#include "util/diagnostic.hpp"

namespace mirage::cli {

// The pipeline options for this command line and environment. MIRAGE_TODAY=YYYY-MM-DD
// stands in for today's date (for tests); a malformed value is a usage error.
pipeline::Options pipeline_options(const Context& ctx, const GlobalOptions& global);

// How diagnostics are shown: for people (text), for programs (json), or as GitHub Actions
// workflow commands, which annotate the lines of a pull request (github).
enum class DiagnosticFormat { text, json, github };

// The format asked for ("text", "json", "github"), else github when GITHUB_ACTIONS=true,
// else text.
DiagnosticFormat diagnostic_format(const Context& ctx, const std::optional<std::string>& requested);

// Prints diagnostics to `to` in `format`. As text: file:line:col: severity: message [rule],
// the offending line and a caret, coloured when the stream is a terminal and the user
// allows it. This is the one place commands print diagnostics.
void print_diagnostics(Context& ctx, const GlobalOptions& global, const pipeline::Loaded& loaded,
                       const std::vector<Diagnostic>& diagnostics, std::ostream& to, bool to_is_terminal,
                       DiagnosticFormat format = DiagnosticFormat::text);

// For commands that read the records (list, show, summary, totals, ...): loads the data
// and, when it has errors, prints them to stderr and throws DataInvalid (exit code 1).
// Warnings do not stop a query and are not shown.
pipeline::Loaded load_valid(Context& ctx, const GlobalOptions& global);

}  // namespace mirage::cli
