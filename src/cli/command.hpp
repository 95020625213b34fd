#pragma once
// One file per subcommand; each adds itself to the app and returns how to run it.
#include <functional>
#include <string>

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

}  // namespace mirage::cli
