// Progress of a long run on stderr: months (or sweep points) done, persons (or points) per
// second and time left, redrawn at most five times a second, only when stderr is a terminal and
// the run is not quiet.
#pragma once

#include <chrono>
#include <cstddef>

namespace lmsim::cli {

class ProgressBar {
 public:
  // item: "month" (a run: the rate is persons per second) or "point" (a sweep: points per
  // second).
  ProgressBar(int months, bool enabled, const char* item = "month");
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // `done` months finished, with `persons` agents in the last of them.
  void update(int done, std::size_t persons);

 private:
  using Clock = std::chrono::steady_clock;
  int months_;
  bool enabled_;
  const char* item_;
  bool drawn_ = false;
  double person_months_ = 0.0;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_drawn_ = started_;
};

}  // namespace lmsim::cli
