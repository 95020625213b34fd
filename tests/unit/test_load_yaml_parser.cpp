#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "load/yaml_parser.hpp"

using mirage::DiagnosticSink;
using mirage::Position;
using mirage::load::core_schema_scalar;
using mirage::load::parse_yaml;
using nlohmann::json;

namespace {

struct Result {
  std::optional<mirage::load::Document> doc;
  std::vector<mirage::Diagnostic> diagnostics;
};

Result parse(const std::string& text, mirage::load::Limits limits = {}) {
  DiagnosticSink sink;
  auto doc = parse_yaml(text, "f.yaml", sink, limits);
  return {std::move(doc), sink.sorted()};
}

}  // namespace

TEST_CASE("plain scalars are typed by the YAML 1.2 core schema") {
  CHECK(core_schema_scalar("7") == json(7));
  CHECK(core_schema_scalar("-12") == json(-12));
  CHECK(core_schema_scalar("0x1F") == json(31));
  CHECK(core_schema_scalar("0o17") == json(15));
  CHECK(core_schema_scalar("1.5") == json(1.5));
  CHECK(core_schema_scalar("true") == json(true));
  CHECK(core_schema_scalar("False") == json(false));
  CHECK(core_schema_scalar("~").is_null());
  CHECK(core_schema_scalar("null").is_null());
  CHECK(core_schema_scalar("").is_null());
  // YAML 1.1 booleans and dates stay strings under the core schema.
  CHECK(core_schema_scalar("NO") == json("NO"));
  CHECK(core_schema_scalar("yes") == json("yes"));
  CHECK(core_schema_scalar("2009-05-19") == json("2009-05-19"));
  CHECK(core_schema_scalar("2009-05") == json("2009-05"));
  CHECK(core_schema_scalar("RO") == json("RO"));
  CHECK(core_schema_scalar("1e3") == json(1000.0));
  CHECK(core_schema_scalar("99999999999999999999").is_number_float());
}

TEST_CASE("numbers out of range never throw") {
  CHECK(core_schema_scalar("1e99999") == json(std::numeric_limits<double>::infinity()));
  CHECK(core_schema_scalar("-1e99999") == json(-std::numeric_limits<double>::infinity()));
  CHECK(core_schema_scalar("1e-99999").is_number_float());
  CHECK(core_schema_scalar(std::string(400, '9')).is_number_float());
  CHECK(core_schema_scalar("0xFFFFFFFFFFFFFFFFFFFF") == json("0xFFFFFFFFFFFFFFFFFFFF"));
  CHECK(core_schema_scalar(".5") == json(0.5));
  CHECK(core_schema_scalar("5.") == json(5.0));
  CHECK(core_schema_scalar("1e") == json("1e"));
  CHECK(core_schema_scalar("+") == json("+"));
  CHECK(core_schema_scalar("-.") == json("-."));
  CHECK(core_schema_scalar("1.2.3") == json("1.2.3"));
}

TEST_CASE("quoted scalars are always strings") {
  auto r = parse("a: \"7\"\nb: 'true'\nc: !!str 8\nd: 7\ne: 2009\n");
  REQUIRE(r.doc);
  CHECK(r.diagnostics.empty());
  CHECK(r.doc->root["a"] == json("7"));
  CHECK(r.doc->root["b"] == json("true"));
  CHECK(r.doc->root["c"] == json("8"));
  CHECK(r.doc->root["d"] == json(7));
  CHECK(r.doc->root["e"] == json(2009));
}

TEST_CASE("block scalars are strings") {
  auto r = parse("a: |\n  12\nb: >-\n  one\n  two\n");
  REQUIRE(r.doc);
  CHECK(r.doc->root["a"] == json("12\n"));
  CHECK(r.doc->root["b"] == json("one two"));
}

TEST_CASE("every key and value keeps its 1-based position") {
  auto r = parse("id: x\nlist:\n  - one\n  - {k: v}\nnested:\n  deep: 3\n");
  REQUIRE(r.doc);
  const auto& d = *r.doc;
  CHECK(d.value_position("/id") == Position{1, 5});
  CHECK(d.key_position("/id") == Position{1, 1});
  CHECK(d.value_position("/list/0") == Position{3, 5});
  CHECK(d.value_position("/list/1/k") == Position{4, 9});
  CHECK(d.key_position("/nested/deep") == Position{6, 3});
  CHECK(d.value_position("/nested/deep") == Position{6, 9});
  // Unknown pointers fall back to the nearest ancestor.
  CHECK(d.value_position("/nested/missing") == d.value_position("/nested"));
}

TEST_CASE("columns count characters, not bytes") {
  auto r = parse("title: Türkiye\nnext: é\n");
  REQUIRE(r.doc);
  CHECK(r.doc->value_position("/next") == Position{2, 7});
  auto s = parse("a: 'ü'\nb: [ü, x]\n");
  REQUIRE(s.doc);
  CHECK(s.doc->value_position("/b/1") == Position{2, 8});
}

TEST_CASE("an empty value points at its key") {
  auto r = parse("a:\nb: 1\n");
  REQUIRE(r.doc);
  CHECK(r.doc->root["a"].is_null());
  CHECK(r.doc->value_position("/a") == Position{1, 1});
}

TEST_CASE("duplicate keys are errors at the second key, and the first value is kept") {
  auto r = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n");
  REQUIRE(r.doc);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].pos == Position{4, 3});
  CHECK(r.diagnostics[0].rule == "duplicate-key");
  CHECK(r.diagnostics[0].message == "duplicate key 'c': it is already set on line 3");
  CHECK(r.diagnostics[1].pos == Position{5, 1});
  CHECK(r.doc->root["a"] == json(1));
}

