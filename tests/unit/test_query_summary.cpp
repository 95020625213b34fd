#include <doctest/doctest.h>

#include "archive_builder.hpp"
#include "query/summary.hpp"

using namespace mirage;
using namespace mirage::testing;

namespace {

model::Archive sample() {
  model::Archive a;
  a.countries.push_back(country("BA", "Bosnia and Herzegovina"));
  a.countries.push_back(country("CS", "Serbia and Montenegro"));
  a.countries.push_back(country("MK", "North Macedonia"));
  a.countries.back().former_names.push_back({"the former Yugoslav Republic of Macedonia", 1993, 2019});
  a.countries.push_back(country("RS", "Serbia"));
  a.meetings.push_back(meeting("2010-17", "17th", "2010-10-19", "BA"));
  a.investigations.push_back(investigation("2008-a", "A", "2008", {"MK", "RS"}));
  a.investigations.push_back(investigation("2009-b", "B", "2009", {"MK", "RS", "BA"}));
  a.investigations.push_back(investigation("2010-c", "C", "2010", {"BA"}));
  a.activities.push_back(activity("2004-t", model::ActivityType::witness_testimony, "T", "2004", {"BA", "MK", "CS"}));
  a.activities.back().end_date = loc(date("2005"));
  a.activities.push_back(activity("undated", model::ActivityType::milestone, "U", nullptr));
  a.statistics.push_back(statistic("2010-f", "2010", "2010", {{model::Metric::joint_investigations, 10}}));
  return a;
}

long long n(const query::Table& t, std::size_t row, const char* col) { return std::get<long long>(t.at(row, col)); }

}  // namespace

TEST_CASE("summary by country: counts, years, partners; Serbia and Montenegro stays itself") {
  const auto t = query::summary_by_country(sample());
  REQUIRE(t.rows.size() == 4);
  // BA
  CHECK(n(t, 0, "meetings_hosted") == 1);
  CHECK(n(t, 0, "investigations") == 2);
  CHECK(n(t, 0, "activities") == 1);
  CHECK(std::get<query::Years>(t.at(0, "years_active")).years == std::vector<int>{2004, 2005, 2009, 2010});
  // CS is not folded into RS
  CHECK(std::get<std::string>(t.at(1, "code")) == "CS");
  CHECK(n(t, 1, "activities") == 1);
  CHECK(n(t, 3, "activities") == 0);
  CHECK(n(t, 3, "investigations") == 2);
  // MK's partners: RS twice, then BA (2: the 2009 case and the testimonies), CS once
  const auto& partners = std::get<std::vector<query::CountryRef>>(t.at(2, "partners"));
  REQUIRE(partners.size() == 3);
  CHECK(partners[0].code == "BA");
  CHECK(partners[0].count == 2);
  CHECK(partners[1].code == "RS");
  CHECK(partners[2].code == "CS");
  CHECK(std::get<std::string>(t.at(2, "name")) == "North Macedonia");

  query::SummaryOptions o;
  o.names = query::Names::historical;
  CHECK(std::get<std::string>(query::summary_by_country(sample(), o).at(2, "name")) ==
        "the former Yugoslav Republic of Macedonia");
}

TEST_CASE("summary by year: documented investigations next to the reported number; undated last") {
  const auto t = query::summary_by_year(sample());
  // 2004 .. 2010, then undated
  REQUIRE(t.rows.size() == 8);
  CHECK(n(t, 0, "year") == 2004);
  CHECK(n(t, 2, "year") == 2006);  // an empty year shows
  CHECK(n(t, 2, "activities") == 0);
  CHECK(n(t, 6, "year") == 2010);
  CHECK(n(t, 6, "investigations") == 1);
  CHECK(n(t, 6, "joint_investigations_reported") == 10);
  CHECK(n(t, 6, "figure_sets") == 1);
  CHECK(std::holds_alternative<std::monostate>(t.at(5, "joint_investigations_reported")));
  CHECK(std::holds_alternative<std::monostate>(t.at(7, "year")));
  CHECK(n(t, 7, "activities") == 1);
}

TEST_CASE("summary of one country, year by year") {
  const auto t = query::summary_of_country(sample(), "BA");
  REQUIRE(t.rows.size() == 4);
  CHECK(n(t, 0, "year") == 2004);
  CHECK(n(t, 3, "year") == 2010);
  CHECK(n(t, 3, "meetings_hosted") == 1);
  CHECK(n(t, 3, "investigations") == 1);
  CHECK(std::get<std::vector<std::string>>(t.at(3, "records")) == std::vector<std::string>{"2010-c", "2010-17"});
}
