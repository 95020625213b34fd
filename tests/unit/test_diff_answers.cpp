#include <doctest/doctest.h>

#include "archive_builder.hpp"
#include "diff/answers.hpp"

using namespace mirage::testing;
using mirage::diff::answers_diff;
using mirage::model::Archive;
using mirage::model::Metric;
using nlohmann::json;

namespace {

Archive base() {
  Archive a;
  a.countries = {country("MK", "North Macedonia"), country("RO", "Romania"), country("RS", "Serbia")};
  a.meetings = {meeting("2009-16", "16th", "2009-05-19", "RO")};
  a.investigations = {investigation("2009-kanis", "KANIS", "2009", {"MK", "RS"})};
  a.statistics = {statistic("2009-figures", "2009", "2009", {{Metric::persons_detained, 52}})};
  return a;
}

}  // namespace

TEST_CASE("the same data moves no answer") { CHECK(answers_diff(base(), base()).empty()); }

TEST_CASE("a changed figure moves its total; a country added to an investigation moves its count") {
  Archive after = base();
  after.statistics[0].figures[0].value.value = 53;
  after.investigations[0].countries.push_back(loc(std::string("RO")));
  const auto changes = answers_diff(base(), after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].question == "total persons_detained");
  CHECK(changes[0].old_value == json(52));
  CHECK(changes[0].new_value == json(53));
  CHECK(changes[1].question == "RO investigations");
  CHECK(changes[1].old_value == json(0));
  CHECK(changes[1].new_value == json(1));
}

TEST_CASE("a metric that appears or disappears has no total on one side") {
  Archive after = base();
  after.statistics.clear();
  after.meetings.clear();
  const auto changes = answers_diff(base(), after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].question == "total persons_detained");
  CHECK(changes[0].new_value.is_null());
  CHECK(changes[1].question == "RO meetings_hosted");
  CHECK(changes[1].new_value == json(0));
}
