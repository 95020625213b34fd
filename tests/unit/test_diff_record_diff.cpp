#include <doctest/doctest.h>

#include "diff/record_diff.hpp"
#include "load/yaml_parser.hpp"
#include "output/record_diff.hpp"

using mirage::diff::compare;
using mirage::diff::compare_values;
using mirage::diff::Item;
using mirage::diff::Status;
using nlohmann::json;

namespace {

json yaml(const std::string& text) {
  mirage::DiagnosticSink sink;
  auto doc = mirage::load::parse_yaml(text, "t.yaml", sink);
  REQUIRE(doc);
  return doc->root;
}

Item item(std::string kind, std::string id, std::string file, json value) {
  return Item{std::move(kind), std::move(id), "", std::move(file), std::move(value)};
}

const char* kMeeting16 =
    "id: 2009-16\nnumber: 16\ntitle: The 16th Mirage Task Force Meeting\ndate: 2009-05-19\ncity: Bucharest\n"
    "country: RO\ncitations:\n  - source: s\n    quote: The 16th Mirage Task Force Meeting, 19th of May\n";

}  // namespace

TEST_CASE("field changes: changed, added and removed fields, with old and new values") {
  json a = yaml(kMeeting16);
  json b = a;
  b["date"] = "2009-05-18";
  b.erase("city");
  b["notes"] = "Held in the SECI Center";
  auto changes = compare_values(a, b);
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].field == "city");
  CHECK(changes[0].old_value == json("Bucharest"));
  CHECK_FALSE(changes[0].new_value);
  CHECK(changes[1].field == "date");
  CHECK(changes[1].old_value == json("2009-05-19"));
  CHECK(changes[1].new_value == json("2009-05-18"));
  CHECK(changes[2].field == "notes");
  CHECK_FALSE(changes[2].old_value);
}

TEST_CASE("lists of plain values change as a whole; lists of records item by item") {
  json a = yaml("countries: [BA, HR]\ncitations:\n  - {source: s, quote: q1}\n  - {source: s, quote: q2}\n");
  json b = yaml("countries: [BA, HR, RS]\ncitations:\n  - {source: s, quote: q1}\n  - {source: s, quote: q3}\n"
                "  - {source: t, quote: q4}\n");
  auto changes = compare_values(a, b);
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].field == "citations[1].quote");
  CHECK(changes[1].field == "citations[2]");
  CHECK_FALSE(changes[1].old_value);
  CHECK(changes[2].field == "countries");
  CHECK(changes[2].new_value == json::array({"BA", "HR", "RS"}));
}

TEST_CASE("a type change of one value is a change") {
  auto changes = compare_values(yaml("date: 2009\n"), yaml("date: 2009-05\n"));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].old_value == json(2009));
  CHECK(changes[0].new_value == json("2009-05"));
}

TEST_CASE("records are matched by kind and id: the same id of another kind is another record") {
  json m = yaml(kMeeting16);
  std::vector<Item> before{item("meeting", "x", "data/meetings/x.yaml", m)};
  std::vector<Item> after{item("activity", "x", "data/activities/x.yaml", yaml("id: x\ntype: training\ntitle: T\n"))};
  auto r = compare(before, after);
  REQUIRE(r.size() == 2);
  CHECK(r[0].status == Status::removed);
  CHECK(r[0].kind == "meeting");
  CHECK(r[1].status == Status::added);
  CHECK(r[1].kind == "activity");
}

TEST_CASE("an unchanged record is not reported") {
  std::vector<Item> v{item("meeting", "2009-16", "data/meetings/2009-16.yaml", yaml(kMeeting16))};
  CHECK(compare(v, v).empty());
}

TEST_CASE("a renamed record whose content is the same is a rename, not a removal and an addition") {
  json a = yaml(kMeeting16);
  json b = a;
  b["id"] = "2009-17";
  std::vector<Item> before{item("meeting", "2009-16", "data/meetings/2009-16.yaml", a)};
  std::vector<Item> after{item("meeting", "2009-17", "data/meetings/2009-17.yaml", b)};
  auto r = compare(before, after);
  REQUIRE(r.size() == 1);
  CHECK(r[0].status == Status::renamed);
  CHECK(r[0].old_id == "2009-16");
  CHECK(r[0].id == "2009-17");
  CHECK(r[0].old_file == "data/meetings/2009-16.yaml");
  CHECK(r[0].changes.empty());  // the id change is the rename itself
}

TEST_CASE("a renamed record that also changed shows its field changes") {
  json a = yaml(kMeeting16);
  json b = a;
  b["id"] = "2009-17";
  b["number"] = 17;
  std::vector<Item> before{item("meeting", "2009-16", "f16", a)};
  std::vector<Item> after{item("meeting", "2009-17", "f17", b)};
  auto r = compare(before, after);
  REQUIRE(r.size() == 1);
  CHECK(r[0].status == Status::renamed);
  REQUIRE(r[0].changes.size() == 1);
  CHECK(r[0].changes[0].field == "number");
}

