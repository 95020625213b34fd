#include <doctest/doctest.h>

#include "archive_builder.hpp"
#include "query/list.hpp"

using namespace mirage;
using namespace mirage::testing;

namespace {

model::Archive sample() {
  model::Archive a;
  a.countries.push_back(country("MK", "North Macedonia"));
  a.countries.back().former_names.push_back({"the former Yugoslav Republic of Macedonia", 1993, 2019});
  a.countries.push_back(country("RO", "Romania"));
  a.countries.push_back(country("RS", "Serbia"));
  a.meetings.push_back(meeting("2009-16", "The 16th meeting", "2009-05-19", "RO"));
  a.meetings.back().city = loc(std::string("Bucharest"));
  a.investigations.push_back(investigation("2009-kanis", "KANIS", "2009", {"MK", "RS"}));
  a.investigations.back().crime = loc(model::Crime::illegal_migration);
  a.investigations.push_back(investigation("2010-x", nullptr, "2010", {"RO"}));
  a.investigations.back().description = loc(std::string("a case with no name"));
  a.activities.push_back(activity("2009-may", model::ActivityType::training, "A May training", "2009-05"));
  a.activities.push_back(activity("naming", model::ActivityType::milestone, "Named Mirage", nullptr));
  a.activities.push_back(activity("2004-span", model::ActivityType::witness_testimony, "Testimonies", "2004", {"MK"}));
  a.activities.back().end_date = loc(date("2005"));
  a.statistics.push_back(statistic("2009-figures", "2009", "2009", {{model::Metric::joint_investigations, 7}}));
  return a;
}

std::vector<std::string> ids(const query::Table& t) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < t.rows.size(); ++i) out.push_back(std::get<std::string>(t.at(i, "id")));
  return out;
}

}  // namespace

TEST_CASE("list: chronological, a year before the dated records of that year, undated last") {
  const auto t = query::list(sample());
  CHECK(ids(t) == std::vector<std::string>{"2004-span", "2009-kanis", "2009-figures", "2009-may", "2009-16",
                                           "2010-x", "naming"});
  CHECK(std::get<model::Date>(t.at(0, "date")).to_string() == "2004");
  CHECK(std::get<model::Date>(t.at(0, "end_date")).to_string() == "2005");
  CHECK(std::get<model::Date>(t.at(3, "date")).to_string() == "2009-05");
  CHECK(std::holds_alternative<std::monostate>(t.at(6, "date")));
  CHECK(t.count_line() == "7 records");
}

TEST_CASE("list: names, places and countries") {
  const auto t = query::list(sample());
  CHECK(std::get<std::string>(t.at(4, "place")) == "Bucharest, Romania");
  CHECK(std::get<std::string>(t.at(5, "name")) == "a case with no name");
  const auto& countries = std::get<std::vector<query::CountryRef>>(t.at(1, "countries"));
  REQUIRE(countries.size() == 2);
  CHECK(countries[0].code == "MK");
  CHECK(countries[0].name == "North Macedonia");
  query::ListOptions o;
  o.names = query::Names::historical;
  const auto h = query::list(sample(), o);
  CHECK(std::get<std::vector<query::CountryRef>>(h.at(1, "countries"))[0].name ==
        "the former Yugoslav Republic of Macedonia");
}

TEST_CASE("list: filters combine, and a date filter leaves out undated records") {
  query::ListOptions o;
  o.period.from = o.period.to = date("2009");
  CHECK(ids(query::list(sample(), o)) == std::vector<std::string>{"2009-kanis", "2009-figures", "2009-may", "2009-16"});
  o.kinds = {model::Kind::investigation, model::Kind::meeting};
  CHECK(ids(query::list(sample(), o)) == std::vector<std::string>{"2009-kanis", "2009-16"});
  o.countries = {"RO"};
  CHECK(ids(query::list(sample(), o)) == std::vector<std::string>{"2009-16"});

  query::ListOptions span;
  span.period.from = span.period.to = date("2005");  // a record spanning 2004-2005 meets 2005
  CHECK(ids(query::list(sample(), span)) == std::vector<std::string>{"2004-span"});

  query::ListOptions crime;
  crime.crimes = {model::Crime::illegal_migration};
  CHECK(ids(query::list(sample(), crime)) == std::vector<std::string>{"2009-kanis"});

  query::ListOptions type;
  type.types = {"training", "milestone"};
  CHECK(ids(query::list(sample(), type)) == std::vector<std::string>{"2009-may", "naming"});

  query::ListOptions grep;
  grep.grep = "NO NAME";
  CHECK(ids(query::list(sample(), grep)) == std::vector<std::string>{"2010-x"});
  grep.grep = "bucharest";
  CHECK(ids(query::list(sample(), grep)) == std::vector<std::string>{"2009-16"});
}
