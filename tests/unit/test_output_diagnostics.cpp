#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "output/diagnostics.hpp"

using mirage::Diagnostic;
using mirage::Position;
using mirage::Severity;
using namespace mirage::output;

namespace {

std::vector<Diagnostic> sample() {
  return {
      {"data/meetings/2009-16.yaml", Position{4, 7}, Severity::error, "schema", "'date' must be a date, not 'x'",
       "/date"},
      {"data/a,b: c.txt", Position{}, Severity::warning, "stray-file", "50% done\r\nnext line", ""},
  };
}

}  // namespace

TEST_CASE("json: an array of objects that parses back, with every field") {
  const std::string text = diagnostics_json(sample());
  const auto j = nlohmann::json::parse(text);
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 2);
  CHECK(j[0]["file"] == "data/meetings/2009-16.yaml");
  CHECK(j[0]["line"] == 4);
  CHECK(j[0]["column"] == 7);
  CHECK(j[0]["severity"] == "error");
  CHECK(j[0]["rule"] == "schema");
  CHECK(j[0]["message"] == "'date' must be a date, not 'x'");
  CHECK(j[0]["path"] == "/date");
  CHECK(j[1]["line"] == 0);
  CHECK(j[1]["severity"] == "warning");
  CHECK(j[1]["message"] == "50% done\r\nnext line");
  // Keys in a fixed order, one diagnostic per line.
  CHECK(text.find("  {\"file\":\"data/meetings/2009-16.yaml\",\"line\":4,\"column\":7,\"severity\":\"error\"") !=
        std::string::npos);
}

TEST_CASE("json: no diagnostics is an empty array; invalid UTF-8 cannot break it") {
  CHECK(diagnostics_json({}) == "[]\n");
  std::vector<Diagnostic> bad{{"f\xE9.yaml", Position{1, 1}, Severity::error, "encoding", "byte \xFF", ""}};
  const auto j = nlohmann::json::parse(diagnostics_json(bad));
  CHECK(j[0]["file"] == "f\xEF\xBF\xBD.yaml");
}

TEST_CASE("github: workflow commands with escaped data and properties") {
  CHECK(github_escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext");
  CHECK(github_escape_property("a,b: c%") == "a%2Cb%3A c%25");
  CHECK(diagnostics_github(sample()) ==
        "::error file=data/meetings/2009-16.yaml,line=4,col=7,title=schema::'date' must be a date, not 'x'\n"
        "::warning file=data/a%2Cb%3A c.txt,title=stray-file::50%25 done%0D%0Anext line\n");
  CHECK(diagnostics_github({}).empty());
}

TEST_CASE("the summary counts files, errors and warnings") {
  CHECK(validation_summary(1, 1, 0) == "1 file checked: 1 error, 0 warnings");
  CHECK(validation_summary(44, 0, 2) == "44 files checked: 0 errors, 2 warnings");
}