TEST_CASE("records that have little in common are removed and added, not renamed") {
  std::vector<Item> before{item("activity", "a", "fa", yaml("id: a\ntype: training\ntitle: One\ndate: 2009\n"))};
  std::vector<Item> after{item("activity", "b", "fb", yaml("id: b\ntype: report\ntitle: Two\ndate: 2010\n"))};
  auto r = compare(before, after);
  REQUIRE(r.size() == 2);
  CHECK(r[0].status == Status::removed);
  CHECK(r[1].status == Status::added);
}

TEST_CASE("renames pair the most alike records first") {
  json base = yaml("id: a\ntype: training\ntitle: One\ndate: 2009\ncity: X\ncountry: RO\n");
  json close = base, far = base;
  close["id"] = "c";
  far["id"] = "f";
  far["city"] = "Y";
  far["title"] = "Other";
  std::vector<Item> before{item("activity", "a", "fa", base)};
  std::vector<Item> after{item("activity", "f", "ff", far), item("activity", "c", "fc", close)};
  auto r = compare(before, after);
  REQUIRE(r.size() == 2);
  CHECK(r[0].status == Status::renamed);
  CHECK(r[0].id == "c");
  CHECK(r[1].status == Status::added);
  CHECK(r[1].id == "f");
}

TEST_CASE("the same record in another file (a moved file) is a rename with the same id") {
  json a = yaml(kMeeting16);
  std::vector<Item> before{item("meeting", "2009-16", "data/meetings/2009-16.yml", a)};
  std::vector<Item> after{item("meeting", "2009-16", "data/meetings/2009-16.yaml", a)};
  auto r = compare(before, after);
  REQUIRE(r.size() == 1);
  CHECK(r[0].status == Status::renamed);
  CHECK(r[0].old_id == r[0].id);
}

TEST_CASE("results come in kind order, then by id") {
  std::vector<Item> after{item("activity", "a", "f1", yaml("id: a\n")), item("meeting", "z", "f2", yaml("id: z\n")),
                          item("meeting", "b", "f3", yaml("id: b\n")), item("country", "RO", "c", yaml("code: RO\n"))};
  auto r = compare({}, after);
  REQUIRE(r.size() == 4);
  CHECK(r[0].id == "b");
  CHECK(r[1].id == "z");
  CHECK(r[2].id == "a");
  CHECK(r[3].id == "RO");
}

TEST_CASE("items: one per record file, one per registry entry, labelled for readers") {
  using mirage::load::DataFile;
  using mirage::load::FileKind;
  std::vector<DataFile> files{{"", "data/countries.yaml", "countries.yaml", FileKind::countries},
                              {"", "data/meetings/2009-16.yaml", "meetings/2009-16.yaml", FileKind::meeting},
                              {"", "data/meetings/broken.yaml", "meetings/broken.yaml", FileKind::meeting}};
  mirage::DiagnosticSink sink;
  std::vector<std::optional<mirage::load::Document>> docs;
  docs.push_back(mirage::load::parse_yaml("countries:\n  - {code: RO, name: Romania}\n  - {code: BG, name: Bulgaria}\n",
                                          "c", sink));
  docs.push_back(mirage::load::parse_yaml(kMeeting16, "m", sink));
  docs.push_back(std::nullopt);  // unreadable YAML: left out
  auto items = mirage::diff::items(files, docs);
  REQUIRE(items.size() == 3);
  CHECK(items[0].kind == "country");
  CHECK(items[0].id == "RO");
  CHECK(items[0].label == "country RO");
  CHECK(items[2].kind == "meeting");
  CHECK(items[2].label == "meeting 16");
  CHECK(items[2].id == "2009-16");
}

TEST_CASE("text output: one line per field change, as 'meeting 16: date old -> new'") {
  json a = yaml(kMeeting16);
  json b = a;
  b["date"] = "2009-05-18";
  std::vector<Item> before{item("meeting", "2009-16", "data/meetings/2009-16.yaml", a)};
  std::vector<Item> after{item("meeting", "2009-16", "data/meetings/2009-16.yaml", b)};
  after[0].label = "meeting 16";
  mirage::output::DiffReport report{"HEAD", "working tree", compare(before, after), {}, std::nullopt};
  CHECK(mirage::output::diff_text(report) ==
        "meeting 16: date 2009-05-19 -> 2009-05-18\nHEAD -> working tree: 0 added, 0 removed, 0 renamed, 1 changed\n");
}

TEST_CASE("values are shown folded and cut") {
  CHECK(mirage::output::show_value(json("a  b\nc")) == "a b c");
  CHECK(mirage::output::show_value(json("abcdef"), 4) == "abc…");
  CHECK(mirage::output::show_value(json("ăîșțâ"), 3) == "ăî…");
  CHECK(mirage::output::show_value(json::array({"BA", "HR"})) == "[BA, HR]");
  CHECK(mirage::output::show_value(json{{"quote", "q"}, {"source", "s"}}) == "{quote: q, source: s}");
}
