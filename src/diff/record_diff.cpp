#include "diff/record_diff.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "schema/validator.hpp"

namespace mirage::diff {
namespace {

using nlohmann::json;

constexpr std::array<const char*, 7> kKindOrder{"meeting", "investigation", "statistic", "activity",
                                                 "country", "source", "taskforce"};

std::size_t kind_rank(const std::string& kind) {
  auto it = std::find(kKindOrder.begin(), kKindOrder.end(), kind);
  return static_cast<std::size_t>(it - kKindOrder.begin());
}

std::string record_label(const std::string& kind, const std::string& id, const json& value) {
  if (kind == "meeting" && value.is_object() && value.contains("number") && value["number"].is_number_integer())
    return fmt::format("meeting {}", value["number"].get<long long>());
  if (kind == "taskforce") return "taskforce";
  return kind + " " + id;
}

Item make_item(std::string kind, std::string id, const std::string& file, json value) {
  Item item;
  item.label = record_label(kind, id, value);
  item.kind = std::move(kind);
  item.id = std::move(id);
  item.file = file;
  item.value = std::move(value);
  return item;
}

std::string string_or(const json& v, const char* key, const std::string& fallback) {
  if (v.is_object() && v.contains(key) && v[key].is_string()) return v[key].get<std::string>();
  return fallback;
}

bool is_plain(const json& v) { return !v.is_object() && !v.is_array(); }

bool all_plain(const json& list) {
  return std::all_of(list.begin(), list.end(), [](const json& v) { return is_plain(v); });
}

void compare_into(const json& a, const json& b, const std::string& pointer, std::vector<FieldChange>& out) {
  if (a == b) return;
  auto change = [&](std::optional<json> old_value, std::optional<json> new_value, const std::string& p) {
    out.push_back({schema::display_path(p), p, std::move(old_value), std::move(new_value)});
  };
  if (a.is_object() && b.is_object()) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : a.items()) keys.push_back(k);
    for (const auto& [k, v] : b.items())
      if (!a.contains(k)) keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    for (const auto& k : keys) {
      const std::string p = load::pointer_append(pointer, k);
      if (!b.contains(k)) change(a[k], std::nullopt, p);
      else if (!a.contains(k)) change(std::nullopt, b[k], p);
      else compare_into(a[k], b[k], p, out);
    }
    return;
  }
  if (a.is_array() && b.is_array() && !(all_plain(a) && all_plain(b))) {
    const std::size_t n = std::max(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
      const std::string p = load::pointer_append(pointer, i);
      if (i >= b.size()) change(a[i], std::nullopt, p);
      else if (i >= a.size()) change(std::nullopt, b[i], p);
      else compare_into(a[i], b[i], p, out);
    }
    return;
  }
  change(a, b, pointer);
}

// Leaves: JSON pointer -> value, lists of plain values counting as one leaf.
void flatten(const json& v, const std::string& pointer, std::map<std::string, json>& out) {
  if (v.is_object()) {
    for (const auto& [k, x] : v.items()) flatten(x, load::pointer_append(pointer, k), out);
  } else if (v.is_array() && !all_plain(v)) {
    for (std::size_t i = 0; i < v.size(); ++i) flatten(v[i], load::pointer_append(pointer, i), out);
  } else {
    out[pointer] = v;
  }
}

bool change_less(const RecordChange& a, const RecordChange& b) {
  const auto ka = kind_rank(a.kind), kb = kind_rank(b.kind);
  if (ka != kb) return ka < kb;
  if (a.id != b.id) return a.id < b.id;
  return static_cast<int>(a.status) < static_cast<int>(b.status);
}

}  // namespace

const char* to_string(Status s) {
  switch (s) {
    case Status::added: return "added";
    case Status::removed: return "removed";
    case Status::renamed: return "renamed";
    case Status::changed: return "changed";
  }
  return "?";
}

std::vector<Item> items(const std::vector<load::DataFile>& files,
                        const std::vector<std::optional<load::Document>>& documents) {
  std::vector<Item> out;
  for (std::size_t i = 0; i < files.size() && i < documents.size(); ++i) {
    if (!documents[i]) continue;
    const auto& f = files[i];
    const json& root = documents[i]->root;
    switch (f.kind) {
      case load::FileKind::countries:
      case load::FileKind::sources: {
        const bool countries = f.kind == load::FileKind::countries;
        const char* list = countries ? "countries" : "sources";
        if (!root.is_object() || !root.contains(list) || !root[list].is_array()) break;
        std::size_t n = 0;
        for (const auto& entry : root[list]) {
          ++n;
          std::string id = string_or(entry, countries ? "code" : "id", fmt::format("#{}", n));
          out.push_back(make_item(countries ? "country" : "source", std::move(id), f.display, entry));
        }
        break;
      }
      case load::FileKind::taskforce:
        out.push_back(make_item("taskforce", "taskforce", f.display, root));
        break;
      default: {
        const std::string stem = std::filesystem::path(f.relative).stem().string();
        out.push_back(make_item(load::schema_name(f.kind), string_or(root, "id", stem), f.display, root));
      }
    }
  }
  return out;
}

