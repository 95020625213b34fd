#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "load/yaml_parser.hpp"
#include "model/decode.hpp"
#include "rules/rules.hpp"
#include "schema/validator.hpp"

namespace fs = std::filesystem;
using mirage::Diagnostic;
using mirage::DiagnosticSink;
using mirage::Severity;
using mirage::load::FileKind;

namespace {

struct File {
  std::string name;  // as shown in diagnostics
  FileKind kind;
  std::string yaml;
};

const char* kCountries =
    "countries:\n"
    "  - {code: CS, name: Serbia and Montenegro, from: 2003, to: 2006}\n"
    "  - {code: HR, name: Croatia}\n"
    "  - {code: HU, name: Hungary}\n"
    "  - {code: RO, name: Romania}\n"
    "  - {code: RS, name: Serbia, from: 2006}\n";

const char* kSources =
    "sources:\n"
    "  - {id: example, title: Example, publisher: SECI Center, archive: sources/example.txt}\n";

const char* kText =
    "2009\n"
    "The 16th Mirage Task Force Meeting, 19th of May, Bucharest, Romania\n"
    "7 joint investigations were coordinated.\n";

// Loads the files through the schema and the decoder, as the pipeline does, then runs the
// rules. Only the rules' diagnostics are returned (the fixtures are schema-valid).
struct World {
  std::vector<File> files{{"countries.yaml", FileKind::countries, kCountries},
                          {"sources.yaml", FileKind::sources, kSources}};
  std::map<std::string, std::string> archives{{"sources/example.txt", kText}};
  mirage::rules::Inputs inputs;

  World() { inputs.today = *mirage::model::parse_date("2026-01-31"); }

  World& add(std::string name, FileKind kind, std::string yaml) {
    files.push_back({std::move(name), kind, std::move(yaml)});
    return *this;
  }

  std::vector<Diagnostic> run() {
    static const auto schemas = mirage::schema::SchemaSet::load(std::nullopt);
    mirage::model::Archive archive;
    for (const auto& f : files) {
      DiagnosticSink sink;
      auto doc = mirage::load::parse_yaml(f.yaml, f.name, sink);
      REQUIRE(doc);
      schemas.validate(*doc, f.kind, f.name, sink);
      mirage::model::decode(*doc, f.kind, f.name, archive, sink);
      for (const auto& d : sink.sorted()) FAIL(f.name << ": " << d.message);
    }
    mirage::model::sort_archive(archive);
    inputs.read_archive = [this](const std::string& rel) -> std::optional<std::string> {
      auto it = archives.find(rel);
      if (it == archives.end()) return std::nullopt;
      return it->second;
    };
    DiagnosticSink sink;
    mirage::rules::check(archive, inputs, sink);
    return sink.sorted();
  }
};

std::string meeting(int number, const std::string& date, const std::string& extra = "") {
  std::string y = "id: m" + std::to_string(number) + "\nnumber: " + std::to_string(number) + "\ntitle: T\n";
  if (!date.empty()) y += "date: " + date + "\n";
  return y + extra + "citations: [{source: example, quote: 7 joint investigations were coordinated.}]\n";
}

std::string statistic(const std::string& id, const std::string& from, const std::string& to,
                      const std::string& figures, const std::string& extra = "") {
  return "id: " + id + "\ntitle: T\nperiod: {from: " + from + ", to: " + to + "}\nscope: task_force\n" + extra +
         "figures: {" + figures + "}\ncitations: [{source: example, quote: Bucharest}]\n";
}

std::vector<std::string> rules_of(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.rule);
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("every rule has a unique id, a failing end-to-end case, and a line in README and the man page") {
  const fs::path root = MIRAGE_SOURCE_DIR;
  const std::string man = slurp(root / "man/mirage.1");
  const std::string readme = slurp(root / "README.md");
  std::vector<std::string> ids;
  for (const auto& rule : mirage::rules::all()) {
    const std::string id(rule.id);
    CAPTURE(id);
    CHECK(std::find(ids.begin(), ids.end(), id) == ids.end());
    ids.push_back(id);
    CHECK(fs::is_regular_file(root / "tests/cases" / ("rule-" + id) / "stdout"));
    CHECK(man.find(".It Cm " + id + "\n") != std::string::npos);
    CHECK(readme.find("| `" + id + "` | " + std::string(rule.severity) + " |") != std::string::npos);
  }
}

TEST_CASE("clean data raises nothing") {
  World w;
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009-05-19", "country: RO\n"));
  w.add("meetings/m17.yaml", FileKind::meeting, meeting(17, "2010"));
  CHECK(w.run().empty());
}

TEST_CASE("a year stays a year: 2026 is not in the future on 2026-01-31, 2026-02 is") {
  World w;
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2026", "end_date: 2026-02\n"));
  auto d = w.run();
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "future-date");
  CHECK(d[0].path == "/end_date");
  CHECK(d[0].message == "'end_date' 2026-02 is in the future: today is 2026-01-31");
}

