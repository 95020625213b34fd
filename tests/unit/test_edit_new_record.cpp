#include <doctest/doctest.h>

#include <set>

#include "edit/new_record.hpp"
#include "load/yaml_parser.hpp"
#include "schema/validator.hpp"

using mirage::edit::Draft;
using mirage::edit::Style;
using mirage::load::FileKind;
using nlohmann::json;

namespace {

const mirage::schema::SchemaSet& schemas() {
  static const auto s = mirage::schema::SchemaSet::load(std::nullopt);
  return s;
}

json parse(const std::string& text) {
  mirage::DiagnosticSink sink;
  auto doc = mirage::load::parse_yaml(text, "t.yaml", sink);
  REQUIRE(doc);
  CHECK(sink.sorted().empty());
  return doc->root;
}

}  // namespace

TEST_CASE("the field order of each kind names exactly the schema's properties, id first") {
  for (auto kind : {FileKind::meeting, FileKind::investigation, FileKind::statistic, FileKind::activity}) {
    const auto& doc = schemas().documents().at(std::string(mirage::load::schema_name(kind)) + ".schema.json");
    std::set<std::string> props;
    for (const auto& [k, v] : doc["properties"].items()) props.insert(k);
    const auto& order = mirage::edit::field_order(kind);
    CHECK(std::set<std::string>(order.begin(), order.end()) == props);
    CHECK(order.front() == "id");
  }
}

TEST_CASE("slugs are lowercase words joined by hyphens") {
  CHECK(mirage::edit::slug("Operation TARA (2009)") == "operation-tara-2009");
  CHECK(mirage::edit::slug("  FBI -- training  ") == "fbi-training");
  CHECK(mirage::edit::slug("Gradačac testimony") == "grada-ac-testimony");
  CHECK(mirage::edit::slug("a b c d e f g h", 3) == "a-b-c");
  CHECK(mirage::edit::slug("!!!").empty());
}

TEST_CASE("ids follow the naming convention") {
  Draft m;
  m.kind = FileKind::meeting;
  m.fields["number"] = {Style::raw, {"25"}, false};
  std::string why;
  CHECK_FALSE(mirage::edit::conventional_id(m, &why));
  CHECK(why.find("--date") != std::string::npos);
  m.fields["date"] = {Style::raw, {"2018-05-22"}, false};
  CHECK(mirage::edit::conventional_id(m) == "2018-25");

  Draft a;
  a.kind = FileKind::activity;
  a.fields["title"] = {Style::text, {"FBI training"}, false};
  CHECK(mirage::edit::conventional_id(a) == "fbi-training");
  a.fields["date"] = {Style::raw, {"2009"}, false};
  CHECK(mirage::edit::conventional_id(a) == "2009-fbi-training");

  Draft s;
  s.kind = FileKind::statistic;
  s.fields["title"] = {Style::text, {"Mirage operations"}, false};
  s.fields["period/from"] = {Style::raw, {"2002"}, false};
  s.fields["period/to"] = {Style::raw, {"2004"}, false};
  CHECK(mirage::edit::conventional_id(s) == "2002-2004-mirage-operations");

  Draft i;
  i.kind = FileKind::investigation;
  i.fields["date"] = {Style::raw, {"2009"}, false};
  i.fields["name"] = {Style::text, {"Blue Wolf"}, false};
  CHECK(mirage::edit::conventional_id(i) == "2009-blue-wolf");
}

TEST_CASE("text values read back as the same string; raw values as an editor typed them") {
  for (std::string s : {"yes", "NO", "25", "~", "null", "true", "1.5", "2009-05-19", "He said: \"go\"", "#1", "a #b",
                        "- dash", "tab\there", "new\nline", " lead", "trail ", "[x]", "ctrl\x01"}) {
    const json v = parse("v: " + mirage::edit::yaml_scalar(s, Style::text) + "\n");
    CHECK_MESSAGE(v["v"] == json(s), s);
  }
  CHECK(parse("v: " + mirage::edit::yaml_scalar("25", Style::raw) + "\n")["v"] == json(25));
  CHECK(parse("v: " + mirage::edit::yaml_scalar("2009", Style::raw) + "\n")["v"] == json(2009));
  CHECK(parse("v: [" + mirage::edit::yaml_scalar("a,b", Style::raw, true) + "]\n")["v"] == json::array({"a,b"}));
}

TEST_CASE("a rendered draft is valid YAML with the given values, placeholders commented out") {
  Draft d;
  d.kind = FileKind::investigation;
  d.fields["form"] = {Style::raw, {"operation"}, false};
  d.fields["countries"] = {Style::raw, {"RO", "BG"}, true};
  d.fields["name"] = {Style::text, {"TARA"}, false};
  d.citations.push_back({"src", "Operation TARA -   illegal migration case,\nwith " + std::string(120, 'y') + " end"});
  const auto& schema = schemas().documents().at("investigation.schema.json");
  const std::string text = mirage::edit::render(d, "2009-tara", std::string("../../schemas/investigation.schema.json"), schema);
  CHECK(text.rfind("# yaml-language-server: $schema=../../schemas/investigation.schema.json\nid: 2009-tara\nname: TARA\n", 0) == 0);
  CHECK(text.find("# crime:  # The crime type, when the source names it.\n") != std::string::npos);
  const json v = parse(text);
  CHECK(v["countries"] == json::array({"RO", "BG"}));
  CHECK(v["form"] == "operation");
  CHECK_FALSE(v.contains("crime"));
  CHECK(v["citations"][0]["quote"] == "Operation TARA - illegal migration case, with " + std::string(120, 'y') + " end");
  mirage::DiagnosticSink sink;
  auto doc = mirage::load::parse_yaml(text, "t.yaml", sink);
  schemas().validate(*doc, FileKind::investigation, "t.yaml", sink);
  CHECK(sink.sorted().empty());
}
