// Moving persons between statuses cell by cell, recording every move in the step's ledger.
// A probability function gives the monthly probability for a cell from its home region,
// occupation (npos for statuses without one) and age x education index.
#pragma once

#include <cstddef>
#include <limits>

#include "models/state.hpp"

namespace lmsim::model {

inline constexpr std::size_t kNoOccupation = std::numeric_limits<std::size_t>::max();

// Moves prob(home, occupation, ae) of every cell of `from` to the same cell of `to` (or to the
// home region's cell when `to` has no occupation; or out of the population when `to` is
// kOutside). Returns the persons moved.
template <class Probability>
double transfer(LabourMarketState& state, Status from, std::size_t to, Probability prob) {
  auto& source = state.persons(from);
  const bool from_occ = has_occupation(from);
  const std::size_t occupations = from_occ ? state.occupations() : 1;
  std::vector<double>* target = to == kOutside ? nullptr : &state.persons(static_cast<Status>(to));
  const bool to_occ = to != kOutside && has_occupation(static_cast<Status>(to));
  double moved = 0.0;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t o = 0; o < occupations; ++o) {
      const std::size_t src = from_occ ? state.block(h, o) : state.block(h);
      const std::size_t dst = to_occ ? state.block(h, o) : state.block(h);
      const std::size_t occupation = from_occ ? o : kNoOccupation;
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
        const double p = prob(h, occupation, ae);
        if (p <= 0.0) continue;
        const double amount = source[src + ae] * p;
        source[src + ae] -= amount;
        if (target != nullptr) (*target)[dst + ae] += amount;
        moved += amount;
      }
    }
  }
  state.record.ledger.add(index(from), to, moved);
  return moved;
}

template <class Probability>
double transfer(LabourMarketState& state, Status from, Status to, Probability prob) {
  return transfer(state, from, index(to), prob);
}

// Adds persons of a status without occupation to a status with one, spreading each cell's
// amount over occupations by share(home, education, occupation).
template <class Amount, class Share>
double enter_with_occupation(LabourMarketState& state, Status from, Status to, Amount amount,
                             Share share) {
  auto& source = state.persons(from);
  auto& target = state.persons(to);
  double moved = 0.0;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
      const double leaving = amount(h, ae);
      if (leaving <= 0.0) continue;
      source[state.block(h) + ae] -= leaving;
      for (std::size_t o = 0; o < state.occupations(); ++o) {
        target[state.block(h, o) + ae] += leaving * share(h, ae % kEducationLevels, o);
      }
      moved += leaving;
    }
  }
  state.record.ledger.add(from, to, moved);
  return moved;
}

// Employee jobs follow the employees of their home region and occupation: processes that move
// employees without knowing their work region (deaths, retirement, migration, ...) rescale the
// jobs of each home region x occupation to the new number of employees; jobs of a cell that had
// no employees are placed in the home region.
class JobsFollowEmployees {
 public:
  explicit JobsFollowEmployees(const LabourMarketState& state);
  void apply(LabourMarketState& state) const;

 private:
  std::vector<double> before_;
};

}  // namespace lmsim::model
