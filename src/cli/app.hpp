#pragma once
#include "cli/context.hpp"

namespace mirage::cli {

// Exit codes, the same for every command.
enum ExitCode : int {
  kExitOk = 0,
  kExitDataInvalid = 1,  // the data has errors (or warnings under --strict)
  kExitUsage = 2,        // a bad command line, or input that cannot be read
  kExitInternal = 3,     // a bug in mirage
};

// Runs the command line in `ctx`. This is the one place that turns exceptions into exit codes.
int run(int argc, const char* const* argv, Context& ctx);

// Runs with the real process's streams, directory and environment.
int main(int argc, char** argv);

}  // namespace mirage::cli
