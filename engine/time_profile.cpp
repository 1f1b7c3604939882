#include "engine/time_profile.hpp"

#include <cmath>

namespace lmsim {

TimeProfile TimeProfile::step(YearMonth from) {
  TimeProfile p;
  p.shape_ = Shape::kStep;
  p.from_ = from;
  p.to_ = from;
  return p;
}

TimeProfile TimeProfile::linear(YearMonth from, YearMonth to) {
  TimeProfile p;
  p.shape_ = Shape::kLinear;
  p.from_ = from;
  p.to_ = to;
  return p;
}

TimeProfile TimeProfile::sigmoid(YearMonth from, YearMonth to) {
  TimeProfile p = linear(from, to);
  p.shape_ = Shape::kSigmoid;
  return p;
}

TimeProfile TimeProfile::path(std::vector<std::pair<int, double>> points) {
  TimeProfile p;
  p.shape_ = Shape::kPath;
  p.points_ = std::move(points);
  return p;
}

double TimeProfile::at(YearMonth month) const {
  const double t = month.index();
  switch (shape_) {
    case Shape::kStep:
      return t >= from_.index() ? 1.0 : 0.0;
    case Shape::kLinear: {
      if (t < from_.index()) return 0.0;
      if (t >= to_.index()) return 1.0;
      return (t - from_.index()) / (to_.index() - from_.index());
    }
    case Shape::kSigmoid: {
      if (t < from_.index()) return 0.0;
      // Logistic with 1% at `from` and 99% at `to`: k = 2 ln(99) / (to - from).
      const double span = to_.index() - from_.index();
      if (span <= 0.0) return 1.0;
      const double k = 2.0 * std::log(99.0) / span;
      return 1.0 / (1.0 + std::exp(-k * (t - (from_.index() + span / 2.0))));
    }
    case Shape::kPath: {
      if (points_.empty()) return 0.0;
      const double year = month.year + (month.month - 1) / 12.0;
      if (year <= points_.front().first) return points_.front().second;
      for (std::size_t i = 1; i < points_.size(); ++i) {
        if (year <= points_[i].first) {
          const auto [y0, v0] = points_[i - 1];
          const auto [y1, v1] = points_[i];
          return v0 + (v1 - v0) * (year - y0) / (y1 - y0);
        }
      }
      return points_.back().second;
    }
  }
  return 0.0;
}

}  // namespace lmsim