std::vector<FieldChange> compare_values(const json& old_value, const json& new_value) {
  std::vector<FieldChange> out;
  compare_into(old_value, new_value, "", out);
  return out;
}

double similarity(const json& a, const json& b) {
  std::map<std::string, json> fa, fb;
  flatten(a, "", fa);
  flatten(b, "", fb);
  fa.erase("/id");
  fb.erase("/id");
  const std::size_t n = std::max(fa.size(), fb.size());
  if (n == 0) return 1.0;
  std::size_t same = 0;
  for (const auto& [p, v] : fa)
    if (auto it = fb.find(p); it != fb.end() && it->second == v) ++same;
  return static_cast<double>(same) / static_cast<double>(n);
}

std::vector<RecordChange> compare(const std::vector<Item>& old_items, const std::vector<Item>& new_items) {
  std::vector<RecordChange> out;
  // Match by kind and id (the first of duplicates; the rest are unmatched).
  std::map<std::pair<std::string, std::string>, std::size_t> new_by_key;
  for (std::size_t i = 0; i < new_items.size(); ++i) new_by_key.emplace(std::pair{new_items[i].kind, new_items[i].id}, i);
  std::vector<bool> old_matched(old_items.size()), new_matched(new_items.size());
  for (std::size_t i = 0; i < old_items.size(); ++i) {
    auto it = new_by_key.find({old_items[i].kind, old_items[i].id});
    if (it == new_by_key.end() || new_matched[it->second]) continue;
    const Item& a = old_items[i];
    const Item& b = new_items[it->second];
    old_matched[i] = new_matched[it->second] = true;
    auto changes = compare_values(a.value, b.value);
    // The same record in another file (moved, or its extension changed) is a rename too.
    const bool moved = a.file != b.file && a.kind != "country" && a.kind != "source";
    if (changes.empty() && !moved) continue;
    RecordChange c{moved ? Status::renamed : Status::changed, b.kind, b.id, moved ? a.id : "", b.label, b.file,
                   moved ? a.file : "", std::move(changes)};
    out.push_back(std::move(c));
  }

  // Renames: unmatched pairs of one kind, most alike first, at least half the same.
  struct Pair {
    double score;
    std::size_t old_index, new_index;
  };
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < old_items.size(); ++i) {
    if (old_matched[i]) continue;
    for (std::size_t j = 0; j < new_items.size(); ++j) {
      if (new_matched[j] || new_items[j].kind != old_items[i].kind) continue;
      const double s = similarity(old_items[i].value, new_items[j].value);
      if (s >= 0.5) pairs.push_back({s, i, j});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.score > y.score; });
  for (const auto& p : pairs) {
    if (old_matched[p.old_index] || new_matched[p.new_index]) continue;
    old_matched[p.old_index] = new_matched[p.new_index] = true;
    const Item& a = old_items[p.old_index];
    const Item& b = new_items[p.new_index];
    auto changes = compare_values(a.value, b.value);
    std::erase_if(changes, [](const FieldChange& f) { return f.pointer == "/id"; });
    out.push_back({Status::renamed, b.kind, b.id, a.id, b.label, b.file, a.file, std::move(changes)});
  }

  for (std::size_t i = 0; i < old_items.size(); ++i)
    if (!old_matched[i])
      out.push_back({Status::removed, old_items[i].kind, old_items[i].id, "", old_items[i].label, old_items[i].file, "", {}});
  for (std::size_t j = 0; j < new_items.size(); ++j)
    if (!new_matched[j])
      out.push_back({Status::added, new_items[j].kind, new_items[j].id, "", new_items[j].label, new_items[j].file, "", {}});
  std::stable_sort(out.begin(), out.end(), change_less);
  return out;
}

Counts count(const std::vector<RecordChange>& changes) {
  Counts c;
  for (const auto& x : changes) {
    switch (x.status) {
      case Status::added: ++c.added; break;
      case Status::removed: ++c.removed; break;
      case Status::renamed: ++c.renamed; break;
      case Status::changed: ++c.changed; break;
    }
  }
  return c;
}

}  // namespace mirage::diff
