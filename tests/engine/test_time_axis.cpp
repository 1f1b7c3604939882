// Unit tests of engine/time_axis: YearMonth ordering and the monthly axis of a run, with its
// labels and year/month arithmetic across year ends.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "engine/time_axis.hpp"

namespace {

using lmsim::TimeAxis;
using lmsim::YearMonth;

}  // namespace

TEST_CASE("YearMonth index counts months and orders dates", "[engine]") {
  CHECK(YearMonth{2025, 1}.index() == 2025 * 12);
  CHECK(YearMonth{2025, 12}.index() + 1 == YearMonth{2026, 1}.index());
  CHECK(YearMonth{2025, 12} <= YearMonth{2026, 1});
  CHECK(YearMonth{2026, 1} <= YearMonth{2026, 1});
  CHECK_FALSE(YearMonth{2026, 2} <= YearMonth{2026, 1});
  CHECK_FALSE(YearMonth{2027, 1} <= YearMonth{2026, 12});
}

TEST_CASE("TimeAxis counts the months of the horizon, both ends included", "[engine]") {
  CHECK(TimeAxis({2025, 1}, {2025, 1}).steps() == 1);
  CHECK(TimeAxis({2025, 1}, {2025, 12}).steps() == 12);
  CHECK(TimeAxis({2025, 1}, {2040, 12}).steps() == 16 * 12);
  CHECK(TimeAxis({2025, 11}, {2026, 2}).steps() == 4);
  CHECK_THROWS_AS(TimeAxis({2025, 2}, {2025, 1}), std::invalid_argument);
  CHECK_THROWS_AS(TimeAxis({2026, 1}, {2025, 12}), std::invalid_argument);
}

TEST_CASE("TimeAxis labels steps as YYYY-MM", "[engine]") {
  const TimeAxis axis({2025, 11}, {2027, 2});
  CHECK(axis.label(0) == "2025-11");
  CHECK(axis.label(1) == "2025-12");
  CHECK(axis.label(2) == "2026-01");
  CHECK(axis.label(14) == "2027-01");
  CHECK(axis.label(axis.steps() - 1) == "2027-02");
}

TEST_CASE("TimeAxis year and month arithmetic across year ends", "[engine]") {
  const TimeAxis axis({2025, 12}, {2028, 1});
  CHECK(axis.first().year == 2025);
  CHECK(axis.first().month == 12);
  CHECK(axis.steps() == 26);
  CHECK(axis.first_year() == 2025);
  CHECK(axis.last_year() == 2028);
  for (int step = 0; step < axis.steps(); ++step) {
    INFO(step);
    const YearMonth ym = axis.at(step);
    CHECK(ym.year == axis.year(step));
    CHECK(ym.month == axis.month(step));
    CHECK(ym.month >= 1);
    CHECK(ym.month <= 12);
    CHECK(ym.index() == axis.first().index() + step);
    if (step > 0) {
      const YearMonth previous = axis.at(step - 1);
      if (previous.month == 12) {
        CHECK(ym.year == previous.year + 1);
        CHECK(ym.month == 1);
      } else {
        CHECK(ym.year == previous.year);
        CHECK(ym.month == previous.month + 1);
      }
    }
  }
  CHECK(axis.month(0) == 12);
  CHECK(axis.year(1) == 2026);
  CHECK(axis.month(1) == 1);
  CHECK(axis.year(13) == 2027);
  CHECK(axis.month(13) == 1);
  CHECK(axis.month(12) == 12);
  CHECK(axis.year(12) == 2026);
}

TEST_CASE("TimeAxis of one year ends in the same year", "[engine]") {
  const TimeAxis axis({2030, 1}, {2030, 12});
  CHECK(axis.first_year() == 2030);
  CHECK(axis.last_year() == 2030);
  CHECK(axis.label(11) == "2030-12");
}

TEST_CASE("TimeAxis in days: step starts, calendar months, labels and years", "[engine]") {
  const TimeAxis axis = TimeAxis::in_days({2016, 1}, 47.25, 600);
  CHECK_FALSE(axis.monthly());
  CHECK(axis.steps() == 600);
  CHECK(axis.step_days() == 47.25);
  CHECK(axis.days(0) == 0.0);
  CHECK(axis.days(2) == 94.5);
  // Step 1 starts 47.25 days after 2016-01-01: on 2016-02-17.
  CHECK(axis.label(1) == "2016-02-17");
  CHECK(axis.at(1).year == 2016);
  CHECK(axis.at(1).month == 2);
  // 2016 is a leap year: day 366 is 2017-01-01 (step 8 starts on day 378).
  CHECK(axis.label(8) == "2017-01-13");
  CHECK(axis.years(600) == 600 * 47.25 / 365.25);
  CHECK(axis.last_year() == 2093);
  CHECK_THROWS_AS(TimeAxis::in_days({2016, 1}, 0.0, 10), std::invalid_argument);
  CHECK_THROWS_AS(TimeAxis::in_days({2016, 1}, 7.0, 0), std::invalid_argument);
}

TEST_CASE("TimeAxis in months: days since the first month follow the calendar", "[engine]") {
  const TimeAxis axis({2024, 1}, {2025, 1});
  CHECK(axis.monthly());
  CHECK(axis.days(1) == 31.0);
  CHECK(axis.days(2) == 60.0);  // 2024 is a leap year
  CHECK(axis.days(12) == 366.0);
  CHECK(axis.years(6) == 0.5);
}
