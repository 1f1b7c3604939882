// outputs/time_coordinate's iso_dates: a monthly CF time axis ("days since YYYY-MM-DD") becomes
// the first of each month across a leap year, and units that are not days since a valid date
// are InputErrors naming the file and time.units.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/calendar.hpp"
#include "engine/error.hpp"
#include "engine/result_set.hpp"
#include "outputs/time_coordinate.hpp"

namespace lmsim::test {
namespace {

// The first of every month from start_year-start_month on, `months` of them, as days since the
// first of the start month.
Dimension monthly_time(int start_year, unsigned start_month, int months) {
  Dimension time{"time", {}, {}, "", "time"};
  const long origin = days_from_civil(start_year, start_month, 1);
  time.units = "days since " + std::to_string(start_year) + "-" + (start_month < 10 ? "0" : "") +
               std::to_string(start_month) + "-01";
  int year = start_year;
  unsigned month = start_month;
  for (int i = 0; i < months; ++i) {
    time.values.push_back(static_cast<double>(days_from_civil(year, month, 1) - origin));
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return time;
}

TEST_CASE("iso_dates gives the first of each month across a leap year", "[outputs][time]") {
  // November 2027 .. April 2029: February 2028 has 29 days, February 2029 28.
  const Dimension time = monthly_time(2027, 11, 18);
  REQUIRE(time.units == "days since 2027-11-01");
  // The values are what a monthly axis holds: 30, 31, 31, 29 days on from November.
  REQUIRE(time.values[1] == 30.0);
  REQUIRE(time.values[4] - time.values[3] == 29.0);
  REQUIRE(time.values[16] - time.values[15] == 28.0);

  const std::vector<std::string> dates = outputs::iso_dates(time, "leap.h5");
  REQUIRE(dates == std::vector<std::string>{"2027-11-01", "2027-12-01", "2028-01-01", "2028-02-01",
                                            "2028-03-01", "2028-04-01", "2028-05-01", "2028-06-01",
                                            "2028-07-01", "2028-08-01", "2028-09-01", "2028-10-01",
                                            "2028-11-01", "2028-12-01", "2029-01-01", "2029-02-01",
                                            "2029-03-01", "2029-04-01"});
}

TEST_CASE("iso_dates counts days from the origin in the units, not from the first value",
          "[outputs][time]") {
  Dimension time{"time", {59.0, 60.0, 365.0, 366.0}, {}, "days since 2024-01-01", "time"};
  REQUIRE(outputs::iso_dates(time, "f.h5") ==
          std::vector<std::string>{"2024-02-29", "2024-03-01", "2024-12-31", "2025-01-01"});
  time.units = "days since 2025-01-01";
  REQUIRE(outputs::iso_dates(time, "f.h5") ==
          std::vector<std::string>{"2025-03-01", "2025-03-02", "2026-01-01", "2026-01-02"});
}

TEST_CASE("iso_dates refuses units other than days since a valid date, naming file and key",
          "[outputs][time]") {
  Dimension time = monthly_time(2025, 1, 3);
  REQUIRE(outputs::iso_dates(time, "runs/base.h5").size() == 3);
  time.units = GENERATE(as<std::string>{}, "months since 2025-01-01", "days since 2025-13-01",
                        "days since 2025-02-31", "days since 2025-01-01 12:00:00");
  INFO("units: " << time.units);
  REQUIRE_THROWS_AS(outputs::iso_dates(time, "runs/base.h5"), InputError);
  REQUIRE_THROWS_WITH(outputs::iso_dates(time, "runs/base.h5"), Catch::Contains("runs/base.h5") &&
                                                                    Catch::Contains("time.units") &&
                                                                    Catch::Contains(time.units));
}

}  // namespace
}  // namespace lmsim::test

namespace lmsim::test {

TEST_CASE("iso_dates accepts units that name midnight, as other netCDF tools write them",
          "[outputs][time]") {
  Dimension time{"time", {0.0, 31.0}, {}, "", "time"};
  for (const char* units : {"days since 2025-01-01 00:00:00", "days since 2025-01-01T00:00:00Z"}) {
    time.units = units;
    REQUIRE(outputs::iso_dates(time, "f.h5") ==
            std::vector<std::string>{"2025-01-01", "2025-02-01"});
  }
}

}  // namespace lmsim::test
