#include "engine/time_axis.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "engine/calendar.hpp"

namespace lmsim {
namespace {

long first_day(YearMonth ym) {
  return days_from_civil(ym.year, static_cast<unsigned>(ym.month), 1);
}

}  // namespace

TimeAxis::TimeAxis(YearMonth first, YearMonth last)
    : first_(first), steps_(last.index() - first.index() + 1) {
  if (steps_ <= 0) throw std::invalid_argument("time axis ends before it starts");
}

TimeAxis TimeAxis::in_days(YearMonth first, double step_days, int steps) {
  if (!(step_days > 0.0) || steps <= 0)
    throw std::invalid_argument("time axis needs a positive step length and number of steps");
  TimeAxis axis(first, first);
  axis.steps_ = steps;
  axis.step_days_ = step_days;
  return axis;
}

YearMonth TimeAxis::at(int step) const {
  if (monthly()) {
    const int index = first_.index() + step;
    return {index / 12, index % 12 + 1};
  }
  const CivilDate date =
      civil_from_days(first_day(first_) + static_cast<long>(std::floor(days(step))));
  return {date.year, static_cast<int>(date.month)};
}

double TimeAxis::days(int step) const {
  if (!monthly()) return step * step_days_;
  return static_cast<double>(first_day(at(step)) - first_day(first_));
}

double TimeAxis::years(int step) const {
  return monthly() ? step / 12.0 : days(step) / 365.25;
}

std::string TimeAxis::label(int step) const {
  char buffer[24];
  if (monthly()) {
    const YearMonth ym = at(step);
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", ym.year, ym.month);
  } else {
    const CivilDate date =
        civil_from_days(first_day(first_) + static_cast<long>(std::floor(days(step))));
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", date.year, date.month, date.day);
  }
  return buffer;
}

}  // namespace lmsim
