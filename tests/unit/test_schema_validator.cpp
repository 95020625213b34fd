#include <doctest/doctest.h>

#include <filesystem>

#include "load/yaml_parser.hpp"
#include "schema/validator.hpp"
#include "util/errors.hpp"

using mirage::DiagnosticSink;
using mirage::Position;
using mirage::load::FileKind;
using mirage::schema::SchemaSet;

namespace {

std::vector<mirage::Diagnostic> check(const std::string& yaml, FileKind kind = FileKind::meeting) {
  static const SchemaSet schemas = SchemaSet::load(std::nullopt);  // the embedded copy
  DiagnosticSink sink;
  auto doc = mirage::load::parse_yaml(yaml, "m.yaml", sink);
  REQUIRE(doc);
  schemas.validate(*doc, kind, "m.yaml", sink);
  return sink.sorted();
}

const char* kValidMeeting =
    "id: 2009-16\n"
    "number: 16\n"
    "title: The 16th Mirage Task Force Meeting\n"
    "date: 2009-05-19\n"
    "country: RO\n"
    "citations:\n"
    "  - source: src\n"
    "    quote: The 16th Mirage Task Force Meeting\n";

}  // namespace

TEST_CASE("a valid record has no diagnostics") { CHECK(check(kValidMeeting).empty()); }

TEST_CASE("a year, a month and a day are all dates; other shapes are not") {
  for (const char* date : {"2008", "2009-05", "2009-05-19"}) {
    std::string y = kValidMeeting;
    y.replace(y.find("2009-05-19"), 10, date);
    CHECK(check(y).empty());
  }
  std::string y = kValidMeeting;
  y.replace(y.find("2009-05-19"), 10, "19 May 2009");
  auto d = check(y);
  REQUIRE(d.size() == 1);
  CHECK(d[0].pos == Position{4, 7});
  CHECK(d[0].path == "/date");
  CHECK(d[0].message ==
        "'date' must be a year (2008), a year and month (2009-05) or a day (2009-05-19), not '19 May 2009'");
}

TEST_CASE("types are strict: a quoted number is a string") {
  std::string y = kValidMeeting;
  y.replace(y.find("number: 16"), 10, "number: \"16\"");
  auto d = check(y);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "'number' must be a meeting number of 1 or more, not a string");
  CHECK(d[0].pos == Position{2, 9});
}

TEST_CASE("a missing required key points at the object that lacks it") {
  auto d = check("id: 2009-16\nnumber: 16\ntitle: T\ncitations:\n  - source: src\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].pos == Position{5, 5});
  CHECK(d[0].message == "'citations[0]' is missing required key 'quote': a passage copied verbatim from the source's archived text (white space and line breaks may differ)");
}

TEST_CASE("every unknown key is reported at the key, with a suggestion") {
  std::string y = std::string(kValidMeeting) + "cuntry: RO\nzzz: 1\n";
  auto d = check(y);
  REQUIRE(d.size() == 2);
  CHECK(d[0].pos == Position{9, 1});
  CHECK(d[0].message == "unknown key 'cuntry': did you mean 'country'?");
  CHECK(d[1].pos == Position{10, 1});
  CHECK(d[1].message.rfind("unknown key 'zzz': allowed keys are 'citations', ", 0) == 0);
}

TEST_CASE("an enum value gets the allowed values or a suggestion") {
  const char* inv =
      "id: 2009-kanis\nform: operatoin\ncountries: [MK, RS]\nname: KANIS\n"
      "citations:\n  - {source: s, quote: q}\n";
  auto d = check(inv, FileKind::investigation);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "'form' must be one of 'joint_investigation' or 'operation': did you mean 'operation'?");
  CHECK(d[0].pos == Position{2, 7});
}

TEST_CASE("an investigation needs a name or a description, said once") {
  const char* inv = "id: 2010-x\nform: operation\ncountries: [MD, RO]\ncitations:\n  - {source: s, quote: q}\n";
  auto d = check(inv, FileKind::investigation);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "the record needs 'name' or 'description' (at least one)");
}

