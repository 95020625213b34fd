#include "schema/validator.hpp"

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "schema/embedded.hpp"
#include "util/errors.hpp"
#include "util/text.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace mirage::schema {
namespace {

constexpr load::FileKind kAllKinds[] = {load::FileKind::meeting,  load::FileKind::investigation,
                                        load::FileKind::statistic, load::FileKind::activity,
                                        load::FileKind::countries, load::FileKind::sources,
                                        load::FileKind::taskforce};

std::string file_name(load::FileKind kind) { return std::string(load::schema_name(kind)) + ".schema.json"; }

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < pointer.size()) {
    const std::size_t next = pointer.find('/', i + 1);
    std::string token(pointer.substr(i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1));
    std::string unescaped;
    for (std::size_t k = 0; k < token.size(); ++k) {
      if (token[k] == '~' && k + 1 < token.size()) {
        unescaped.push_back(token[k + 1] == '1' ? '/' : '~');
        ++k;
      } else {
        unescaped.push_back(token[k]);
      }
    }
    tokens.push_back(unescaped);
    if (next == std::string_view::npos) break;
    i = next;
  }
  return tokens;
}

std::string type_of(const json& v) {
  if (v.is_null()) return "empty (null)";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number_integer()) return "an integer";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "a string";
  if (v.is_array()) return "a list";
  return "a mapping";
}

std::string show_value(const json& v) {
  if (v.is_string()) return "'" + v.get<std::string>() + "'";
  if (v.is_array() || v.is_object()) return type_of(v);
  return v.dump();
}

}  // namespace

std::string display_path(std::string_view pointer) {
  std::string out;
  for (const auto& token : split_pointer(pointer)) {
    const bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
    if (index)
      out += "[" + token + "]";
    else
      out += (out.empty() ? "" : ".") + token;
  }
  return out;
}

struct SchemaSet::Impl {
  std::string origin;
  std::map<std::string, json> docs;                           // file name -> schema document
  std::map<load::FileKind, std::unique_ptr<valijson::Schema>> compiled;

  // Follows $ref until the node has none: refs are "file.json#/pointer" or "#/pointer".
  std::pair<const json*, std::string> resolve(const json* node, std::string doc) const {
    for (int guard = 0; guard < 32 && node->is_object() && node->contains("$ref"); ++guard) {
      const std::string ref = (*node)["$ref"].get<std::string>();
      const auto hash = ref.find('#');
      std::string target_doc = hash == 0 ? doc : ref.substr(0, hash);
      std::string pointer = hash == std::string::npos ? "" : ref.substr(hash + 1);
      auto it = docs.find(target_doc);
      if (it == docs.end()) break;
      node = &it->second.at(json::json_pointer(pointer));
      doc = target_doc;
    }
    return {node, doc};
  }

  // The schema fragment that governs the instance value at `pointer`.
  std::pair<const json*, std::string> fragment(load::FileKind kind, const json& instance,
                                               std::string_view pointer) const {
    std::string doc = file_name(kind);
    std::pair<const json*, std::string> cur = resolve(&docs.at(doc), doc);
    const json* value = &instance;
    for (const auto& token : split_pointer(pointer)) {
      const json& s = *cur.first;
      const json* next = nullptr;
      if (value->is_object()) {
        if (s.contains("properties") && s["properties"].contains(token))
          next = &s["properties"][token];
        else if (s.contains("additionalProperties") && s["additionalProperties"].is_object())
          next = &s["additionalProperties"];
        value = value->contains(token) ? &(*value)[token] : value;
      } else if (value->is_array()) {
        if (s.contains("items")) next = &s["items"];
        const std::size_t i = std::stoul(token);
        value = i < value->size() ? &(*value)[i] : value;
      }
      if (!next) return {nullptr, ""};
      // A property schema may carry its own description next to a $ref.
      cur = resolve(next, cur.second);
    }
    return cur;
  }

  // The shared definition of a country code, which a name can be mistaken for.
  const json* country_definition() const {
    auto it = docs.find("common.schema.json");
    if (it == docs.end()) return nullptr;
    const json::json_pointer p("/definitions/country");
    return it->second.contains(p) ? &it->second.at(p) : nullptr;
  }

  // Title of the fragment (what is allowed), looking through $ref.
  static std::string expectation(const json& frag) {
    if (frag.contains("title")) return frag["title"].get<std::string>();
    if (frag.contains("type")) {
      const json& t = frag["type"];
      if (t.is_string()) return "of type " + t.get<std::string>();
      std::vector<std::string> names;
      for (const auto& x : t) names.push_back(x.get<std::string>());
      return "of type " + text::join_or(names, "");
    }
    return "valid";
  }
};

SchemaSet::SchemaSet() : impl_(std::make_unique<Impl>()) {}
SchemaSet::SchemaSet(SchemaSet&&) noexcept = default;
SchemaSet& SchemaSet::operator=(SchemaSet&&) noexcept = default;
SchemaSet::~SchemaSet() = default;

