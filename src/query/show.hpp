#pragma once
// mirage show: one record in full, as an ordered tree of fields (a JSON object) that the
// formatters print as text, CSV, JSON or Markdown.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/records.hpp"
#include "query/common.hpp"

namespace mirage::query {

// Every field of the record, in schema order, with: dates as ISO text ("2009", "2009-05",
// "2009-05-19"); countries as {"code", "name"}; references followed, each as a record
// reference {"id", "kind", "date", "name"} (a reference to a missing record has only
// "id"); the records that refer to this one (followed_by, presented_at, figures,
// breakdowns); figures as {metric: count}; citations with the source's title.
// See mirage(1), "show", for every kind's fields.
nlohmann::ordered_json show(const model::Archive& archive, const model::Record& record,
                            Names names = Names::current);

// The ids closest to `id` (for "did you mean"), best first, at most `n`.
std::vector<std::string> similar_ids(const model::Archive& archive, const std::string& id, std::size_t n = 3);

}  // namespace mirage::query
