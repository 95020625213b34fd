#pragma once
// A new record file drafted from the values an editor gives: the given fields filled in,
// the others left as commented placeholders, in the schema's key order.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/discover.hpp"

namespace mirage::edit {

// How a given value is written: `text` is always a string (quoted when YAML would read
// it as something else); `raw` is written as an editor would type it, so 25 is a number
// and 2009 a year, and a bad value gets the message a hand-written file would get.
enum class Style { text, raw };

struct Value {
  Style style = Style::text;
  std::vector<std::string> items;  // one for a single value; a list field has any number
  bool list = false;
};

struct Citation {
  std::string source;
  std::string quote;
};

struct Draft {
  load::FileKind kind = load::FileKind::meeting;
  // Top-level fields by key ("city", "countries"); a statistic's period is "period/from"
  // and "period/to", its figures "figures/<metric>".
  std::map<std::string, Value> fields;
  std::vector<Citation> citations;
};

// The keys of a record kind in the schema's order, id first.
const std::vector<std::string>& field_order(load::FileKind kind);

// Lowercase letters and digits in groups joined by single hyphens, at most `max_words`
// groups: "Operation TARA (2009)" -> "operation-tara-2009".
std::string slug(std::string_view text, std::size_t max_words = 6);

// The id the data's naming convention (data/README.md) gives the draft, or nullopt when
// the values it needs are missing (say which in `why`):
//   meeting <year>-<number>, investigation <year>-<name or description>,
//   statistic <from year>[-<to year>]-<title>, activity [<year>-]<title>.
std::optional<std::string> conventional_id(const Draft& draft, std::string* why = nullptr);

// The YAML text of the record: the `# yaml-language-server: $schema=<schema_ref>` line when
// a schema reference is given, then every key of the kind in order, given ones with their
// values and the others commented out with the schema's description (`descriptions`: the
// kind's schema document).
std::string render(const Draft& draft, const std::string& id, const std::optional<std::string>& schema_ref,
                   const nlohmann::json& schema);

// A scalar as YAML: plain when YAML reads it back as the same string (or, for `raw`, when
// it needs no quoting), else double-quoted with escapes.
std::string yaml_scalar(std::string_view s, Style style, bool in_flow = false);

}  // namespace mirage::edit
