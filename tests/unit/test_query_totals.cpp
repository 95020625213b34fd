#include <doctest/doctest.h>

#include "archive_builder.hpp"
#include "query/totals.hpp"

using namespace mirage;
using namespace mirage::testing;
using model::Metric;

namespace {

long long total(const query::Table& t, std::size_t row) { return std::get<long long>(t.at(row, "total")); }
std::string metric(const query::Table& t, std::size_t row) { return std::get<std::string>(t.at(row, "metric")); }

query::Period years(const char* from, const char* to) { return {date(from), date(to)}; }
query::TotalsOptions over(query::Period period) {
  query::TotalsOptions o;
  o.period = period;
  return o;
}

}  // namespace

TEST_CASE("totals: sets inside the period are summed; a partial overlap is left out with the reason") {
  model::Archive a;
  a.statistics.push_back(statistic("ops", "2002", "2004", {{Metric::victims_identified, 1301}, {Metric::victims_assisted, 191}}));
  a.statistics.push_back(statistic("witnesses", "2004", "2005", {{Metric::witnesses_testified, 22}}));
  a.statistics.push_back(statistic("later", "2008", "2008", {{Metric::victims_identified, 5}}));
  const auto t = query::totals(a, over(years("2002", "2004")));
  REQUIRE(t.table.rows.size() == 2);
  CHECK(metric(t.table, 0) == "victims_identified");
  CHECK(total(t.table, 0) == 1301);
  CHECK(std::get<std::vector<std::string>>(t.table.at(0, "sets")) == std::vector<std::string>{"ops"});
  CHECK(total(t.table, 1) == 191);
  REQUIRE(t.left_out.size() == 1);
  CHECK(t.left_out[0] == query::LeftOut{"witnesses", "its period 2004-2005 only partly overlaps 2002-2004"});

  const auto all = query::totals(a);
  CHECK(total(all.table, 0) == 1306);
  CHECK(all.left_out.empty());
}

TEST_CASE("totals: a breakdown is never counted with its whole") {
  model::Archive a;
  a.statistics.push_back(statistic("whole", "2009", "2009", {{Metric::persons_detained, 52}}));
  a.statistics.push_back(statistic("part", "2009-03", "2009-04", {{Metric::persons_detained, 20}, {Metric::joint_investigations, 1}}, "whole"));
  a.statistics.push_back(statistic("subpart", "2009-03", "2009-03", {{Metric::persons_detained, 5}}, "part"));
  const auto t = query::totals(a, over(years("2009", "2009")));
  REQUIRE(t.table.rows.size() == 2);
  CHECK(metric(t.table, 0) == "persons_detained");
  CHECK(total(t.table, 0) == 52);
  CHECK(metric(t.table, 1) == "joint_investigations");  // the whole has none: the part's figure counts
  CHECK(total(t.table, 1) == 1);
  REQUIRE(t.left_out.size() == 2);
  CHECK(t.left_out[0] == query::LeftOut{"part", "persons_detained is a breakdown of whole, which is counted"});
  CHECK(t.left_out[1] == query::LeftOut{"subpart", "persons_detained is a breakdown of part, which is counted"});

  // When the whole is outside the period, the breakdown counts on its own.
  const auto march = query::totals(a, over(years("2009-03", "2009-04")));
  CHECK(total(march.table, 0) == 20);
}

TEST_CASE("totals: by year and cumulative; multi-year sets cannot be split") {
  model::Archive a;
  a.statistics.push_back(statistic("y2008", "2008", "2008", {{Metric::joint_investigations, 10}}));
  a.statistics.push_back(statistic("y2009", "2009", "2009", {{Metric::joint_investigations, 7}}));
  a.statistics.push_back(statistic("y2010", "2010", "2010", {{Metric::joint_investigations, 10}, {Metric::operational_meetings, 2}}));
  a.statistics.push_back(statistic("span", "2008", "2009", {{Metric::joint_investigations, 99}}));
  query::TotalsOptions o;
  o.period = years("2008", "2010");
  o.metrics = {Metric::joint_investigations};
  o.cumulative = true;
  const auto t = query::totals(a, o);
  REQUIRE(t.table.rows.size() == 3);
  CHECK(t.table.columns[0].name == "year");
  std::vector<long long> running;
  for (std::size_t i = 0; i < 3; ++i) running.push_back(std::get<long long>(t.table.at(i, "cumulative")));
  CHECK(running == std::vector<long long>{10, 17, 27});
  CHECK(std::get<long long>(t.table.at(2, "year")) == 2010);
  REQUIRE(t.left_out.size() == 1);
  CHECK(t.left_out[0] == query::LeftOut{"span", "its period 2008-2009 spans more than one year"});
}

TEST_CASE("totals: a metric asked for with no figure gets an empty total") {
  model::Archive a;
  a.statistics.push_back(statistic("y2008", "2008", "2008", {{Metric::joint_investigations, 10}}));
  query::TotalsOptions o;
  o.metrics = {Metric::victims_identified, Metric::joint_investigations};
  const auto t = query::totals(a, o);
  REQUIRE(t.table.rows.size() == 2);
  CHECK(metric(t.table, 0) == "victims_identified");
  CHECK(std::holds_alternative<std::monostate>(t.table.at(0, "total")));
  CHECK(total(t.table, 1) == 10);
}
