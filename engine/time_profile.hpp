// How a scenario lever phases in over time: the share of its full size that applies in a month.
// step: 0 before `from`, 1 from it on. linear: 0 before `from`, rising evenly to 1 at `to`.
// sigmoid: a logistic curve from about 0 at `from` to about 1 at `to` (1% and 99%), centred
// between them. path: given shares by year (in January of each year), linear in between, held
// before the first and after the last.
#pragma once

#include <utility>
#include <vector>

#include "engine/time_axis.hpp"

namespace lmsim {

class TimeProfile {
 public:
  enum class Shape { kStep, kLinear, kSigmoid, kPath };

  static TimeProfile step(YearMonth from);
  static TimeProfile linear(YearMonth from, YearMonth to);
  static TimeProfile sigmoid(YearMonth from, YearMonth to);
  // Points (year, share) in ascending years.
  static TimeProfile path(std::vector<std::pair<int, double>> points);

  double at(YearMonth month) const;
  Shape shape() const { return shape_; }

 private:
  Shape shape_ = Shape::kStep;
  YearMonth from_{};
  YearMonth to_{};
  std::vector<std::pair<int, double>> points_;
};

}  // namespace lmsim
