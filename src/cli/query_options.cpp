#include "cli/query_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "model/registry.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace mirage::cli {

void add_output_options(CLI::App& app, OutputOptions& options, bool with_names) {
  app.add_option("--format", options.format, "Output format: table (default), csv, json, markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}))
      ->type_name("FORMAT");
  if (with_names)
    app.add_option("--names", options.names,
                   "Country names: current (default), or historical (as the country was called then)")
        ->check(CLI::IsMember({"current", "historical"}))
        ->type_name("WHICH");
}

void add_period_options(CLI::App& app, PeriodOptions& options, const std::string& what) {
  app.add_option("--year", options.year, "Only " + what + " in this year")->type_name("YEAR");
  app.add_option("--from", options.from, "Only " + what + " from this date on (2008, 2008-05 or 2008-05-19)")
      ->type_name("DATE");
  app.add_option("--to", options.to, "Only " + what + " up to this date, inclusive")->type_name("DATE");
}

namespace {

model::Date date_option(const std::string& text, const std::string& option, bool year_only) {
  std::string why;
  auto d = model::parse_date(text, &why);
  if (!d || (year_only && d->precision != model::Precision::year)) {
    if (!why.empty()) throw UsageError(fmt::format("{} {}", option, why));
    throw UsageError(fmt::format("{} takes {}, not '{}'", option,
                                 year_only ? "a year (2009)" : "a date: a year (2008), a month (2008-05) or a day (2008-05-19)",
                                 text));
  }
  return *d;
}

}  // namespace

query::Period period(const PeriodOptions& options) {
  query::Period p;
  if (!options.year.empty()) {
    if (!options.from.empty() || !options.to.empty())
      throw UsageError("--year cannot be combined with --from or --to");
    p.from = p.to = date_option(options.year, "--year", true);
    return p;
  }
  if (!options.from.empty()) p.from = date_option(options.from, "--from", false);
  if (!options.to.empty()) p.to = date_option(options.to, "--to", false);
  if (p.from && p.to && p.from->first_day() > p.to->last_day())
    throw UsageError(fmt::format("--from {} is after --to {}", p.from->to_string(), p.to->to_string()));
  return p;
}

query::Names names(const OutputOptions& options) {
  return options.names == "historical" ? query::Names::historical : query::Names::current;
}

std::string resolve_country(const model::Archive& archive, const std::string& text) {
  if (const model::Country* c = model::resolve_country(archive, text)) return c->code.value;
  std::vector<std::string> candidates;
  for (const auto& c : archive.countries) {
    candidates.push_back(c.code.value);
    candidates.push_back(c.name.value);
    for (const auto& f : c.former_names) candidates.push_back(f.name);
    for (const auto& a : c.aliases) candidates.push_back(a);
  }
  std::string message = fmt::format("--country: no country '{}' in the registry", text);
  if (auto guess = text::closest(text, candidates)) message += fmt::format(": did you mean '{}'?", *guess);
  else message += " (give an ISO code such as RO, or a name)";
  throw UsageError(message);
}

template <class E>
E parse_enum_option(const std::string& text, const std::string& option) {
  if (auto v = model::parse_enum<E>(text)) return *v;
  const auto allowed = model::enum_strings<E>();
  std::string message = fmt::format("{}: unknown value '{}'", option, text);
  if (auto guess = text::closest(text, allowed)) message += fmt::format(": did you mean '{}'?", *guess);
  message += fmt::format(" (allowed: {})", text::join_or(allowed));
  throw UsageError(message);
}

template model::Kind parse_enum_option<model::Kind>(const std::string&, const std::string&);
template model::Crime parse_enum_option<model::Crime>(const std::string&, const std::string&);
template model::Metric parse_enum_option<model::Metric>(const std::string&, const std::string&);

namespace {

output::Style style_for(Context& ctx, const GlobalOptions& global) {
  output::Style style;
  style.color = use_color(global, ctx, ctx.out_is_terminal);
  style.width = ctx.out_is_terminal ? ctx.width : 0;
  return style;
}

}  // namespace

void print_table(Context& ctx, const GlobalOptions& global, const OutputOptions& options, const query::Table& table) {
  const output::Format f = *output::parse_format(options.format);
  ctx.out << output::format(table, f, style_for(ctx, global));
  if (f == output::Format::table) ctx.err << table.count_line() << "\n";
}

void print_record(Context& ctx, const GlobalOptions& global, const OutputOptions& options,
                  const nlohmann::ordered_json& record) {
  ctx.out << output::format_record(record, *output::parse_format(options.format), style_for(ctx, global));
}

}  // namespace mirage::cli