TEST_CASE("a second document is an error where it starts, even when it is broken") {
  auto r = parse("a: 1\n---\nb: 2\n");
  CHECK_FALSE(r.doc);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "multiple-documents");
  CHECK(r.diagnostics[0].pos.line == 2);
  auto broken = parse("a: 1\n---\nb: [\n");
  CHECK_FALSE(broken.doc);
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK(broken.diagnostics[0].rule == "multiple-documents");
}

TEST_CASE("a leading document marker is fine") {
  auto r = parse("---\na: 1\n");
  REQUIRE(r.doc);
  CHECK(r.diagnostics.empty());
}

TEST_CASE("empty and comment-only files are errors") {
  for (const char* text : {"", "# only a comment\n", "\n\n"}) {
    auto r = parse(text);
    CHECK_FALSE(r.doc);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "empty-file");
  }
}

TEST_CASE("invalid UTF-8 is an error at the first bad byte") {
  auto r = parse("a: ok\nb: caf\xE9\n");
  CHECK_FALSE(r.doc);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "encoding");
  CHECK(r.diagnostics[0].pos == Position{2, 7});
  CHECK(r.diagnostics[0].message == "invalid UTF-8 (byte 0xE9): mirage data files are UTF-8");
}

TEST_CASE("UTF-16 and NUL bytes are refused; a UTF-8 BOM and CRLF are fine") {
  auto utf16 = parse(std::string("\xFF\xFE" "a\0:\0", 6));
  CHECK_FALSE(utf16.doc);
  CHECK(utf16.diagnostics.at(0).rule == "encoding");
  auto nul = parse(std::string("a: b\0c\n", 7));
  CHECK_FALSE(nul.doc);
  CHECK(nul.diagnostics.at(0).message == "NUL byte: a YAML file is text");
  CHECK(nul.diagnostics.at(0).pos == Position{1, 5});
  auto bom = parse("\xEF\xBB\xBF" "a: 1\r\nb: 2\r\n");
  REQUIRE(bom.doc);
  CHECK(bom.diagnostics.empty());
  CHECK(bom.doc->root["b"] == json(2));
  CHECK(bom.doc->value_position("/a") == Position{1, 4});
}

TEST_CASE("tabs used for indentation are named as such") {
  auto r = parse("a:\n\tb: 1\n");
  CHECK_FALSE(r.doc);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message == "tab used for indentation: YAML indents with spaces");
  CHECK(r.diagnostics[0].pos == Position{2, 1});
  auto inside = parse("a: \"x\ty\"\n");
  REQUIRE(inside.doc);
  CHECK(inside.doc->root["a"] == json("x\ty"));
}

TEST_CASE("syntax errors carry yaml-cpp's position, 1-based") {
  auto r = parse("a: [1, 2\nb: 3\n");
  CHECK_FALSE(r.doc);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "yaml");
  CHECK(r.diagnostics[0].message.rfind("YAML syntax error: ", 0) == 0);
  CHECK(r.diagnostics[0].pos.line >= 1);
}

TEST_CASE("anchors and aliases are refused, and an alias bomb costs nothing") {
  auto r = parse("a: &x 1\nb: *x\n");
  REQUIRE(r.doc);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].pos == Position{1, 4});
  CHECK(r.diagnostics[1].pos == Position{2, 4});
  CHECK(r.diagnostics[1].rule == "alias");
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 40; ++i)
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + std::string("*a") +
            std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + "]\n";
  auto b = parse(bomb);
  REQUIRE(b.doc);
  CHECK(b.doc->root.dump().size() < 10'000);
  CHECK(b.diagnostics.size() == 40 + 39 * 3);
}

TEST_CASE("nesting deeper than the limit is one error, not a crash") {
  auto r = parse(std::string(100'000, '[') + std::string(100'000, ']'));
  CHECK_FALSE(r.doc);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "limit");
  CHECK(r.diagnostics[0].message == "nesting is deeper than 64 levels, the most mirage reads");
  std::string block;
  for (int i = 0; i < 70; ++i) block += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
  auto b = parse(block);
  CHECK_FALSE(b.doc);
  CHECK(b.diagnostics.at(0).pos.line == 65);
}

TEST_CASE("files over the size limit and with too many nodes are refused") {
  mirage::load::Limits limits;
  limits.max_file_bytes = 10;
  auto big = parse("a: 123456789\n", limits);
  CHECK_FALSE(big.doc);
  CHECK(big.diagnostics.at(0).message == "file is 13 bytes, more than the 10 bytes mirage reads from one file");
  mirage::load::Limits few;
  few.max_nodes = 5;
  auto many = parse("[1, 2, 3, 4, 5, 6, 7]", few);
  CHECK_FALSE(many.doc);
  CHECK(many.diagnostics.at(0).rule == "limit");
}

TEST_CASE("keys must be strings") {
  auto r = parse("1: a\ntrue: b\n? [x]\n: c\n");
  CHECK_FALSE(r.doc);
  REQUIRE(r.diagnostics.size() == 3);
  CHECK(r.diagnostics[0].message == "key '1' must be a string, not an integer: quote it if you mean the text");
  CHECK(r.diagnostics[1].pos == Position{2, 1});
  CHECK(r.diagnostics[2].message == "a key must be a plain string, not a mapping or a sequence");
  auto quoted = parse("\"1\": a\n");
  REQUIRE(quoted.doc);
  CHECK(quoted.diagnostics.empty());
}

TEST_CASE("explicit tags other than !!str are refused") {
  auto r = parse("a: !!int 7\n");
  REQUIRE(r.doc);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message == "explicit tag 'tag:yaml.org,2002:int' is not allowed: write the plain value");
}
