// National totals of every flow of one step, by origin and destination status, with "outside"
// for births into age 15, deaths, migration and ageing past 74. The conservation law of the model
// is: stock(s, t) - stock(s, t-1) = sum of flows into s - sum of flows out of s.
#pragma once

#include <array>
#include <cstddef>

#include "models/status.hpp"

namespace lmsim::model {

inline constexpr std::size_t kOutside = kStatusCount;  // row/column index of "outside"
inline constexpr std::size_t kLedgerSize = kStatusCount + 1;

class FlowLedger {
 public:
  void clear() { flows_ = {}; }
  void add(std::size_t from, std::size_t to, double persons) { flows_[from][to] += persons; }
  void add(Status from, Status to, double persons) { add(index(from), index(to), persons); }
  double flow(std::size_t from, std::size_t to) const { return flows_[from][to]; }
  double inflow(std::size_t s) const;
  double outflow(std::size_t s) const;
  double net(std::size_t s) const { return inflow(s) - outflow(s); }

 private:
  std::array<std::array<double, kLedgerSize>, kLedgerSize> flows_{};
};

inline double FlowLedger::inflow(std::size_t s) const {
  double total = 0.0;
  for (std::size_t from = 0; from < kLedgerSize; ++from) {
    if (from != s) total += flows_[from][s];
  }
  return total;
}

inline double FlowLedger::outflow(std::size_t s) const {
  double total = 0.0;
  for (std::size_t to = 0; to < kLedgerSize; ++to) {
    if (to != s) total += flows_[s][to];
  }
  return total;
}

}  // namespace lmsim::model
