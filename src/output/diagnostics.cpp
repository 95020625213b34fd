#include "output/diagnostics.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace mirage::output {
namespace {

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// A line longer than this many characters is shown as a window around the column,
// so a 100,000-character line (a hostile file) prints as one short line.
constexpr std::size_t kMaxExcerpt = 120;

// The part of `line` to show and the column of the caret in it.
std::pair<std::string, int> excerpt(std::string_view line, int column) {
  std::vector<std::size_t> starts;  // byte offset of every character (UTF-8 lead byte)
  for (std::size_t i = 0; i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() <= kMaxExcerpt) return {std::string(line), column};
  const std::size_t col0 = static_cast<std::size_t>(std::max(1, column)) - 1;
  std::size_t first = col0 > kMaxExcerpt / 2 ? col0 - kMaxExcerpt / 2 : 0;
  first = std::min(first, starts.size() - kMaxExcerpt);
  const std::size_t last = first + kMaxExcerpt;  // one past the last character shown
  std::string out = first > 0 ? "..." : "";
  const std::size_t end_byte = last < starts.size() ? starts[last] : line.size();
  out += line.substr(starts[first], end_byte - starts[first]);
  if (last < starts.size()) out += "...";
  return {out, column - static_cast<int>(first) + (first > 0 ? 3 : 0)};
}

}  // namespace

std::string diagnostics_text(const std::vector<Diagnostic>& diagnostics, const LineLookup& lines, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* red = color ? "\033[1;31m" : "";
  const char* magenta = color ? "\033[1;35m" : "";
  const char* green = color ? "\033[1;32m" : "";
  const char* reset = color ? "\033[0m" : "";
  std::string out;
  for (const auto& d : diagnostics) {
    std::string where = d.file;
    if (d.pos.line > 0) where += fmt::format(":{}:{}", d.pos.line, d.pos.column);
    const bool error = d.severity == Severity::error;
    out += fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, where, reset, error ? red : magenta, to_string(d.severity),
                       reset, d.message, d.rule);
    if (d.pos.line <= 0) continue;
    auto raw = lines(d.file, d.pos.line);
    if (!raw) continue;
    auto [shown, column] = excerpt(*raw, d.pos.column);
    // Control characters (a NUL, an escape) would garble the terminal: each shows as one U+FFFD.
    std::string printable;
    for (char c : text::sanitize_utf8(shown)) {
      const auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\t') || u == 0x7F)
        printable += "\xEF\xBF\xBD";
      else
        printable += c;
    }
    const std::optional<std::string_view> line = printable;
    const std::string number = std::to_string(d.pos.line);
    const std::string gutter(std::max<std::size_t>(number.size(), 4), ' ');
    out += fmt::format("{:>{}} | {}\n", number, gutter.size(), *line);
    // The caret goes under the column, counted in characters; tabs are kept so it lines up.
    std::string pad;
    int col = 1;
    for (std::size_t i = 0; i < line->size() && col < column; ++i) {
      const auto c = static_cast<unsigned char>((*line)[i]);
      if ((c & 0xC0) == 0x80) continue;
      pad.push_back(c == '\t' ? '\t' : ' ');
      ++col;
    }
    out += fmt::format("{} | {}{}{}^{}\n", gutter, pad, std::string(static_cast<std::size_t>(std::max(0, column - col)), ' '), green, reset);
  }
  return out;
}

std::string diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) return "[]\n";
  std::string out = "[\n";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    nlohmann::ordered_json j;
    j["file"] = d.file;
    j["line"] = d.pos.line;
    j["column"] = d.pos.column;
    j["severity"] = to_string(d.severity);
    j["rule"] = d.rule;
    j["message"] = d.message;
    j["path"] = d.path;
    out += "  " + j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out += i + 1 < diagnostics.size() ? ",\n" : "\n";
  }
  return out + "]\n";
}

std::string github_escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out.push_back(c);
  }
  return out;
}

std::string github_escape_property(std::string_view s) {
  std::string out;
  for (char c : github_escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out.push_back(c);
  }
  return out;
}

std::string diagnostics_github(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    std::string properties = "file=" + github_escape_property(text::sanitize_utf8(d.file));
    if (d.pos.line > 0) properties += fmt::format(",line={},col={}", d.pos.line, d.pos.column);
    properties += ",title=" + github_escape_property(d.rule);
    out += fmt::format("::{} {}::{}\n", to_string(d.severity), properties,
                       github_escape_data(text::sanitize_utf8(d.message)));
  }
  return out;
}

std::string validation_summary(std::size_t files, std::size_t errors, std::size_t warnings) {
  return fmt::format("{} checked: {}, {}", plural(files, "file"), plural(errors, "error"), plural(warnings, "warning"));
}

}  // namespace mirage::output
