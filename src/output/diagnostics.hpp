#pragma once
// Diagnostics as text for people: file:line:col: severity: message [rule], the
// offending line, and a caret under the column.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace mirage::output {

// Returns the text of line `line` (1-based) of `file`, or nothing.
using LineLookup = std::function<std::optional<std::string_view>(const std::string& file, int line)>;

std::string diagnostics_text(const std::vector<Diagnostic>& diagnostics, const LineLookup& lines, bool color);

// "12 files checked: 1 error, 2 warnings"
std::string validation_summary(std::size_t files, std::size_t errors, std::size_t warnings);

}  // namespace mirage::output
