#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "archive_builder.hpp"
#include "output/formats.hpp"
#include "util/text.hpp"

using namespace mirage;
using namespace mirage::testing;
using query::Cell;
using query::ColumnType;

namespace {

query::Table sample() {
  query::Table t;
  t.singular = "record";
  t.plural = "records";
  t.columns = {{"date", ColumnType::date},      {"name", ColumnType::text},
               {"total", ColumnType::integer},  {"year", ColumnType::year},
               {"countries", ColumnType::countries}, {"years", ColumnType::years}};
  t.rows.push_back({date("2009-05-19"), std::string("Plain"), 1301LL, 2009LL,
                    std::vector<query::CountryRef>{{"MK", "North Macedonia", std::nullopt}, {"RS", "Serbia", 5}},
                    query::Years{{2004, 2005, 2006, 2008}}});
  t.rows.push_back({date("2008"), std::string("Comma, \"quote\" | pipe"), 7LL, Cell(), std::vector<query::CountryRef>{},
                    query::Years{}});
  return t;
}

// A small RFC 4180 reader: fields, quoted fields with doubled quotes, CRLF records.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      REQUIRE_MESSAGE(c != '\n', "a bare LF ends no CSV record");
      field += c;
    }
  }
  (void)was_quoted;
  REQUIRE(field.empty());
  rows.pop_back();  // after the last CRLF
  return rows;
}

}  // namespace

TEST_CASE("table: aligned, numbers right-aligned with separators, years plain, lists joined") {
  const std::string out = output::to_table(sample());
  const auto lines = [&] {
    std::vector<std::string> v;
    std::size_t start = 0, end;
    while ((end = out.find('\n', start)) != std::string::npos) {
      v.push_back(out.substr(start, end - start));
      start = end + 1;
    }
    return v;
  }();
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "date        name                   total     year  countries   years");
  CHECK(lines[1] == "2009-05-19  Plain                  1,301     2009  MK, RS (5)  2004-2006, 2008");
  CHECK(lines[2] == "2008        Comma, \"quote\" | pipe      7  undated");
}

TEST_CASE("table: fits a width by cutting the widest text column, marking the cut") {
  query::Table t;
  t.columns = {{"id", ColumnType::text}, {"name", ColumnType::text, true}, {"n", ColumnType::integer}};
  t.rows.push_back({std::string("an-id-never-cut"), std::string("a very long name that does not fit"), 12345LL});
  output::Style style;
  style.width = 40;
  const std::string out = output::to_table(t, style);
  for (std::size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1)
    CHECK(text::utf8_length(out.substr(start, end - start)) <= 40);
  CHECK(out.find("…") != std::string::npos);
  CHECK(out.find("12,345") != std::string::npos);
  CHECK(out.find("an-id-never-cut") != std::string::npos);
  style.width = 10;  // too narrow: the flexible column stops at 10, the others are kept whole
  CHECK(output::to_table(t, style).find("a very lo…") != std::string::npos);
  CHECK(output::to_table(t).find("does not fit") != std::string::npos);  // no width: nothing cut
  style.color = true;
  CHECK(output::to_table(t, style).rfind("\x1b[1mid", 0) == 0);
}

TEST_CASE("truncate counts code points") {
  CHECK(output::truncate("Türkiye", 7) == "Türkiye");
  CHECK(output::truncate("Türkiye", 4) == "Tür…");
  CHECK(output::truncate("abc", 0).empty());
}

TEST_CASE("csv: RFC 4180, raw numbers, lists joined with ';', parses back") {
  const std::string out = output::to_csv(sample());
  const auto rows = read_csv(out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"date", "name", "total", "year", "countries", "years"});
  CHECK(rows[1] == std::vector<std::string>{"2009-05-19", "Plain", "1301", "2009", "MK;RS:5", "2004;2005;2006;2008"});
  CHECK(rows[2] == std::vector<std::string>{"2008", "Comma, \"quote\" | pipe", "7", "", "", ""});
  CHECK(out.find("\"Comma, \"\"quote\"\" | pipe\"") != std::string::npos);
  CHECK(output::csv_field("line\nbreak") == "\"line\nbreak\"");
}

TEST_CASE("json: an array of objects with typed values") {
  const auto j = nlohmann::json::parse(output::to_json(sample()));
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 2);
  CHECK(j[0]["date"] == "2009-05-19");
  CHECK(j[1]["date"] == "2008");
  CHECK(j[0]["total"] == 1301);
  CHECK(j[1]["year"].is_null());
  CHECK(j[0]["countries"][0] == nlohmann::json{{"code", "MK"}, {"name", "North Macedonia"}});
  CHECK(j[0]["countries"][1]["count"] == 5);
  CHECK(j[0]["years"] == nlohmann::json{2004, 2005, 2006, 2008});
  CHECK(output::to_json(query::Table{}) == "[]\n");
}

TEST_CASE("markdown: a GitHub table, numbers right-aligned, pipes escaped") {
  const std::string out = output::to_markdown(sample());
  CHECK(out.rfind("| date | name | total | year | countries | years |\n| --- | --- | ---: | ---: | --- | --- |\n", 0) == 0);
  CHECK(out.find("| 2009-05-19 | Plain | 1,301 | 2009 | MK, RS (5) | 2004-2006, 2008 |") != std::string::npos);
  CHECK(out.find("Comma, \"quote\" \\| pipe") != std::string::npos);
}

TEST_CASE("record views") {
  nlohmann::ordered_json r = {{"id", "2009-tara"},
                              {"date", nullptr},
                              {"countries", {{{"code", "MK"}, {"name", "North Macedonia"}}}},
                              {"followed_by", {{{"id", "2010-x"}, {"kind", "investigation"}, {"date", "2010"}, {"name", "X"}}}},
                              {"figures", nlohmann::ordered_json::array()},
                              {"citations", {{{"source", "s"}, {"quote", "a, \"b\""}}}}};
  CHECK(output::record_table(r) ==
        "id:          2009-tara\n"
        "date:        undated\n"
        "countries:   North Macedonia (MK)\n"
        "followed_by:\n"
        "  - 2010-x  X (investigation, 2010)\n"
        "figures:     none\n"
        "citations:\n"
        "  - source: s\n"
        "    quote:  a, \"b\"\n");
  const auto rows = read_csv(output::record_csv(r));
  REQUIRE(rows.size() == 11);
  CHECK(rows[0] == std::vector<std::string>{"field", "value"});
  CHECK(rows[3] == std::vector<std::string>{"countries.0.code", "MK"});
  CHECK(rows[10] == std::vector<std::string>{"citations.0.quote", "a, \"b\""});
  CHECK(nlohmann::ordered_json::parse(output::record_json(r)) == r);
  CHECK(output::record_markdown(r).find("| followed_by.0.id | 2010-x |") != std::string::npos);
}
