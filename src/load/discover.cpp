#include "load/discover.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <array>

#include <fmt/format.h>

#include "util/errors.hpp"

namespace fs = std::filesystem;

namespace mirage::load {
namespace {

struct KindInfo {
  FileKind kind;
  const char* schema;
  const char* folder;  // records live in data/<folder>/<id>.yaml
  const char* file;    // registries live in data/<file>
};

constexpr std::array<KindInfo, 7> kKinds{{
    {FileKind::meeting, "meeting", "meetings", nullptr},
    {FileKind::investigation, "investigation", "investigations", nullptr},
    {FileKind::statistic, "statistic", "statistics", nullptr},
    {FileKind::activity, "activity", "activities", nullptr},
    {FileKind::countries, "countries", nullptr, "countries.yaml"},
    {FileKind::sources, "sources", nullptr, "sources.yaml"},
    {FileKind::taskforce, "taskforce", nullptr, "taskforce.yaml"},
}};

const KindInfo& info(FileKind kind) {
  return *std::find_if(kKinds.begin(), kKinds.end(), [&](const KindInfo& k) { return k.kind == kind; });
}

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

bool looks_like_mirage_data(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return false;
  for (const auto& k : kKinds) {
    if (k.file && fs::exists(dir / k.file, ec)) return true;
    if (k.folder && fs::is_directory(dir / k.folder, ec)) return true;
  }
  return false;
}

std::string join(const std::string& prefix, const std::string& rel) {
  if (prefix.empty() || prefix == ".") return rel;
  return prefix.back() == '/' ? prefix + rel : prefix + "/" + rel;
}

enum class LinkTarget { inside, outside, unresolvable };

LinkTarget link_target(const fs::path& dir, const fs::path& p) {
  std::error_code ec;
  const fs::path canon_dir = fs::weakly_canonical(dir, ec);
  if (ec) return LinkTarget::unresolvable;
  const fs::path target = fs::weakly_canonical(p, ec);
  if (ec) return LinkTarget::unresolvable;  // a loop, or too many levels of links
  auto [d, t] = std::mismatch(canon_dir.begin(), canon_dir.end(), target.begin(), target.end());
  return d == canon_dir.end() ? LinkTarget::inside : LinkTarget::outside;
}

}  // namespace

const char* schema_name(FileKind kind) { return info(kind).schema; }
const char* folder_name(FileKind kind) { return info(kind).folder; }
bool is_record_kind(FileKind kind) { return info(kind).folder != nullptr; }

std::optional<FileKind> kind_of(std::string_view relative) {
  const auto slash = relative.find('/');
  if (slash == std::string_view::npos) {
    for (const auto& k : kKinds)
      if (k.file && relative == k.file) return k.kind;
    return std::nullopt;
  }
  const std::string_view top = relative.substr(0, slash);
  const std::string_view name = relative.substr(slash + 1);
  if (name.empty() || name[0] == '.' || name.find('/') != std::string_view::npos) return std::nullopt;
  if (!is_yaml(fs::path(name))) return std::nullopt;
  for (const auto& k : kKinds)
    if (k.folder && top == k.folder) return k.kind;
  return std::nullopt;
}

DataDir find_data_dir(const std::optional<std::string>& flag, const char* env_value, const fs::path& cwd) {
  std::error_code ec;
  if (flag || (env_value && *env_value)) {
    const std::string given = flag ? *flag : std::string(env_value);
    const char* from = flag ? "--data" : "MIRAGE_DATA";
    if (!fs::is_directory(given, ec))
      throw InputError(fmt::format("{} {}: no such directory", from, given));
    return {given, given};
  }
  for (fs::path dir = cwd;; dir = dir.parent_path()) {
    if (looks_like_mirage_data(dir / "data")) {
      fs::path rel = fs::relative(dir / "data", cwd, ec);
      std::string display = ec || rel.empty() ? (dir / "data").string() : rel.generic_string();
      return {dir / "data", display};
    }
    if (dir == dir.root_path() || dir.parent_path() == dir) break;
  }
  throw InputError(
      "no data directory: give --data DIR, set MIRAGE_DATA, or run inside a mirage repository (a folder with data/)");
}

std::vector<DataFile> discover(const DataDir& dir, DiagnosticSink& sink) {
  std::vector<DataFile> files;
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(dir.path, fs::directory_options::none, ec);
  if (ec) throw InputError(fmt::format("{}: cannot read directory: {}", dir.display, ec.message()));
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw InputError(fmt::format("{}: cannot read directory: {}", dir.display, ec.message()));
    const fs::path& p = it->path();
    const std::string rel = p.lexically_relative(dir.path).generic_string();
    const std::string display = join(dir.display, rel);
    const std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {  // .gitkeep, editor files, .git
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec)) {
      const LinkTarget target = link_target(dir.path, p);
      if (target != LinkTarget::inside) {
        sink.error(display, {}, "stray-file",
                   target == LinkTarget::outside
                       ? "symbolic link leads outside the data directory: not read"
                       : "symbolic link cannot be followed (a loop, or too many levels of links): not read");
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
    }
    const int depth = it.depth();
    const bool is_dir = it->is_directory(ec);
    if (is_dir && ::access(p.c_str(), R_OK | X_OK) != 0) {
      // Reported here, so the walk goes on instead of failing on the whole directory.
      sink.error(display, {}, "unreadable", fmt::format("cannot read folder: {}", std::strerror(errno)));
      it.disable_recursion_pending();
      continue;
    }
    if (depth == 0) {
      if (is_dir) {
        const bool known = name == "sources" || std::any_of(kKinds.begin(), kKinds.end(), [&](const KindInfo& k) {
                             return k.folder && name == k.folder;
                           });
        const bool registry = std::any_of(kKinds.begin(), kKinds.end(),
                                          [&](const KindInfo& k) { return k.file && name == k.file; });
        if (registry) {
          sink.error(display, {}, "stray-file", fmt::format("'{}' is a folder: it must be a file", name));
          it.disable_recursion_pending();
        } else if (!known) {
          sink.error(display, {}, "stray-file",
                     fmt::format("folder '{}' is no record kind: records live in meetings/, investigations/, "
                                 "statistics/ or activities/",
                                 name));
          it.disable_recursion_pending();
        }
        continue;
      }
      auto k = std::find_if(kKinds.begin(), kKinds.end(), [&](const KindInfo& ki) { return ki.file && name == ki.file; });
      if (k != kKinds.end()) {
        files.push_back({p, display, rel, k->kind});
      } else if (name != "README.md") {
        sink.error(display, {}, "stray-file",
                   "file does not belong at the top of the data directory: only countries.yaml, sources.yaml, "
                   "taskforce.yaml and README.md do");
      }
      continue;
    }
    const std::string top = fs::path(rel).begin()->string();
    if (is_dir) {
      sink.error(display, {}, "stray-file",
                 fmt::format("folder inside {}/ is not read: records are files directly in {}/", top, top));
      it.disable_recursion_pending();
      continue;
    }
    if (top == "sources") {
      if (p.extension() != ".txt")
        sink.error(display, {}, "stray-file", "sources/ holds the archived source texts, <id>.txt");
      continue;
    }
    auto k = std::find_if(kKinds.begin(), kKinds.end(), [&](const KindInfo& ki) { return ki.folder && top == ki.folder; });
    if (!is_yaml(p)) {
      sink.error(display, {}, "stray-file", "not a YAML file: records are <id>.yaml");
      continue;
    }
    files.push_back({p, display, rel, k->kind});
  }
  std::sort(files.begin(), files.end(), [](const DataFile& a, const DataFile& b) { return a.relative < b.relative; });
  return files;
}

}  // namespace mirage::load