TEST_CASE("an end within the start's year or month is not before it") {
  World w;
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009-05", "end_date: 2009\n"));
  CHECK(w.run().empty());
}

TEST_CASE("references: unknown ids get the closest id of the right kind") {
  World w;
  w.add("investigations/tara.yaml", FileKind::investigation,
        "id: tara\nname: T\nform: operation\ncountries: [HR, RO]\ncitations: [{source: example, quote: Bucharest}]\n");
  w.add("investigations/tara2.yaml", FileKind::investigation,
        "id: tara2\nname: T\nform: operation\ncountries: [HR, RO]\nfollow_up_of: tarra\n"
        "citations: [{source: exampel, quote: Bucharest}]\n");
  auto d = w.run();
  REQUIRE(d.size() == 2);
  CHECK(d[0].message == "'follow_up_of' names 'tarra', but no record has that id: did you mean 'tara'?");
  CHECK(d[1].message ==
        "'citations[0].source' names source 'exampel', but sources.yaml has no such source: did you mean 'example'?");
}

TEST_CASE("references to records that did not load are not reported again") {
  World w;
  w.inputs.unloaded_ids = {"broken"};
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009", "reports: [broken]\n"));
  CHECK(w.run().empty());
}

TEST_CASE("a broken country registry silences the country rules") {
  World w;
  w.inputs.countries_unloaded = true;
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009", "country: XX\n"));
  CHECK(w.run().empty());
}

TEST_CASE("meeting gaps: an error when the dates leave no room, else a warning") {
  World w;
  w.add("meetings/m14.yaml", FileKind::meeting, meeting(14, "2009-05-18"));
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009-05-20"));  // one day between: room for 15
  w.add("meetings/m18.yaml", FileKind::meeting, meeting(18, "2009-05-21"));  // no day between 16 and 18
  w.add("meetings/m20.yaml", FileKind::meeting, meeting(20, ""));            // no date: cannot tell
  auto d = w.run();
  REQUIRE(d.size() == 3);
  CHECK(d[0].file == "meetings/m16.yaml");
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[1].file == "meetings/m18.yaml");
  CHECK(d[1].severity == Severity::error);
  CHECK(d[2].file == "meetings/m20.yaml");
  CHECK(d[2].severity == Severity::warning);
  CHECK(d[2].message == "meeting 19 is missing: the record has meeting 18 (meetings/m18.yaml) and then meeting 20");
}

TEST_CASE("meeting order tolerates dates of different precision") {
  World w;
  w.add("meetings/m15.yaml", FileKind::meeting, meeting(15, "2009-05-19"));
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009"));  // may well be later in 2009
  w.add("meetings/m17.yaml", FileKind::meeting, meeting(17, "2009-03"));
  auto d = w.run();
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "meeting-order");
  CHECK(d[0].file == "meetings/m17.yaml");
}

