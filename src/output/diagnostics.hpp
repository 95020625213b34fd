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

// Diagnostics as a JSON array, one object per line:
// {"file", "line", "column", "severity", "rule", "message", "path"}; line and column are 0
// when a diagnostic is about a whole file, path is the JSON pointer of the value ("" for
// the whole file).
std::string diagnostics_json(const std::vector<Diagnostic>& diagnostics);

// Diagnostics as GitHub Actions workflow commands, which annotate the lines of a pull request:
// ::error file=F,line=L,col=C,title=RULE::message (::warning for warnings).
std::string diagnostics_github(const std::vector<Diagnostic>& diagnostics);

// Escaping for workflow commands: % CR LF in a message; also : and , in a property.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

// "12 files checked: 1 error, 2 warnings"
std::string validation_summary(std::size_t files, std::size_t errors, std::size_t warnings);

}  // namespace mirage::output
