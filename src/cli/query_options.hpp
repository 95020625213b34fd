#pragma once
// What the query commands (list, show, summary, totals) share: --format, --names, the
// period options, and turning user words (countries, kinds, metrics) into values, with
// "did you mean" when a word is unknown (UsageError, exit 2).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "model/records.hpp"
#include "output/formats.hpp"
#include "query/common.hpp"
#include "query/table.hpp"

namespace CLI {
class App;
}

namespace mirage::cli {

struct OutputOptions {
  std::string format = "table";
  std::string names = "current";
};

// Adds --format (and, with `names`, --names) to a command.
void add_output_options(CLI::App& app, OutputOptions& options, bool names);

struct PeriodOptions {
  std::string year, from, to;
};

// Adds --year, --from, --to.
void add_period_options(CLI::App& app, PeriodOptions& options, const std::string& what);

// The period the options give; UsageError for a malformed date, --year with --from or
// --to, or --from after --to.
query::Period period(const PeriodOptions& options);

query::Names names(const OutputOptions& options);

// A country code from a code, current name, former name or alias; UsageError otherwise.
std::string resolve_country(const model::Archive& archive, const std::string& text);

// An enum value from its name ("meeting"); UsageError naming the option and the allowed
// values, with a suggestion, otherwise.
template <class E>
E parse_enum_option(const std::string& text, const std::string& option);

// Prints a table in the chosen format to stdout; for the table format, the count line
// ("12 records") goes to stderr.
void print_table(Context& ctx, const GlobalOptions& global, const OutputOptions& options, const query::Table& table);

// Prints a record view in the chosen format.
void print_record(Context& ctx, const GlobalOptions& global, const OutputOptions& options,
                  const nlohmann::ordered_json& record);

}  // namespace mirage::cli
