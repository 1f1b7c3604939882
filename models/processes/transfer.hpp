// Moving persons of one home region between statuses cell by cell, recording every move in the
// step's ledger. Processes that act region by region use these.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <vector>

#include "models/state.hpp"

namespace lmsim::model {

inline constexpr std::size_t kNoOccupation = std::numeric_limits<std::size_t>::max();

// Age indices [first, end) a transfer applies to; processes limited to some ages skip the rest.
struct AgeRange {
  std::size_t first = 0;
  std::size_t end = kAges;
  // The groups of a block that hold these ages.
  std::size_t first_group() const { return first_slot_of_age(first) * kEducationLevels; }
  std::size_t end_group() const {
    return (end == 0 ? 0 : end_slot_of_age(end - 1)) * kEducationLevels;
  }
};

// Moves prob(occupation, g) of every group g of home region h in `from` to the same cell of `to`
// (or to the region's cell when `to` has no occupation; or out of the population when `to` is
// kOutside). occupation is kNoOccupation for statuses without one. Returns the persons moved.
template <class Probability>
double transfer(LabourMarketState& state, std::size_t h, Status from, std::size_t to,
                Probability prob, AgeRange ages = {}) {
  auto& source = state.persons(from);
  const bool from_occ = has_occupation(from);
  const std::size_t occupations = from_occ ? state.occupations() : 1;
  std::vector<double>* target = to == kOutside ? nullptr : &state.persons(static_cast<Status>(to));
  const bool to_occ = to != kOutside && has_occupation(static_cast<Status>(to));
  double moved = 0.0;
  for (std::size_t o = 0; o < occupations; ++o) {
    const std::size_t src = from_occ ? state.block(h, o) : state.block(h);
    const std::size_t dst = to_occ ? state.block(h, o) : state.block(h);
    const std::size_t occupation = from_occ ? o : kNoOccupation;
    for (std::size_t g = ages.first_group(); g < ages.end_group(); ++g) {
      const double p = prob(occupation, g);
      if (p <= 0.0) continue;
      const double amount = source[src + g] * p;
      source[src + g] -= amount;
      if (target != nullptr) (*target)[dst + g] += amount;
      moved += amount;
    }
  }
  state.ledger_of(h).add(index(from), to, moved);
  return moved;
}

template <class Probability>
double transfer(LabourMarketState& state, std::size_t h, Status from, Status to, Probability prob,
                AgeRange ages = {}) {
  return transfer(state, h, from, index(to), prob, ages);
}

// Adds to by_slot[s], for every age slot s of `ages`, the persons of that slot that
// transfer(state, h, from, to, prob, ages) would move now: the same products, taken just before
// the transfer, so that a process can record a flow by age without changing the transfer or the
// sum it returns.
template <class Probability>
void add_moves_by_slot(const LabourMarketState& state, std::size_t h, Status from, Probability prob,
                       AgeRange ages, std::array<double, kAgeSlots>& by_slot) {
  const auto& source = state.persons(from);
  const bool from_occ = has_occupation(from);
  const std::size_t occupations = from_occ ? state.occupations() : 1;
  for (std::size_t o = 0; o < occupations; ++o) {
    const std::size_t src = from_occ ? state.block(h, o) : state.block(h);
    const std::size_t occupation = from_occ ? o : kNoOccupation;
    for (std::size_t g = ages.first_group(); g < ages.end_group(); ++g) {
      const double p = prob(occupation, g);
      if (p <= 0.0) continue;
      by_slot[slot_of_group(g)] += source[src + g] * p;
    }
  }
}

// The same for transfer_by_slot(state, h, from, to, probability, ages).
inline void add_moves_by_slot(const LabourMarketState& state, std::size_t h, Status from,
                              const std::vector<double>& probability, AgeRange ages,
                              std::array<double, kAgeSlots>& by_slot) {
  add_moves_by_slot(
      state, h, from, [&](std::size_t, std::size_t g) { return probability[slot_of_group(g)]; },
      ages, by_slot);
}

// The common case: a probability that depends on age only (mortality, disability, ...). Moves
// probability[a] of every cell of age a in `ages` of home region h from `from` to `to` (or out
// of the population).
double transfer_by_age(LabourMarketState& state, std::size_t h, Status from, std::size_t to,
                       const std::vector<double>& probability, AgeRange ages = {});
inline double transfer_by_age(LabourMarketState& state, std::size_t h, Status from, Status to,
                              const std::vector<double>& probability, AgeRange ages = {}) {
  return transfer_by_age(state, h, from, index(to), probability, ages);
}

// The same with a probability per age slot (age_slots.hpp): for rates that depend on the month
// of age, such as crossing the AOW age.
double transfer_by_slot(LabourMarketState& state, std::size_t h, Status from, Status to,
                        const std::vector<double>& probability, AgeRange ages = {});

// Moves persons of home region h from a status without occupation to one with, spreading each
// group's amount(g) over occupations by share(education, occupation).
template <class Amount, class Share>
double enter_with_occupation(LabourMarketState& state, std::size_t h, Status from, Status to,
                             Amount amount, Share share) {
  auto& source = state.persons(from);
  auto& target = state.persons(to);
  double moved = 0.0;
  for (std::size_t g = 0; g < kBlockGroups; ++g) {
    const double leaving = amount(g);
    if (leaving <= 0.0) continue;
    source[state.block(h) + g] -= leaving;
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      target[state.block(h, o) + g] += leaving * share(education_of_group(g), o);
    }
    moved += leaving;
  }
  state.ledger_of(h).add(from, to, moved);
  return moved;
}

}  // namespace lmsim::model
