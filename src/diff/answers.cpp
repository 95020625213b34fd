#include "diff/answers.hpp"

#include <map>

#include "query/summary.hpp"
#include "query/totals.hpp"

namespace mirage::diff {
namespace {

using nlohmann::json;

json to_json(const query::Cell& cell) {
  if (const auto* n = std::get_if<long long>(&cell)) return *n;
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  return nullptr;
}

// key column value -> (count column -> value), in the table's row order.
using Counts = std::vector<std::pair<std::string, std::map<std::string, json>>>;

Counts counts(const query::Table& table, const std::string& key, const std::vector<std::string>& columns) {
  Counts out;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const json k = to_json(table.at(r, key));
    if (!k.is_string()) continue;
    std::map<std::string, json> values;
    for (const auto& c : columns) values[c] = to_json(table.at(r, c));
    out.emplace_back(k.get<std::string>(), std::move(values));
  }
  return out;
}

// Keys in the order of the new table, then keys only the old one has.
void compare(const Counts& before, const Counts& after, const std::vector<std::string>& columns,
             const std::string& question_prefix, std::vector<AnswerChange>& out) {
  auto find = [](const Counts& c, const std::string& key) -> const std::map<std::string, json>* {
    for (const auto& [k, v] : c)
      if (k == key) return &v;
    return nullptr;
  };
  std::vector<std::string> keys;
  for (const auto& [k, v] : after) keys.push_back(k);
  for (const auto& [k, v] : before)
    if (!find(after, k)) keys.push_back(k);
  for (const auto& key : keys) {
    const auto* a = find(before, key);
    const auto* b = find(after, key);
    for (const auto& c : columns) {
      const json old_value = a ? a->at(c) : json(nullptr);
      const json new_value = b ? b->at(c) : json(nullptr);
      if (old_value != new_value)
        out.push_back({question_prefix + key + (columns.size() > 1 ? " " + c : ""), old_value, new_value});
    }
  }
}

}  // namespace

std::vector<AnswerChange> answers_diff(const model::Archive& old_archive, const model::Archive& new_archive) {
  std::vector<AnswerChange> out;
  const std::vector<std::string> total{"total"};
  compare(counts(query::totals(old_archive).table, "metric", total),
          counts(query::totals(new_archive).table, "metric", total), total, "total ", out);
  const std::vector<std::string> per_country{"meetings_hosted", "investigations", "activities"};
  compare(counts(query::summary_by_country(old_archive), "code", per_country),
          counts(query::summary_by_country(new_archive), "code", per_country), per_country, "", out);
  return out;
}

}  // namespace mirage::diff
