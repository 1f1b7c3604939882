// Unit tests of engine/calendar: days_from_civil counts days since 1970-01-01 in the proleptic
// Gregorian calendar, with the leap-year rules of 4, 100 and 400 years.
#include <catch2/catch.hpp>

#include "engine/calendar.hpp"

namespace {

using lmsim::days_from_civil;

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

}  // namespace

static_assert(days_from_civil(1970, 1, 1) == 0);

TEST_CASE("days_from_civil is 0 on 1970-01-01 and counts days around it", "[engine]") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(1970, 1, 2) == 1);
  CHECK(days_from_civil(1969, 12, 31) == -1);
  CHECK(days_from_civil(1971, 1, 1) == 365);
  CHECK(days_from_civil(2000, 1, 1) == 10957);
  CHECK(days_from_civil(2025, 1, 1) == 20089);
}

TEST_CASE("days_from_civil: 365 days from 2025-01-01 to 2026-01-01", "[engine]") {
  CHECK(days_from_civil(2026, 1, 1) - days_from_civil(2025, 1, 1) == 365);
}

TEST_CASE("days_from_civil handles leap years", "[engine]") {
  CHECK(days_from_civil(2025, 1, 1) - days_from_civil(2024, 1, 1) == 366);
  CHECK(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28) == 2);  // 29 February
  CHECK(days_from_civil(2025, 3, 1) - days_from_civil(2025, 2, 28) == 1);
  CHECK(days_from_civil(2100, 3, 1) - days_from_civil(2100, 2, 28) == 1);  // not a leap year
  CHECK(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28) == 2);  // but 2000 is
  CHECK(days_from_civil(2001, 1, 1) - days_from_civil(2000, 1, 1) == 366);
  CHECK(days_from_civil(1901, 1, 1) - days_from_civil(1900, 1, 1) == 365);
}

TEST_CASE("days_from_civil: year lengths and month starts agree with the calendar rules",
          "[engine]") {
  const unsigned month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int year = 1890; year <= 2110; ++year) {
    INFO(year);
    CHECK(days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1) ==
          (is_leap(year) ? 366 : 365));
    for (unsigned month = 1; month <= 11; ++month) {
      const unsigned length = month_days[month - 1] + (month == 2 && is_leap(year) ? 1u : 0u);
      CHECK(days_from_civil(year, month + 1, 1) - days_from_civil(year, month, 1) ==
            static_cast<long>(length));
    }
  }
}

TEST_CASE("civil_from_days inverts days_from_civil for every day of 1890-2110", "[engine]") {
  for (long day = lmsim::days_from_civil(1890, 1, 1); day < lmsim::days_from_civil(2111, 1, 1);
       ++day) {
    const lmsim::CivilDate date = lmsim::civil_from_days(day);
    REQUIRE(days_from_civil(date.year, date.month, date.day) == day);
    REQUIRE(date.month >= 1);
    REQUIRE(date.month <= 12);
  }
  CHECK(lmsim::civil_from_days(0).year == 1970);
  CHECK(lmsim::civil_from_days(20089).year == 2025);  // 2025-01-01
  CHECK(lmsim::civil_from_days(20089 + 31).month == 2);
}
