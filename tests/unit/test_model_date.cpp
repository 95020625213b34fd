#include <doctest/doctest.h>

#include <string>

#include "model/date.hpp"

using namespace mirage::model;

TEST_CASE("dates keep their precision") {
  auto y = parse_date("2008");
  REQUIRE(y);
  CHECK(y->precision == Precision::year);
  CHECK(y->to_string() == "2008");
  auto m = parse_date("2009-05");
  REQUIRE(m);
  CHECK(m->to_string() == "2009-05");
  auto d = parse_date("2009-05-19");
  REQUIRE(d);
  CHECK(d->precision == Precision::day);
  CHECK(d->to_string() == "2009-05-19");
}

TEST_CASE("only calendar dates parse, and the reason is given") {
  std::string why;
  CHECK_FALSE(parse_date("2009-02-30", &why));
  CHECK(why == "2009-02-30: February 2009 has 28 days");
  CHECK(parse_date("2008-02-29"));
  CHECK_FALSE(parse_date("2009-13", &why));
  CHECK(why == "2009-13: there is no month 13");
  CHECK_FALSE(parse_date("2009-5-19"));
  CHECK_FALSE(parse_date("20090"));
}

TEST_CASE("a year sorts before the dated days of that year") {
  CHECK(*parse_date("2009") < *parse_date("2009-01-01"));
  CHECK(*parse_date("2009-05") < *parse_date("2009-05-01"));
  CHECK(*parse_date("2008-12-31") < *parse_date("2009"));
  CHECK(parse_date("2009")->first_day() == 20090101);
  CHECK(parse_date("2008-02")->last_day() == 20080229);
}

TEST_CASE("day numbers count days across months and leap years") {
  CHECK(day_number(19700101) == 0);
  CHECK(day_number(20090520) - day_number(20090519) == 1);
  CHECK(day_number(20090301) - day_number(20090228) == 1);
  CHECK(day_number(20080301) - day_number(20080228) == 2);
  CHECK(day_number(20100101) - day_number(20090101) == 365);
}

TEST_CASE("today is a day") {
  const Date t = today();
  CHECK(t.precision == Precision::day);
  CHECK(t.year >= 2024);
}
