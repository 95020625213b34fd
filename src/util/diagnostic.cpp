#include "util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace mirage {

const char* to_string(Severity s) { return s == Severity::error ? "error" : "warning"; }

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.pos.line, a.pos.column, a.severity, a.rule, a.message) <
         std::tie(b.file, b.pos.line, b.pos.column, b.severity, b.rule, b.message);
}

void DiagnosticSink::report(Diagnostic d) {
  std::lock_guard lock(mutex_);
  items_.push_back(std::move(d));
}

void DiagnosticSink::error(std::string file, Position pos, std::string rule, std::string message,
                           std::string path) {
  report({std::move(file), pos, Severity::error, std::move(rule), std::move(message), std::move(path)});
}

void DiagnosticSink::warning(std::string file, Position pos, std::string rule, std::string message,
                             std::string path) {
  report({std::move(file), pos, Severity::warning, std::move(rule), std::move(message), std::move(path)});
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::lock_guard lock(mutex_);
  auto out = items_;
  std::stable_sort(out.begin(), out.end(), diagnostic_less);
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return a.file == b.file && a.pos == b.pos && a.rule == b.rule &&
                                 a.message == b.message && a.severity == b.severity;
                        }),
            out.end());
  return out;
}

std::size_t DiagnosticSink::error_count() const {
  auto all = sorted();
  return static_cast<std::size_t>(
      std::count_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t DiagnosticSink::warning_count() const {
  auto all = sorted();
  return static_cast<std::size_t>(
      std::count_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

}  // namespace mirage
