#include "model/registry.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace mirage::model {

const Country* find_country(const Archive& archive, std::string_view code) {
  auto it = std::find_if(archive.countries.begin(), archive.countries.end(),
                         [&](const Country& c) { return c.code.value == code; });
  return it == archive.countries.end() ? nullptr : &*it;
}

const Country* resolve_country(const Archive& archive, std::string_view text) {
  const std::string wanted = text::to_lower(text::fold_space(text));
  for (const auto& c : archive.countries)
    if (text::to_lower(c.code.value) == wanted || text::to_lower(c.name.value) == wanted) return &c;
  for (const auto& c : archive.countries) {
    for (const auto& f : c.former_names)
      if (text::to_lower(f.name) == wanted) return &c;
    for (const auto& a : c.aliases)
      if (text::to_lower(a) == wanted) return &c;
  }
  return nullptr;
}

std::optional<std::string> suggest_country(const Archive& archive, std::string_view text) {
  if (const Country* c = resolve_country(archive, text)) return c->code.value;
  std::vector<std::string> names;
  std::vector<const Country*> owners;
  for (const auto& c : archive.countries) {
    auto add = [&](const std::string& n) {
      names.push_back(n);
      owners.push_back(&c);
    };
    add(c.code.value);
    add(c.name.value);
    for (const auto& f : c.former_names) add(f.name);
    for (const auto& a : c.aliases) add(a);
  }
  const auto guess = text::closest(text, names);
  if (!guess) return std::nullopt;
  return owners[static_cast<std::size_t>(std::find(names.begin(), names.end(), *guess) - names.begin())]->code.value;
}

std::string country_name(const Country& country, std::optional<int> year) {
  if (year)
    for (const auto& f : country.former_names)
      if ((!f.from || *f.from <= *year) && (!f.to || *year <= *f.to)) return f.name;
  return country.name.value;
}

const Record* find_record(const Archive& archive, std::string_view id) {
  // Each list is sorted by id (sort_archive): a binary search, so that resolving every
  // reference of a large archive stays n log n.
  auto find = [&](const auto& list) -> const Record* {
    auto it = std::lower_bound(list.begin(), list.end(), id,
                               [](const auto& r, std::string_view key) { return r.id.value < key; });
    return it != list.end() && it->id.value == id ? &*it : nullptr;
  };
  if (auto r = find(archive.meetings)) return r;
  if (auto r = find(archive.investigations)) return r;
  if (auto r = find(archive.statistics)) return r;
  return find(archive.activities);
}

}  // namespace mirage::model
