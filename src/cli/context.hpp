#pragma once
// What a command sees of the world: streams, working directory, environment, terminal.
// The real process fills it in main; tests fill it with string streams.
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace mirage::cli {

struct Context {
  std::ostream& out;
  std::ostream& err;
  std::filesystem::path cwd;
  std::function<std::optional<std::string>(const std::string&)> env;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  std::size_t width = 0;  // the terminal's columns when out is a terminal ($COLUMNS, else the tty's); 0: no limit
  unsigned threads = 0;  // 0: all cores
};

// Options every command takes.
struct GlobalOptions {
  std::optional<std::string> data;
  std::string color = "auto";
};

// Whether to colour a stream: --color, then NO_COLOR, then whether it is a terminal.
bool use_color(const GlobalOptions& global, const Context& ctx, bool is_terminal);

}  // namespace mirage::cli
