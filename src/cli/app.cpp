#include "cli/app.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/command.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace mirage::cli {

bool use_color(const GlobalOptions& global, const Context& ctx, bool is_terminal) {
  if (global.color == "always") return true;
  if (global.color == "never") return false;
  if (auto no_color = ctx.env("NO_COLOR"); no_color && !no_color->empty()) return false;
  return is_terminal;
}

int run(int argc, const char* const* argv, Context& ctx) {
  CLI::App app{
      "mirage keeps the record of Task Force Mirage (SECI Center, today SELEC) as YAML files,\n"
      "checks them against JSON Schemas and answers questions about them.",
      "mirage"};
  app.set_version_flag("--version", std::string("mirage ") + MIRAGE_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(
      "Data directory: --data DIR, else $MIRAGE_DATA, else the nearest data/ of a mirage repository\n"
      "above the working directory.\n"
      "Exit codes: 0 success, 1 invalid data, 2 usage error or unreadable input, 3 internal error.\n"
      "See mirage(1) for the record model, every rule id and the output formats.\n");

  GlobalOptions global;
  app.add_option("--data", global.data, "Data directory (default: $MIRAGE_DATA, else the nearest data/)")
      ->type_name("DIR");
  app.add_option("--color", global.color, "Colour output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");

  std::vector<Command> commands;
  commands.push_back(setup_validate(app));
  commands.push_back(setup_list(app));
  commands.push_back(setup_show(app));
  commands.push_back(setup_summary(app));
  commands.push_back(setup_totals(app));
  commands.push_back(setup_diff(app));
  commands.push_back(setup_new(app));
  commands.push_back(setup_completion(app));

  try {
    if (argc > 1 && std::string_view(argv[1]) == "__complete")
      return run_complete(app, std::vector<std::string>(argv + 2, argv + argc), ctx, global);
    // Name an unknown command plainly, with a suggestion, before CLI11 parses.
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--data" || arg == "--color") {
        ++i;
        continue;
      }
      if (arg.empty() || arg[0] == '-') continue;
      if (std::find(names.begin(), names.end(), arg) == names.end()) {
        std::string message = fmt::format("unknown command '{}'", arg);
        if (auto guess = text::closest(arg, names)) message += fmt::format(": did you mean '{}'?", *guess);
        throw UsageError(message);
      }
      break;
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      ctx.out << app.help();
      return kExitOk;
    } catch (const CLI::CallForAllHelp&) {
      ctx.out << app.help("", CLI::AppFormatMode::All);
      return kExitOk;
    } catch (const CLI::CallForVersion& e) {
      ctx.out << e.what() << "\n";
      return kExitOk;
    } catch (const CLI::RequiredError& e) {
      if (std::none_of(commands.begin(), commands.end(), [](const Command& c) { return c.app->parsed(); }))
        throw UsageError("a command is required: " + text::join_or(names));
      throw UsageError(e.what());
    } catch (const CLI::ParseError& e) {
      throw UsageError(e.what());
    }
    for (auto& c : commands)
      if (c.app->parsed()) return c.run(ctx, global);
    throw UsageError("a command is required: " + text::join_or(names));
  } catch (const UsageError& e) {
    ctx.err << "mirage: error: " << e.what() << "\n"
            << "Run 'mirage --help' for usage.\n";
    return kExitUsage;
  } catch (const DataInvalid& e) {
    ctx.err << "mirage: error: " << e.what() << "\n";
    return kExitDataInvalid;
  } catch (const InputError& e) {
    ctx.err << "mirage: error: " << e.what() << "\n";
    return kExitUsage;
  } catch (const std::exception& e) {
    ctx.err << "mirage: internal error: " << e.what() << "\n"
            << "This is a bug in mirage; please report it with the command that caused it.\n";
    return kExitInternal;
  }
}

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  Context ctx{std::cout, std::cerr, std::filesystem::current_path(), [](const std::string& name) -> std::optional<std::string> {
                const char* v = std::getenv(name.c_str());
                if (!v) return std::nullopt;
                return std::string(v);
              }};
  ctx.out_is_terminal = isatty(STDOUT_FILENO) != 0;
  ctx.err_is_terminal = isatty(STDERR_FILENO) != 0;
  if (ctx.out_is_terminal) {
    // Fit the terminal: $COLUMNS when set to a number, else the tty's width.
    if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
      char* end = nullptr;
      const long n = std::strtol(columns, &end, 10);
      if (*end == '\0' && n > 0) ctx.width = static_cast<std::size_t>(n);
    }
    winsize ws{};
    if (ctx.width == 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) ctx.width = ws.ws_col;
  }
  const int code = run(argc, argv, ctx);
  std::cout.flush();
  return code;
}

}  // namespace mirage::cli
