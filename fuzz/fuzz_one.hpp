#pragma once
// One fuzz input through everything mirage does with a data file: the first byte picks
// the kind of file (meeting, investigation, statistic, activity, countries, sources,
// taskforce: byte % 7), the rest is the file. Loader (YAML events -> JSON, hazards,
// limits) -> schema validation -> decode into typed records -> diagnostics as text.
// Shared by the libFuzzer target and the replay program the tests run.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "load/discover.hpp"
#include "load/yaml_parser.hpp"
#include "model/decode.hpp"
#include "output/diagnostics.hpp"
#include "schema/validator.hpp"
#include "util/text.hpp"

namespace mirage::fuzz {

inline const schema::SchemaSet& schemas() {
  static const schema::SchemaSet set = schema::SchemaSet::load(std::nullopt);  // the embedded copy
  return set;
}

inline void fuzz_one(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return;
  static constexpr load::FileKind kinds[] = {
      load::FileKind::meeting,   load::FileKind::investigation, load::FileKind::statistic, load::FileKind::activity,
      load::FileKind::countries, load::FileKind::sources,       load::FileKind::taskforce};
  const load::FileKind kind = kinds[data[0] % 7];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string file = std::string("data/") + (load::folder_name(kind) ? load::folder_name(kind) : "") + "/x.yaml";

  DiagnosticSink sink;
  auto doc = load::parse_yaml(text, file, sink);
  if (doc) {
    DiagnosticSink schema_sink;
    schemas().validate(*doc, kind, file, schema_sink);
    const bool clean = !sink.has_errors() && !schema_sink.has_errors();
    for (auto& d : schema_sink.sorted()) sink.report(std::move(d));
    if (clean) {
      model::Archive archive;
      model::decode(*doc, kind, file, archive, sink);
      model::sort_archive(archive);
    }
  }
  // The diagnostics as a person sees them, with the offending lines.
  std::string_view body = text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  const auto lines = text::split_lines(body);
  const std::string out = output::diagnostics_text(
      sink.sorted(),
      [&](const std::string&, int line) -> std::optional<std::string_view> {
        if (line < 1 || static_cast<std::size_t>(line) > lines.size()) return std::nullopt;
        return lines[static_cast<std::size_t>(line - 1)];
      },
      false);
  (void)out;
}

}  // namespace mirage::fuzz