TEST_CASE("a file that is not a mapping") {
  auto d = check("- a\n- b\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "a meeting file holds one mapping of keys to values, not a list");
}

TEST_CASE("empty lists and texts") {
  auto d = check("id: 2009-16\nnumber: 16\ntitle: ''\ncitations: []\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].message == "'title' must not be empty");
  CHECK(d[1].message == "'citations' must be a list of citations with at least 1 item, not empty");
}

TEST_CASE("statistics: unknown metrics and negative counts") {
  const char* stat =
      "id: s\ntitle: t\nperiod: {from: 2008, to: 2008}\nscope: task_force\n"
      "figures:\n  victims_identifed: 3\n  persons_detained: -1\ncitations:\n  - {source: s, quote: q}\n";
  auto d = check(stat, FileKind::statistic);
  REQUIRE(d.size() == 2);
  CHECK(d[0].message == "unknown key 'victims_identifed' in 'figures': did you mean 'victims_identified'?");
  CHECK(d[0].pos == Position{6, 3});
  CHECK(d[1].message == "'figures.persons_detained' must be a count (a whole number, 0 or more), not -1");
}

TEST_CASE("the schemas folder in the repository loads and matches the embedded copy") {
  const auto dir = std::filesystem::path(MIRAGE_SOURCE_DIR) / "schemas";
  const SchemaSet from_dir = SchemaSet::load(dir);
  const SchemaSet embedded = SchemaSet::load(std::nullopt);
  CHECK(from_dir.documents() == embedded.documents());
  CHECK(embedded.origin() == "(embedded)");
}

TEST_CASE("a broken schema folder is an input error, not a crash") {
  const auto dir = std::filesystem::temp_directory_path() / "mirage-test-broken-schemas";
  std::filesystem::create_directories(dir);
  CHECK_THROWS_AS(SchemaSet::load(dir), mirage::InputError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("display_path") {
  CHECK(mirage::schema::display_path("/citations/0/quote") == "citations[0].quote");
  CHECK(mirage::schema::display_path("/figures/victims_identified") == "figures.victims_identified");
  CHECK(mirage::schema::display_path("") == "");
}

TEST_CASE("a country name where a code belongs gets the code from the hint") {
  static const SchemaSet schemas = SchemaSet::load(std::nullopt);
  std::string y = kValidMeeting;
  y.replace(y.find("country: RO"), 11, "country: Romania");
  DiagnosticSink sink;
  auto doc = mirage::load::parse_yaml(y, "m.yaml", sink);
  REQUIRE(doc);
  mirage::schema::Hints hints;
  hints.country = [](std::string_view text) -> std::optional<std::string> {
    if (text == "Romania") return "RO";
    return std::nullopt;
  };
  schemas.validate(*doc, FileKind::meeting, "m.yaml", sink, hints);
  auto d = sink.sorted();
  REQUIRE(d.size() == 1);
  CHECK(d[0].message ==
        "'country' must be an ISO 3166-1 alpha-2 country code in capitals such as RO, not 'Romania': did you mean "
        "'RO'?");
  // Without a hint (no country registry), the message stays as it was.
  CHECK(check(y).at(0).message ==
        "'country' must be an ISO 3166-1 alpha-2 country code in capitals such as RO, not 'Romania'");
}

TEST_CASE("an end_date needs a date: reported at the end_date key") {
  std::string y = kValidMeeting;
  y.replace(y.find("date: 2009-05-19"), 16, "end_date: 2009-05-20");
  auto d = check(y);
  REQUIRE(d.size() == 1);
  CHECK(d[0].pos == Position{4, 1});
  CHECK(d[0].path == "/end_date");
  CHECK(d[0].message == "'end_date' is given without 'date': an end needs its start");
}
