#include "engine/time_axis.hpp"

#include <cstdio>
#include <stdexcept>

namespace lmsim {

TimeAxis::TimeAxis(YearMonth first, YearMonth last)
    : first_(first), steps_(last.index() - first.index() + 1) {
  if (steps_ <= 0) throw std::invalid_argument("time axis ends before it starts");
}

YearMonth TimeAxis::at(int step) const {
  const int index = first_.index() + step;
  return {index / 12, index % 12 + 1};
}

std::string TimeAxis::label(int step) const {
  const YearMonth ym = at(step);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", ym.year, ym.month);
  return buffer;
}

}  // namespace lmsim
