#pragma once
// Differences between two versions of the data, by record rather than by line:
// records added, removed, renamed and changed, and for each the fields that changed.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/discover.hpp"
#include "load/document.hpp"

namespace mirage::diff {

// One record or registry entry as the diff sees it.
struct Item {
  std::string kind;   // meeting, investigation, statistic, activity, country, source, taskforce
  std::string id;     // the record id; a country's code; "taskforce" for the task force
  std::string label;  // how it is named to the reader: "meeting 16", "investigation 2009-tara"
  std::string file;   // where it is, as shown
  nlohmann::json value;
};

// Every record and registry entry in parsed files. `documents[i]` belongs to `files[i]`;
// files without a document (unreadable YAML) are left out.
std::vector<Item> items(const std::vector<load::DataFile>& files,
                        const std::vector<std::optional<load::Document>>& documents);

struct FieldChange {
  std::string field;  // as shown: "date", "citations[1].quote"
  std::string pointer;  // JSON pointer: "/date", "/citations/1/quote"
  std::optional<nlohmann::json> old_value;  // nullopt: the field was added
  std::optional<nlohmann::json> new_value;  // nullopt: the field was removed
};

enum class Status { added, removed, renamed, changed };
const char* to_string(Status s);

struct RecordChange {
  Status status = Status::changed;
  std::string kind;
  std::string id;        // the new id (the old one for a removed record)
  std::string old_id;    // for renamed records
  std::string label;
  std::string file;      // the new file (the old one for a removed record)
  std::string old_file;  // for renamed records
  std::vector<FieldChange> changes;  // for changed and renamed records
};

struct Counts {
  std::size_t added = 0, removed = 0, renamed = 0, changed = 0;
  std::size_t total() const { return added + removed + renamed + changed; }
};

// The field-level differences between two values of one record, leaves first by key
// (objects are compared key by key, lists of records item by item, lists of plain values
// as a whole). The record's id is compared like any field.
std::vector<FieldChange> compare_values(const nlohmann::json& old_value, const nlohmann::json& new_value);

// How alike two versions of a record are, from 0 (nothing in common) to 1 (the same),
// leaving the id out: the share of fields that have the same value in both.
double similarity(const nlohmann::json& a, const nlohmann::json& b);

// Records are matched by kind and id; a record left without a match on both sides is a
// rename when its content is at least half the same as its counterpart's (best pairs
// first), so a renamed file is neither removed nor added. The result is in kind order
// (meeting, investigation, statistic, activity, country, source, taskforce), then by id.
std::vector<RecordChange> compare(const std::vector<Item>& old_items, const std::vector<Item>& new_items);

Counts count(const std::vector<RecordChange>& changes);

}  // namespace mirage::diff
