// Monthly calendar of a run: step t = 0 is the first month of the horizon.
#pragma once

#include <string>

namespace lmsim {

struct YearMonth {
  int year = 2025;
  int month = 1;  // 1..12
  int index() const { return year * 12 + (month - 1); }
  friend bool operator<=(YearMonth a, YearMonth b) { return a.index() <= b.index(); }
};

class TimeAxis {
 public:
  TimeAxis(YearMonth first, YearMonth last);

  int steps() const { return steps_; }
  YearMonth first() const { return first_; }
  YearMonth at(int step) const;
  int year(int step) const { return at(step).year; }
  int month(int step) const { return at(step).month; }
  std::string label(int step) const;  // "2025-01"
  int first_year() const { return first_.year; }
  int last_year() const { return at(steps_ - 1).year; }

 private:
  YearMonth first_;
  int steps_;
};

}  // namespace lmsim
