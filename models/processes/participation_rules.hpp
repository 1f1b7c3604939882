// The rules of the participation process that both engines apply: keeping a split of two
// statuses at a share (the stock-flow engine moves the net flow, the agent-based engine draws
// persons with the probability net flow / persons in the status they leave), and the zzp who
// stop working under enforcement against bogus self-employment.
#pragma once

#include <algorithm>

namespace lmsim::model {

// Net persons moving from a to b (negative: from b to a) to bring b / (a + b) the fraction
// `speed` of the way to `share`.
inline double share_gap(double a, double b, double share, double speed) {
  return (share * (a + b) - b) * speed;
}

// zzp of a cell who stop working (to inactive) when their share drops from data_share to share:
// the zzp between the lower and the data's share are displaced, exit_share of them stop.
inline double displaced_zzp_leaving(double zzp, double employees, double data_share, double share,
                                    double speed, double exit_share) {
  const double total = zzp + employees;
  const double displaced = std::max(0.0, std::min(zzp, data_share * total) - share * total);
  return displaced * speed * exit_share;
}

// Probability per month that a person of the inactive potential starts searching: the
// activation rate times what levers give, at most 1.
inline double activation_probability(double activation, double factor) {
  return std::min(1.0, activation * factor);
}

}  // namespace lmsim::model
