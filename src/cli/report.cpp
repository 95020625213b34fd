#include "cli/report.hpp"

#include <map>
#include <string_view>

#include <fmt/format.h>

#include "model/date.hpp"
#include "output/diagnostics.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace mirage::cli {

pipeline::Options pipeline_options(const Context& ctx, const GlobalOptions& global) {
  pipeline::Options options;
  options.data = global.data;
  options.env_data = ctx.env("MIRAGE_DATA");
  options.cwd = ctx.cwd;
  options.threads = ctx.threads;
  if (auto today = ctx.env("MIRAGE_TODAY"); today && !today->empty()) {
    auto date = model::parse_date(*today);
    if (!date || date->precision != model::Precision::day)
      throw UsageError(fmt::format("MIRAGE_TODAY must be a day such as 2026-01-31, not '{}'", *today));
    options.today = *date;
  }
  return options;
}

DiagnosticFormat diagnostic_format(const Context& ctx, const std::optional<std::string>& requested) {
  if (requested) {
    if (*requested == "json") return DiagnosticFormat::json;
    if (*requested == "github") return DiagnosticFormat::github;
    return DiagnosticFormat::text;
  }
  if (ctx.env("GITHUB_ACTIONS") == std::optional<std::string>("true")) return DiagnosticFormat::github;
  return DiagnosticFormat::text;
}

void print_diagnostics(Context& ctx, const GlobalOptions& global, const pipeline::Loaded& loaded,
                       const std::vector<Diagnostic>& diagnostics, std::ostream& to, bool to_is_terminal,
                       DiagnosticFormat format) {
  if (format == DiagnosticFormat::json) {
    to << output::diagnostics_json(diagnostics);
    return;
  }
  if (format == DiagnosticFormat::github) {
    to << output::diagnostics_github(diagnostics);
    return;
  }
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
