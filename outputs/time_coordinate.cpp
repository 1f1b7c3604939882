#include "outputs/time_coordinate.hpp"

#include <cmath>
#include <cstdio>

#include "engine/calendar.hpp"
#include "engine/error.hpp"

namespace lmsim::outputs {
namespace {

bool is_midnight(const std::string& time_of_day) {
  for (const char* accepted :
       {"", " 00:00", " 00:00:00", " 00:00:00 UTC", "T00:00:00", "T00:00:00Z", " 00:00:00.0"}) {
    if (time_of_day == accepted) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> iso_dates(const Dimension& time, const std::string& file) {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  int consumed = 0;
  const bool parsed =
      std::sscanf(time.units.c_str(), "days since %d-%u-%u%n", &year, &month, &day, &consumed) == 3;
  // A valid calendar date (not 2025-02-31), optionally at midnight as other netCDF tools write.
  const bool valid = parsed && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
                     civil_from_days(days_from_civil(year, month, day)).day == day &&
                     is_midnight(time.units.substr(static_cast<std::size_t>(consumed)));
  if (!valid) {
    throw InputError({file, 0, 0, time.name + ".units"},
                     "expected 'days since YYYY-MM-DD', found '" + time.units + "'");
  }
  const long origin = days_from_civil(year, month, day);
  std::vector<std::string> dates;
  dates.reserve(time.values.size());
  for (double value : time.values) {
    if (!std::isfinite(value)) {
      throw InputError({file, 0, 0, time.name}, "a time value is not a finite number");
    }
    const CivilDate date = civil_from_days(origin + std::lround(value));
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", date.year, date.month, date.day);
    dates.emplace_back(text);
  }
  return dates;
}

std::string step_count(const std::vector<std::string>& dates) {
  bool months = true;
  for (const std::string& date : dates)
    months = months && date.size() == 10 && date.substr(8) == "01";
  return std::to_string(dates.size()) + (months ? " months" : " steps");
}

}  // namespace lmsim::outputs
