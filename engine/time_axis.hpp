// The calendar of a run: step t = 0 is the start. Steps are calendar months (the default, and
// what every supply-side process assumes) or a fixed number of days (the 6.75-week step of
// del Rio-Chanona et al. 2021, for validation runs of the demand side and matching).
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
  // Calendar months from first to last, both included.
  TimeAxis(YearMonth first, YearMonth last);
  // `steps` steps of step_days days each, from the first day of `first`.
  static TimeAxis in_days(YearMonth first, double step_days, int steps);

  int steps() const { return steps_; }
  bool monthly() const { return step_days_ == 0.0; }
  double step_days() const { return step_days_; }  // 0 for calendar months
  YearMonth first() const { return first_; }
  // The calendar month in which step `step` begins.
  YearMonth at(int step) const;
  int year(int step) const { return at(step).year; }
  int month(int step) const { return at(step).month; }
  // Days from the first day of the first month to the start of the step (the CF time value).
  double days(int step) const;
  // Years since the start: step / 12 for months, days / 365.25 otherwise.
  double years(int step) const;
  std::string label(int step) const;  // "2025-01" for months, "2025-02-17" for steps of days
  int first_year() const { return first_.year; }
  int last_year() const { return at(steps_ - 1).year; }

 private:
  YearMonth first_;
  int steps_;
  double step_days_ = 0.0;
};

}  // namespace lmsim
