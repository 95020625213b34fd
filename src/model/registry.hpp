#pragma once
// Look-ups in the registries: countries by code or by any name they were known by.
#include <optional>
#include <string>
#include <string_view>

#include "model/records.hpp"

namespace mirage::model {

// The country with this ISO code, exactly.
const Country* find_country(const Archive& archive, std::string_view code);

// The country a user means: a code (any case), the current name, a former name or an
// alias, compared without regard to case ("Macedonia", "FYROM", "moldova", "ro").
const Country* resolve_country(const Archive& archive, std::string_view text);

// The code a user most likely meant by `text`: the country `resolve_country` finds, else the
// one with a code or name closest to `text` by edit distance ("Romnia" -> RO).
std::optional<std::string> suggest_country(const Archive& archive, std::string_view text);

// The name a country had in `year` (its former name when that year falls in the
// former name's years), else its current name.
std::string country_name(const Country& country, std::optional<int> year = std::nullopt);

// Every record of any kind with this id, or nullptr.
const Record* find_record(const Archive& archive, std::string_view id);

}  // namespace mirage::model
