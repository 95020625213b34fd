#include "output/record_diff.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace mirage::output {
namespace {

using nlohmann::json;
using diff::Status;

constexpr std::size_t kValueLimit = 80;

std::string cut(const std::string& s, std::size_t limit) {
  if (limit == 0 || text::utf8_length(s) <= limit) return s;
  std::size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (points == limit - 1) break;
      ++points;
    }
  }
  return s.substr(0, i) + "…";
}

std::string render(const json& v) {
  if (v.is_string()) return text::fold_space(text::sanitize_utf8(v.get<std::string>()));
  if (v.is_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + render(v[i]);
    return out + "]";
  }
  if (v.is_object()) {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, x] : v.items()) {
      out += (first ? "" : ", ") + k + ": " + render(x);
      first = false;
    }
    return out + "}";
  }
  return v.dump();
}

std::string shown(const std::optional<json>& v) { return v ? show_value(*v, kValueLimit) : "(none)"; }

std::string summary_counts(const diff::Counts& c) {
  return fmt::format("{} added, {} removed, {} renamed, {} changed", c.added, c.removed, c.renamed, c.changed);
}

std::string rename_words(const diff::RecordChange& r, std::string_view arrow = "->") {
  if (r.old_id != r.id) return fmt::format("{} {} {} {}", r.kind, r.old_id, arrow, r.id);
  return r.label;
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_[]<>|#~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string md_code(std::string_view s) {
  // A code span needs a fence longer than any run of backticks inside it.
  std::size_t longest = 0, run = 0;
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  std::string body(s);
  for (auto& c : body)
    if (c == '|') c = '/';  // a pipe would end the table cell even inside code
  const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

}  // namespace

std::string show_value(const json& value, std::size_t limit) { return cut(render(value), limit); }

std::string diff_text(const DiffReport& report) {
  std::string out;
  for (const auto& r : report.records) {
    switch (r.status) {
      case Status::added: out += fmt::format("added: {} ({})\n", r.label, r.file); break;
      case Status::removed: out += fmt::format("removed: {} ({})\n", r.label, r.file); break;
      case Status::renamed:
        out += fmt::format("renamed: {} ({} -> {})\n", rename_words(r), r.old_file, r.file);
        break;
      case Status::changed: break;
    }
    for (const auto& f : r.changes)
      out += fmt::format("{}: {} {} -> {}\n", r.label, f.field, shown(f.old_value), shown(f.new_value));
  }
  if (report.answers_skipped) out += fmt::format("answers not compared: {}\n", *report.answers_skipped);
  if (!report.answers.empty()) {
    out += "answers that change:\n";
    for (const auto& a : report.answers)
      out += fmt::format("  {}: {} -> {}\n", a.question, show_value(a.old_value), show_value(a.new_value));
  }
  const auto c = diff::count(report.records);
  if (c.total() == 0)
    out += fmt::format("{} -> {}: no record differs\n", report.from, report.to);
  else
    out += fmt::format("{} -> {}: {}\n", report.from, report.to, summary_counts(c));
  return out;
}

std::string diff_json(const DiffReport& report) {
  using json = nlohmann::ordered_json;  // keys in the order written here, not sorted
  auto ordered = [](const nlohmann::json& v) {
    return json::parse(v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  };
  const auto c = diff::count(report.records);
  json out = json::object();
  out["from"] = report.from;
  out["to"] = report.to;
  out["summary"] = {{"added", c.added}, {"removed", c.removed}, {"renamed", c.renamed}, {"changed", c.changed}};
  json records = json::array();
  for (const auto& r : report.records) {
    json x = {{"status", diff::to_string(r.status)}, {"kind", r.kind}, {"id", r.id}, {"label", r.label}, {"file", r.file}};
    if (r.status == Status::renamed) {
      x["old_id"] = r.old_id;
      x["old_file"] = r.old_file;
    }
    json changes = json::array();
    for (const auto& f : r.changes) {
      json ch = {{"field", f.field}, {"path", f.pointer}};
      if (f.old_value) ch["old"] = ordered(*f.old_value);
      if (f.new_value) ch["new"] = ordered(*f.new_value);
      changes.push_back(std::move(ch));
    }
    x["changes"] = std::move(changes);
    records.push_back(std::move(x));
  }
  out["records"] = std::move(records);
  json answers = json::array();
  for (const auto& a : report.answers) answers.push_back({{"question", a.question}, {"old", ordered(a.old_value)}, {"new", ordered(a.new_value)}});
  if (report.answers_skipped) out["answers"] = nullptr;
  else out["answers"] = std::move(answers);
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string diff_markdown(const DiffReport& report) {
  std::string out = fmt::format("### mirage diff: {} → {}\n\n", md_code(report.from), md_escape(report.to));
  const auto c = diff::count(report.records);
  if (c.total() == 0) {
    out += "No record differs.\n";
  } else {
    out += fmt::format("**{}**\n\n", summary_counts(c));
    out += "| record | change |\n| --- | --- |\n";
    for (const auto& r : report.records) {
      const std::string who = md_escape(r.label);
      switch (r.status) {
        case Status::added: out += fmt::format("| {} | added: {} |\n", who, md_code(r.file)); break;
        case Status::removed: out += fmt::format("| {} | removed: {} |\n", who, md_code(r.file)); break;
        case Status::renamed:
          out += fmt::format("| {} | renamed: {} → {} |\n", md_escape(rename_words(r, "→")), md_code(r.old_file), md_code(r.file));
          break;
        case Status::changed: break;
      }
      for (const auto& f : r.changes)
        out += fmt::format("| {} | {}: {} → {} |\n", who, md_code(f.field),
                           f.old_value ? md_code(show_value(*f.old_value, kValueLimit)) : "*(none)*",
                           f.new_value ? md_code(show_value(*f.new_value, kValueLimit)) : "*(none)*");
    }
  }
  if (report.answers_skipped) out += fmt::format("\n*Answers not compared: {}.*\n", md_escape(*report.answers_skipped));
  if (!report.answers.empty()) {
    out += "\n**Answers that change**\n\n| answer | before | after |\n| --- | --- | --- |\n";
    for (const auto& a : report.answers)
      out += fmt::format("| {} | {} | {} |\n", md_escape(a.question), md_code(show_value(a.old_value)),
                         md_code(show_value(a.new_value)));
  }
  return out;
}

}  // namespace mirage::output
