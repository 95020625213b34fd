#pragma once
// The only exceptions mirage throws: real failures, not problems in the data.
#include <stdexcept>
#include <string>

namespace mirage {

// The command line is wrong (exit code 2).
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// An input cannot be read: a missing data directory, an unreadable file (exit code 2).
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The data has errors, already shown to the user; a command that needs valid data
// stops (exit code 1).
struct DataInvalid : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace mirage