TEST_CASE("double counting: same scope, overlapping periods, a shared metric") {
  SUBCASE("overlap is an error on both sides") {
    World w;
    w.add("statistics/a.yaml", FileKind::statistic, statistic("a", "2009", "2009", "joint_investigations: 7"));
    w.add("statistics/b.yaml", FileKind::statistic, statistic("b", "2009-06", "2010", "joint_investigations: 3"));
    CHECK(rules_of(w.run()) == std::vector<std::string>{"double-count", "double-count"});
  }
  SUBCASE("different metrics, touching periods or another scope are fine") {
    World w;
    w.add("statistics/a.yaml", FileKind::statistic, statistic("a", "2009", "2009", "joint_investigations: 7"));
    w.add("statistics/b.yaml", FileKind::statistic, statistic("b", "2009", "2009", "operational_meetings: 8"));
    w.add("statistics/c.yaml", FileKind::statistic, statistic("c", "2010-01-01", "2010", "joint_investigations: 1"));
    std::string d = statistic("d", "2009", "2009", "joint_investigations: 7");
    d.replace(d.find("task_force"), 10, "witness_programme");
    w.add("statistics/d.yaml", FileKind::statistic, d);
    CHECK(w.run().empty());
  }
  SUBCASE("a breakdown, even of a breakdown, is not double counting when it sums up") {
    World w;
    w.add("statistics/whole.yaml", FileKind::statistic, statistic("whole", "2008", "2009", "joint_investigations: 17"));
    w.add("statistics/y2008.yaml", FileKind::statistic,
          statistic("y2008", "2008", "2008", "joint_investigations: 10", "breakdown_of: whole\n"));
    w.add("statistics/y2009.yaml", FileKind::statistic,
          statistic("y2009", "2009", "2009", "joint_investigations: 7", "breakdown_of: whole\n"));
    w.add("statistics/h2009.yaml", FileKind::statistic,
          statistic("h2009", "2009-07", "2009-12", "joint_investigations: 7", "breakdown_of: y2009\n"));
    CHECK(w.run().empty());
  }
  SUBCASE("figures about different investigations are different scopes") {
    World w;
    for (const char* id : {"tara", "kanis"})
      w.add(std::string("investigations/") + id + ".yaml", FileKind::investigation,
            std::string("id: ") + id +
                "\nname: T\nform: operation\ncountries: [HR, RO]\ncitations: [{source: example, quote: Bucharest}]\n");
    for (const char* id : {"tara", "kanis"}) {
      std::string s = statistic(std::string(id) + "-figures", "2009", "2009", "persons_detained: 5",
                                std::string("subjects: [") + id + "]\n");
      s.replace(s.find("task_force"), 10, "investigation");
      w.add(std::string("statistics/") + id + "-figures.yaml", FileKind::statistic, s);
    }
    CHECK(w.run().empty());
  }
}

TEST_CASE("a breakdown that does not sum shows both numbers") {
  World w;
  w.add("statistics/whole.yaml", FileKind::statistic, statistic("whole", "2008", "2009", "joint_investigations: 1301"));
  w.add("statistics/part.yaml", FileKind::statistic,
        statistic("part", "2008", "2008", "joint_investigations: 1300", "breakdown_of: whole\n"));
  auto d = w.run();
  REQUIRE(d.size() == 2);
  CHECK(d[0].file == "statistics/part.yaml");
  CHECK(d[1].file == "statistics/whole.yaml");
  CHECK(d[1].message ==
        "the breakdowns of this figure set give 1,300 joint_investigations ('part' 1,300), but it gives 1,301");
}

TEST_CASE("quotes: white space, line breaks and no-break spaces are folded; anything else counts") {
  World w;
  w.add("meetings/m16.yaml", FileKind::meeting,
        "id: m16\nnumber: 16\ntitle: T\ncitations:\n"
        "  - source: example\n"
        "    quote: \"2009 The 16th\\u00a0Mirage Task\\n  Force Meeting,\"\n"
        "  - source: example\n"
        "    quote: The 16th Mirage Task Force Meeting, 19 May, Bucharest\n");
  auto d = w.run();
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "quote");
  CHECK(d[0].path == "/citations/1/quote");
  CHECK(d[0].message ==
        "quote is not in the archived text of source 'example' (sources/example.txt), even with white space "
        "folded; the closest passage is \"The 16th Mirage Task Force Meeting, 19th of May, Bucharest,\" (the "
        "source has '19th' where the quote has '19')");
}

TEST_CASE("a missing archive is reported once, at the source, and its quotes are not checked") {
  World w;
  w.archives.clear();
  w.add("meetings/m16.yaml", FileKind::meeting, meeting(16, "2009"));
  auto d = w.run();
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "source-archive");
  CHECK(d[0].file == "sources.yaml");
}

TEST_CASE("historical names: a warning only when the record's whole span misses the country's years") {
  World w;
  w.add("activities/a.yaml", FileKind::activity,
        "id: a\ntype: operation\ntitle: T\ndate: 2005\nend_date: 2007\ncountries: [CS, RS]\n"
        "citations: [{source: example, quote: Bucharest}]\n");
  w.add("activities/b.yaml", FileKind::activity,
        "id: b\ntype: operation\ntitle: T\ndate: 2007-01\ncountry: CS\ncitations: [{source: example, quote: Bucharest}]\n");
  w.add("activities/c.yaml", FileKind::activity,
        "id: c\ntype: operation\ntitle: T\ncountry: CS\ncitations: [{source: example, quote: Bucharest}]\n");
  auto d = w.run();
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == "activities/b.yaml");
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message ==
        "'CS' (Serbia and Montenegro) existed only from 2003 to 2006, not in 2007-01: use the code of the country "
        "as it was then");
}
