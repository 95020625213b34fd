#pragma once
// `mirage diff` results as text, JSON and Markdown (for a pull-request comment or a
// GitHub job summary).
#include <optional>
#include <string>
#include <vector>

#include "diff/answers.hpp"
#include "diff/record_diff.hpp"

namespace mirage::output {

struct DiffReport {
  std::string from;  // "HEAD", "origin/main"
  std::string to;    // "working tree", "HEAD"
  std::vector<diff::RecordChange> records;
  std::vector<diff::AnswerChange> answers;
  // Why the answers were not compared (a side has errors), when they were not.
  std::optional<std::string> answers_skipped;
};

// One line per added, removed or renamed record and per changed field
// ("meeting 16: date 2009-05-18 -> 2009-05-19"), then a summary line.
std::string diff_text(const DiffReport& report);
// {"from", "to", "summary": {added, removed, renamed, changed}, "records": [...], "answers": [...]}
std::string diff_json(const DiffReport& report);
// A heading, the summary and a table of the changes.
std::string diff_markdown(const DiffReport& report);

// A value as shown in text and Markdown: strings as they are (white space folded),
// lists as [a, b], records as {key: value}; cut to `limit` characters (0: no limit).
std::string show_value(const nlohmann::json& value, std::size_t limit = 0);

}  // namespace mirage::output
