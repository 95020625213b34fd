// mirage completion bash|zsh|fish, and the hidden `mirage __complete WORDS...` the scripts
// call: it walks the CLI11 command tree itself (commands, options and what each option
// takes) and reads the data for country codes and record ids, so completion never falls
// behind the commands.
#include <algorithm>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/command.hpp"
#include "cli/report.hpp"
#include "git/repository.hpp"
#include "model/records.hpp"
#include "pipeline/pipeline.hpp"
#include "util/errors.hpp"

namespace mirage::cli {
namespace {

struct Candidate {
  std::string value;
  std::string description;
};

bool visible(const CLI::App* app) { return !app->get_group().empty(); }

// The options that apply in `app`: its own and those of the commands above it (global
// options may stand anywhere).
std::vector<const CLI::Option*> options_in(const CLI::App* app) {
  std::vector<const CLI::Option*> out;
  for (const CLI::App* a = app; a; a = a->get_parent())
    for (const auto* o : a->get_options([](const CLI::Option* o) { return o->nonpositional(); })) out.push_back(o);
  return out;
}

const CLI::Option* find_option(const CLI::App* app, const std::string& word) {
  for (const auto* o : options_in(app)) {
    for (const auto& l : o->get_lnames())
      if (word == "--" + l) return o;
    for (const auto& s : o->get_snames())
      if (word == "-" + s) return o;
  }
  return nullptr;
}

bool takes_value(const CLI::Option* o) { return o->get_type_size_max() > 0; }

// The words of a CLI11 set validator in a type name: "FORMAT:{text,json}" -> text, json.
std::vector<std::string> member_values(const std::string& type_name) {
  const auto open = type_name.find('{');
  const auto close = type_name.rfind('}');
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string item;
  for (char c : type_name.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

template <class E>
std::vector<Candidate> enum_candidates() {
  std::vector<Candidate> out;
  for (const auto& e : model::enum_names(E{})) out.push_back({std::string(e.name), ""});
  return out;
}

// What the completer knows of the world: the data (loaded on first use) and git.
class World {
 public:
  World(Context& ctx, GlobalOptions global) : ctx_(ctx), global_(std::move(global)) {}

  const model::Archive* archive() {
    if (!tried_) {
      tried_ = true;
      try {
        DiagnosticSink sink;  // completion shows what it can read, whatever is wrong elsewhere
        loaded_ = pipeline::load(pipeline_options(ctx_, global_), sink);
      } catch (const std::exception&) {
        loaded_.reset();
      }
    }
    return loaded_ ? &loaded_->archive : nullptr;
  }

  std::vector<Candidate> revisions() {
    std::vector<Candidate> out{{"HEAD", "the last commit"}};
    try {
      const auto options = pipeline_options(ctx_, global_);
      const auto dir = load::find_data_dir(options.data, options.env_data ? options.env_data->c_str() : nullptr, options.cwd);
      for (auto& r : git::Repository::discover(dir.path).ref_names()) out.push_back({std::move(r), ""});
    } catch (const std::exception&) {
    }
    return out;
  }

 private:
  Context& ctx_;
  GlobalOptions global_;
  bool tried_ = false;
  std::optional<pipeline::Loaded> loaded_;
};

// Candidates for the value of an option (or a positional) by what it takes, named by its
// type name: KIND, METRIC, CODE, ID, REV, SHELL, FORM, CRIME, SCOPE, TYPE, or a set.
std::vector<Candidate> values_for(const CLI::Option* o, World& world) {
  const std::string full = o->get_type_name();
  if (auto members = member_values(full); !members.empty()) {
    std::vector<Candidate> out;
    for (auto& m : members) out.push_back({std::move(m), ""});
    return out;
  }
  const std::string type = full.substr(0, full.find(':'));
  if (type == "KIND") return enum_candidates<model::Kind>();
  if (type == "METRIC") return enum_candidates<model::Metric>();
  if (type == "METRIC=COUNT") {
    auto out = enum_candidates<model::Metric>();
    for (auto& c : out) c.value += "=";
    return out;
  }
  if (type == "FORM") return enum_candidates<model::InvestigationForm>();
  if (type == "CRIME") return enum_candidates<model::Crime>();
  if (type == "SCOPE") return enum_candidates<model::Scope>();
  if (type == "TYPE") return enum_candidates<model::ActivityType>();
  if (type == "CODE" || type == "COUNTRY") {
    std::vector<Candidate> out;
    if (const auto* a = world.archive())
      for (const auto& c : a->countries) out.push_back({c.code.value, c.name.value});
    return out;
  }
  if (type == "ID") {
    std::vector<Candidate> out;
    if (const auto* a = world.archive()) {
      auto add = [&](const auto& records, const char* kind) {
        for (const auto& r : records) out.push_back({r.id.value, kind});
      };
      add(a->meetings, "meeting");
      add(a->investigations, "investigation");
      add(a->statistics, "statistic");
      add(a->activities, "activity");
      for (const auto& s : a->sources) out.push_back({s.id.value, "source"});
      std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) { return x.value < y.value; });
    }
    return out;
  }
  if (type == "REV") return world.revisions();
  return {};  // files, directories, free text: the shell's own completion
}

std::vector<Candidate> complete(const CLI::App& root, std::vector<std::string> words, World& world) {
  if (words.empty()) words.emplace_back();
  const std::string current = words.back();
  words.pop_back();

  const CLI::App* app = &root;
  const CLI::Option* pending = nullptr;  // an option whose value the next word is
  std::size_t positionals = 0;
  bool only_positionals = false;
  for (const auto& w : words) {
    if (pending) {
      pending = nullptr;
      continue;
    }
    if (!only_positionals && w == "--") {
      only_positionals = true;
      continue;
    }
    if (!only_positionals && w.size() > 1 && w[0] == '-') {
      if (w.find('=') != std::string::npos) continue;
      if (const auto* o = find_option(app, w); o && takes_value(o)) pending = o;
      continue;
    }
    const auto subs = app->get_subcommands([&](const CLI::App* s) { return s->get_name() == w; });
    if (!only_positionals && positionals == 0 && !subs.empty()) {
      app = subs.front();
      continue;
    }
    ++positionals;
  }

  std::vector<Candidate> out;
  std::string prefix = current;
  std::string emit_prefix;
  if (pending) {
    out = values_for(pending, world);
  } else if (!only_positionals && current.rfind("--", 0) == 0 && current.find('=') != std::string::npos) {
    const auto eq = current.find('=');
    if (const auto* o = find_option(app, current.substr(0, eq)); o && takes_value(o)) out = values_for(o, world);
    emit_prefix = current.substr(0, eq + 1);
    prefix = current.substr(eq + 1);
  } else if (!only_positionals && !current.empty() && current[0] == '-') {
    for (const auto* o : options_in(app)) {
      for (const auto& l : o->get_lnames()) out.push_back({"--" + l, o->get_description()});
      for (const auto& s : o->get_snames())
        if (current.size() == 1 || current == "-" + s) out.push_back({"-" + s, o->get_description()});
    }
  } else {
    if (positionals == 0 && !only_positionals)
      for (const auto* s : app->get_subcommands(visible)) out.push_back({s->get_name(), s->get_description()});
    for (const auto* o : app->get_options([](const CLI::Option* o) { return o->get_positional(); }))
      for (auto& c : values_for(o, world)) out.push_back(std::move(c));
  }

  std::vector<Candidate> matching;
  for (auto& c : out)
    if (c.value.rfind(prefix, 0) == 0 && std::none_of(matching.begin(), matching.end(), [&](const Candidate& m) {
          return m.value == emit_prefix + c.value;
        }))
      matching.push_back({emit_prefix + c.value, c.description});
  return matching;
}

// The scripts: thin shims that hand the words typed so far to `mirage __complete` and
// fall back to file names when it offers nothing (--data DIR, free text).
constexpr const char* kBash = R"(# bash completion for mirage: add to ~/.bashrc
#   source <(mirage completion bash)
# or save as /usr/share/bash-completion/completions/mirage
_mirage() {
  local line=${COMP_LINE:0:COMP_POINT}
  local -a words
  read -ra words <<<"$line"
  [[ $line =~ [[:space:]]$ ]] && words+=("")
  local cur=${words[${#words[@]}-1]} c
  local IFS=$'\n'
  COMPREPLY=()
  for c in $("${words[0]}" __complete -- "${words[@]:1}" 2>/dev/null); do
    c=${c%%$'\t'*}
    # bash completes the part after '=' of --option=value on its own
    [[ $cur == *=* ]] && c=${c#"${cur%=*}="}
    COMPREPLY+=("$c")
  done
}
complete -o default -o bashdefault -F _mirage mirage
)";

constexpr const char* kZsh = R"(#compdef mirage
# zsh completion for mirage: save as _mirage in a folder of $fpath, or add to ~/.zshrc
# (after compinit)
#   source <(mirage completion zsh)
_mirage() {
  local -a lines described
  local line value
  lines=("${(@f)$(${words[1]} __complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
  for line in $lines; do
    [[ -z $line ]] && continue
    value=${line%%$'\t'*}
    value=${value//:/\\:}
    if [[ $line == *$'\t'* && -n ${line#*$'\t'} ]]; then
      described+=("$value:${line#*$'\t'}")
    else
      described+=("$value")
    fi
  done
  if (( ${#described} )); then
    _describe -t mirage 'mirage' described
  else
    _files
  fi
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _mirage "$@"
else
  compdef _mirage mirage
fi
)";

constexpr const char* kFish = R"(# fish completion for mirage: save as ~/.config/fish/completions/mirage.fish, or run
#   mirage completion fish | source
function __mirage_complete
    set -l tokens (commandline -opc) (commandline -ct)
    set -l out ($tokens[1] __complete -- $tokens[2..-1] 2>/dev/null)
    if test (count $out) -eq 0
        __fish_complete_path (commandline -ct)
    else
        printf '%s\n' $out
    end
end
complete -c mirage -f -a '(__mirage_complete)'
)";

}  // namespace

Command setup_completion(CLI::App& parent) {
  auto shell = std::make_shared<std::string>();
  CLI::App* app = parent.add_subcommand("completion", "Print a shell completion script for bash, zsh or fish");
  app->add_option("shell", *shell, "The shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}))
      ->type_name("SHELL");
  app->footer(
      "bash: source <(mirage completion bash)   zsh: source <(mirage completion zsh)   fish: mirage completion fish | source\n"
      "The script completes commands, options, kinds, metrics, country codes, record ids and git revisions\n"
      "by asking mirage itself, so it always matches the installed version and the data.");
  return {app, [shell](Context& ctx, const GlobalOptions&) {
            ctx.out << (*shell == "bash" ? kBash : *shell == "zsh" ? kZsh : kFish);
            return kExitOk;
          }};
}

int run_complete(const CLI::App& root, std::vector<std::string> words, Context& ctx, const GlobalOptions& global) {
  if (!words.empty() && words.front() == "--") words.erase(words.begin());
  GlobalOptions seen = global;  // --data as the command line being typed gives it
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {  // the last word is being typed
    if (words[i] == "--data" && i + 2 < words.size()) seen.data = words[i + 1];
    else if (words[i].rfind("--data=", 0) == 0) seen.data = words[i].substr(7);
  }
  World world(ctx, seen);
  for (const auto& c : complete(root, words, world))
    ctx.out << c.value << (c.description.empty() ? "" : "\t" + c.description) << "\n";
  return kExitOk;
}

}  // namespace mirage::cli
