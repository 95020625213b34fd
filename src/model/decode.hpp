#pragma once
// Schema-valid documents -> typed records. Only values the schema cannot judge
// (calendar dates) can still be wrong here; they are reported, not thrown.
#include <string>

#include "load/discover.hpp"
#include "load/document.hpp"
#include "model/records.hpp"
#include "util/diagnostic.hpp"

namespace mirage::model {

// Adds the record or registry entries in `doc` (a file of `kind`) to `archive`.
void decode(const load::Document& doc, load::FileKind kind, const std::string& file, Archive& archive,
            DiagnosticSink& sink);

// Sorts every list of the archive into its canonical order (records by id, countries by code).
void sort_archive(Archive& archive);

}  // namespace mirage::model