const std::string& SchemaSet::origin() const { return impl_->origin; }
const std::map<std::string, json>& SchemaSet::documents() const { return impl_->docs; }

SchemaSet SchemaSet::load(const std::optional<fs::path>& dir) {
  SchemaSet set;
  Impl& impl = *set.impl_;
  auto parse = [&](const std::string& name, const std::string& text) {
    try {
      impl.docs[name] = json::parse(text);
    } catch (const json::parse_error& e) {
      throw InputError(fmt::format("{}: schema is not valid JSON: {}", name, e.what()));
    }
  };
  if (dir) {
    impl.origin = dir->string();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(*dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (name.size() < 12 || name.substr(name.size() - 12) != ".schema.json") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      if (!in) throw InputError(fmt::format("{}: cannot read schema", entry.path().string()));
      std::stringstream ss;
      ss << in.rdbuf();
      parse(name, ss.str());
    }
    if (ec) throw InputError(fmt::format("{}: cannot read schema folder: {}", dir->string(), ec.message()));
  } else {
    impl.origin = "(embedded)";
    for (const auto& s : embedded_schemas()) parse(std::string(s.name), std::string(s.text));
  }

  for (auto kind : kAllKinds) {
    const std::string name = file_name(kind);
    auto it = impl.docs.find(name);
    if (it == impl.docs.end()) throw InputError(fmt::format("{}: schema {} is missing", impl.origin, name));
    auto schema = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(it->second);
    auto fetch = [&impl](const std::string& uri) -> const json* {
      auto found = impl.docs.find(uri);
      if (found == impl.docs.end()) return nullptr;
      return new json(found->second);
    };
    auto free_doc = [](const json* doc) { delete doc; };
    try {
      parser.populateSchema(adapter, *schema, fetch, free_doc);
    } catch (const std::exception& e) {
      throw InputError(fmt::format("{}/{}: invalid schema: {}", impl.origin, name, e.what()));
    }
    impl.compiled[kind] = std::move(schema);
  }
  return set;
}

