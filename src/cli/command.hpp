#pragma once
// One file per subcommand; each adds itself to the app and returns how to run it.
#include <functional>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace mirage::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int(Context&, const GlobalOptions&)> run;
};

Command setup_validate(CLI::App& parent);
Command setup_list(CLI::App& parent);
Command setup_show(CLI::App& parent);
Command setup_summary(CLI::App& parent);
Command setup_totals(CLI::App& parent);
Command setup_diff(CLI::App& parent);
Command setup_new(CLI::App& parent);
Command setup_completion(CLI::App& parent);
// `mirage __complete [--] WORDS...`, which the completion scripts call with the words typed
// after `mirage` (the last one being completed): prints one candidate a line, with a tab and
// a description when there is one. Not a CLI11 subcommand: it must take any words at all.
int run_complete(const CLI::App& root, std::vector<std::string> words, Context& ctx, const GlobalOptions& global);

}  // namespace mirage::cli
