#include "cli/report.hpp"

#include <map>
#include <string_view>

#include "output/diagnostics.hpp"
#include "util/errors.hpp"
#include <fmt/format.h>

#include "util/text.hpp"

namespace mirage::cli {

pipeline::Options pipeline_options(const Context& ctx, const GlobalOptions& global) {
  pipeline::Options options;
  options.data = global.data;
  options.env_data = ctx.env("MIRAGE_DATA");
  options.cwd = ctx.cwd;
  options.threads = ctx.threads;
  return options;
}

void print_diagnostics(Context& ctx, const GlobalOptions& global, const pipeline::Loaded& loaded,
                       const std::vector<Diagnostic>& diagnostics, std::ostream& to, bool to_is_terminal) {
  // Each file is split into lines once, however many diagnostics it has.
  std::map<std::string, std::vector<std::string_view>, std::less<>> split;
  auto lines = [&](const std::string& file, int line) -> std::optional<std::string_view> {
    auto cached = split.find(file);
    if (cached == split.end()) {
      auto it = loaded.texts.find(file);
      if (it == loaded.texts.end()) return std::nullopt;
      std::string_view text = it->second;
      if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
      cached = split.emplace(file, text::split_lines(text)).first;
    }
    const auto& all = cached->second;
    if (line < 1 || static_cast<std::size_t>(line) > all.size()) return std::nullopt;
    return all[static_cast<std::size_t>(line - 1)];
  };
  to << output::diagnostics_text(diagnostics, lines, use_color(global, ctx, to_is_terminal));
}

pipeline::Loaded load_valid(Context& ctx, const GlobalOptions& global) {
  DiagnosticSink sink;
  pipeline::Loaded loaded = pipeline::load(pipeline_options(ctx, global), sink);
  if (!sink.has_errors()) return loaded;
  std::vector<Diagnostic> errors;
  for (auto& d : sink.sorted())
    if (d.severity == Severity::error) errors.push_back(std::move(d));
  print_diagnostics(ctx, global, loaded, errors, ctx.err, ctx.err_is_terminal);
  throw DataInvalid(fmt::format("the data has {} error{}: run 'mirage validate' and fix them first",
                                errors.size(), errors.size() == 1 ? "" : "s"));
}

}  // namespace mirage::cli
