// Where the AOW age falls in the single-year age groups. With ages uniform within a year of age,
// the share of persons aged a (whole years) who are past an AOW age of T months is
// clamp((12 (a + 1) - T) / 12, 0, 1). Persons cross the AOW age at the monthly hazard that
// gives that share in a steady state, kappa = share / ((1 - share) 12), as a probability per
// month 1 - exp(-kappa); every age group fully past the AOW age crosses at once.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "models/dimensions.hpp"

namespace lmsim::model {

inline double share_past_age(std::size_t age_index, int age_months) {
  const double age = static_cast<double>(age_index) + kFirstAge;
  return std::clamp((12.0 * (age + 1.0) - age_months) / 12.0, 0.0, 1.0);
}

inline double crossing_probability(std::size_t age_index, int age_months) {
  const double share = share_past_age(age_index, age_months);
  if (share <= 0.0) return 0.0;
  if (share >= 1.0) return 1.0;
  return 1.0 - std::exp(-share / ((1.0 - share) * 12.0));
}

// Share of the age group whose age lies in [begin_months, end_months): e.g. the RVU window.
inline double share_in_age_window(std::size_t age_index, int begin_months, int end_months) {
  const double lo = 12.0 * (static_cast<double>(age_index) + kFirstAge);
  const double overlap = std::min(lo + 12.0, static_cast<double>(end_months)) -
                         std::max(lo, static_cast<double>(begin_months));
  return std::clamp(overlap / 12.0, 0.0, 1.0);
}

}  // namespace lmsim::model