void SchemaSet::validate(const load::Document& doc, load::FileKind kind, const std::string& file,
                         DiagnosticSink& sink, const Hints& hints) const {
  // One validator per thread, kept: it caches the compiled std::regex of every "pattern",
  // and compiling them again for every file was half the run time (callgrind).
  thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc.root);
  if (validator.validate(*impl_->compiled.at(kind), adapter, &results)) return;

  struct Raw {
    std::string pointer;
    std::string description;
  };
  std::vector<Raw> raws;
  for (auto it = results.begin(); it != results.end(); ++it) {
    std::string pointer;
    for (const auto& c : it->context) {
      if (c == "<root>") continue;
      std::string token = c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c;
      pointer = load::pointer_append(pointer, token);
    }
    raws.push_back({pointer, it->description});
  }

  auto starts = [](const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; };
  auto quoted_name = [](const std::string& s) {
    const auto a = s.find('\'');
    const auto b = s.rfind('\'');
    return a != std::string::npos && b > a ? s.substr(a + 1, b - a - 1) : std::string();
  };

  // Keys that an anyOf of `required` alternatives asks for, per object: reported once as a choice.
  std::set<std::pair<std::string, std::string>> alternative_keys;
  for (const auto& r : raws) {
    if (!starts(r.description, "Failed to validate against any schemas allowed by anyOf")) continue;
    auto [frag, _] = impl_->fragment(kind, doc.root, r.pointer);
    if (!frag || !frag->contains("anyOf")) continue;
    std::vector<std::string> names;
    for (const auto& alt : (*frag)["anyOf"])
      if (alt.contains("required"))
        for (const auto& n : alt["required"]) names.push_back(n.get<std::string>());
    for (const auto& n : names) alternative_keys.insert({r.pointer, n});
    const std::string where = r.pointer.empty() ? "the record" : "'" + display_path(r.pointer) + "'";
    sink.error(file, doc.value_position(r.pointer), "schema",
               fmt::format("{} needs {}", where, text::join_or(names) + (names.size() > 1 ? " (at least one)" : "")),
               r.pointer);
  }

  for (const auto& r : raws) {
    const std::string& d = r.description;
    if (starts(d, "Failed to validate") || starts(d, "Cannot validate")) continue;  // wrappers
    const json* value = nullptr;
    try {
      value = &doc.root.at(json::json_pointer(r.pointer));
    } catch (const json::exception&) {
      value = &doc.root;
    }
    auto [frag, _] = impl_->fragment(kind, doc.root, r.pointer);
    const std::string name = r.pointer.empty() ? "the record" : "'" + display_path(r.pointer) + "'";
    const std::string expected = frag ? Impl::expectation(*frag) : "valid";
    const Position at = doc.value_position(r.pointer);
    auto report = [&](Position p, std::string message, std::string pointer) {
      sink.error(file, p, "schema", std::move(message), std::move(pointer));
    };

    if (starts(d, "Missing required property")) {
      const std::string key = quoted_name(d);
      if (alternative_keys.count({r.pointer, key})) continue;
      std::string what;
      if (frag && frag->contains("properties") && (*frag)["properties"].contains(key)) {
        const json& prop = (*frag)["properties"][key];
        auto [resolved, unused] = impl_->resolve(&prop, "");
        const json* described = prop.contains("description") ? &prop : resolved;
        if (described && described->contains("description")) {
          what = (*described)["description"].get<std::string>();
          if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
          if (!what.empty() && what.back() == '.') what.pop_back();
          what = ": " + what;
        }
      }
      const std::string owner = r.pointer.empty() ? "" : name + " is ";
      report(at, fmt::format("{}missing required key '{}'{}", owner, key, what), r.pointer);
    } else if (starts(d, "Object contains a property that could not be validated")) {
      // valijson names only the first unknown key: report each one at the key itself.
      std::vector<std::string> allowed;
      if (frag && frag->contains("properties"))
        for (const auto& [k, v] : (*frag)["properties"].items()) allowed.push_back(k);
      for (const auto& [k, v] : value->items()) {
        if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
        const std::string child = load::pointer_append(r.pointer, k);
        std::string msg = fmt::format("unknown key '{}'{}", k, r.pointer.empty() ? "" : " in " + name);
        if (auto guess = text::closest(k, allowed))
          msg += fmt::format(": did you mean '{}'?", *guess);
        else
          msg += ": allowed keys are " + text::join_or(allowed);
        report(doc.key_position(child), msg, child);
      }
    } else if (starts(d, "Missing dependency")) {
      // valijson names the key that is missing, not the key that needs it.
      const std::string needed = quoted_name(d);
      if (frag && frag->contains("dependencies") && value->is_object())
        for (const auto& [k, deps] : (*frag)["dependencies"].items()) {
          if (!value->contains(k) || !deps.is_array()) continue;
          if (std::find(deps.begin(), deps.end(), needed) == deps.end()) continue;
          const std::string child = load::pointer_append(r.pointer, k);
          report(doc.key_position(child), fmt::format("'{}' is given without '{}': an end needs its start", k, needed),
                 child);
        }
    } else if (starts(d, "Value type not permitted")) {
      if (r.pointer.empty())
        report(at, fmt::format("a {} file holds one mapping of keys to values, not {}", load::schema_name(kind),
                               type_of(*value)),
               r.pointer);
      else
        report(at, fmt::format("{} must be {}, not {}", name, expected, type_of(*value)), r.pointer);
    } else if (starts(d, "Failed to match regex")) {
      std::string msg = fmt::format("{} must be {}, not {}", name, expected, show_value(*value));
      if (frag && frag == impl_->country_definition() && value->is_string() && hints.country)
        if (auto code = hints.country(value->get<std::string>())) msg += fmt::format(": did you mean '{}'?", *code);
      report(at, msg, r.pointer);
    } else if (starts(d, "Failed to match against any enum values")) {
      std::vector<std::string> allowed;
      if (frag && frag->contains("enum"))
        for (const auto& e : (*frag)["enum"]) allowed.push_back(e.is_string() ? e.get<std::string>() : e.dump());
      std::string msg = fmt::format("{} must be one of {}, not {}", name, text::join_or(allowed), show_value(*value));
      if (value->is_string())
        if (auto guess = text::closest(value->get<std::string>(), allowed))
          msg = fmt::format("{} must be one of {}: did you mean '{}'?", name, text::join_or(allowed), *guess);
      report(at, msg, r.pointer);
    } else if (starts(d, "Expected number greater") || starts(d, "Expected number less")) {
      report(at, fmt::format("{} must be {}, not {}", name, expected, show_value(*value)), r.pointer);
    } else if (starts(d, "Array should contain no fewer than")) {
      const bool empty = value->is_array() && value->empty();
      report(at,
             fmt::format("{} must be {} with at least {}{}", name, expected,
                         frag && frag->contains("minItems") ? (*frag)["minItems"].dump() : "1",
                         (frag && frag->contains("minItems") && (*frag)["minItems"] == 1 ? " item" : " items") +
                             std::string(empty ? ", not empty" : "")),
             r.pointer);
    } else if (starts(d, "String should be no fewer than")) {
      report(at, fmt::format("{} must not be empty", name), r.pointer);
    } else if (starts(d, "Object should have no fewer than")) {
      report(at, fmt::format("{} must have at least one entry", name), r.pointer);
    } else {
      report(at, fmt::format("{}: {}", name, d), r.pointer);
    }
  }
}

}  // namespace mirage::schema
