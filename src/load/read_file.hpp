#pragma once
// Reads one data file, safely: never more than the size limit, never blocking on a
// FIFO or a device, and every failure a diagnostic about that file, not an exception.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "util/diagnostic.hpp"

namespace mirage::load {

// The whole text of `path`, or nothing when it cannot be read (rule `unreadable`), is
// not a regular file (`stray-file`) or is larger than `max_bytes` (`limit`: refused
// from its size, without reading it). Problems are reported under `display`.
std::optional<std::string> read_file(const std::filesystem::path& path, const std::string& display,
                                     std::size_t max_bytes, DiagnosticSink& sink);

}  // namespace mirage::load
