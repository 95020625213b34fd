#pragma once
// Diagnostics: problems in the user's data. They are collected, never thrown,
// and reported together in a stable order.
#include <mutex>
#include <string>
#include <vector>

namespace mirage {

// A place in a file, 1-based; line 0 means "the file as a whole".
struct Position {
  int line = 0;
  int column = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

enum class Severity { error, warning };

const char* to_string(Severity s);

struct Diagnostic {
  std::string file;     // path as shown to the user
  Position pos;
  Severity severity = Severity::error;
  std::string rule;     // stable rule id, shown as [rule]
  std::string message;  // plain words: what is wrong and what is allowed
  std::string path;     // JSON pointer of the value concerned ("" for the file)
};

// Sort key: file, line, column, then severity, rule and message.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

// Collects diagnostics from every stage; thread-safe so files can be loaded in parallel.
class DiagnosticSink {
 public:
  void report(Diagnostic d);
  void error(std::string file, Position pos, std::string rule, std::string message, std::string path = {});
  void warning(std::string file, Position pos, std::string rule, std::string message, std::string path = {});

  // The diagnostics in their stable order.
  std::vector<Diagnostic> sorted() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

}  // namespace mirage
