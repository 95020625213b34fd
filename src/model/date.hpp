#pragma once
// Dates with a precision: 2008, 2009-05, 2009-05-19. A year stays a year.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace mirage::model {

enum class Precision { year, month, day };

struct Date {
  int year = 0;
  int month = 0;  // 0 when the precision is year
  int day = 0;    // 0 unless the precision is day
  Precision precision = Precision::year;

  // "2008", "2009-05", "2009-05-19"
  std::string to_string() const;
  // Chronological order; a less precise date sorts before the precise dates it contains.
  friend std::strong_ordering operator<=>(const Date& a, const Date& b);
  friend bool operator==(const Date& a, const Date& b) = default;

  // The first and last day this date can stand for, as comparable keys (yyyymmdd).
  int first_day() const;
  int last_day() const;
};

// Parses "2008", "2009-05", "2009-05-19". Returns nothing for other shapes; `error`
// says why a date-shaped text is no calendar date ("2009-02-30: February 2009 has 28 days").
std::optional<Date> parse_date(std::string_view text, std::string* error = nullptr);

int days_in_month(int year, int month);

// Days since 1970-01-01 of a day key (yyyymmdd, as first_day and last_day give), so that
// keys can be subtracted.
long day_number(int key);

// Today's date (UTC), to the day.
Date today();

}  // namespace mirage::model
