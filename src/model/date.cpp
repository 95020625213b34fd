#include "model/date.hpp"

#include <charconv>
#include <chrono>

#include <fmt/format.h>

namespace mirage::model {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return days[month - 1];
}

long day_number(int key) {
  // Howard Hinnant's days_from_civil.
  long y = key / 10000;
  const long m = key / 100 % 100;
  const long d = key % 100;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date today() {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day())), Precision::day};
}

std::string Date::to_string() const {
  switch (precision) {
    case Precision::year: return fmt::format("{:04}", year);
    case Precision::month: return fmt::format("{:04}-{:02}", year, month);
    case Precision::day: break;
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::strong_ordering operator<=>(const Date& a, const Date& b) {
  if (auto c = a.year <=> b.year; c != 0) return c;
  if (auto c = a.month <=> b.month; c != 0) return c;
  if (auto c = a.day <=> b.day; c != 0) return c;
  return a.precision <=> b.precision;
}

int Date::first_day() const { return year * 10000 + (month ? month : 1) * 100 + (day ? day : 1); }

int Date::last_day() const {
  const int m = month ? month : 12;
  return year * 10000 + m * 100 + (day ? day : days_in_month(year, m));
}

std::optional<Date> parse_date(std::string_view text, std::string* error) {
  auto number = [&](std::size_t pos, std::size_t len, int& out) {
    if (pos + len > text.size()) return false;
    for (std::size_t i = pos; i < pos + len; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return true;
  };
  Date d;
  if (!(text.size() == 4 || text.size() == 7 || text.size() == 10) || !number(0, 4, d.year)) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-' || !number(5, 2, d.month)) return std::nullopt;
    d.precision = Precision::month;
    if (d.month < 1 || d.month > 12) {
      if (error) *error = fmt::format("{}: there is no month {}", text, d.month);
      return std::nullopt;
    }
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !number(8, 2, d.day)) return std::nullopt;
    d.precision = Precision::day;
    const int max = days_in_month(d.year, d.month);
    if (d.day < 1 || d.day > max) {
      static constexpr const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
      if (error) *error = fmt::format("{}: {} {} has {} days", text, names[d.month - 1], d.year, max);
      return std::nullopt;
    }
  }
  return d;
}

}  // namespace mirage::model
