#include "models/processes/transfer.hpp"

#include <array>

#include "models/cell_sum.hpp"

namespace lmsim::model {

namespace {

// Moves p[g] of every group g in `ages` of every block of home region h from `from` to `to`.
double transfer_by_group(LabourMarketState& state, std::size_t h, Status from, std::size_t to,
                         const std::array<double, kBlockGroups>& p, AgeRange ages) {
  auto& source = state.persons(from);
  std::vector<double>* target = to == kOutside ? nullptr : &state.persons(static_cast<Status>(to));
  const bool from_occ = has_occupation(from);
  const bool to_occ = to != kOutside && has_occupation(static_cast<Status>(to));
  const std::size_t occupations = from_occ ? state.occupations() : 1;
  const std::size_t first = ages.first_group();
  const std::size_t end = ages.end_group();
  double moved = 0.0;
  for (std::size_t o = 0; o < occupations; ++o) {
    double* src = &source[from_occ ? state.block(h, o) : state.block(h)];
    double* dst =
        target == nullptr ? nullptr : &(*target)[to_occ ? state.block(h, o) : state.block(h)];
    if (dst == nullptr) {
      moved += sum_over_cells(first, end, [&](std::size_t i) {
        const double amount = src[i] * p[i];
        src[i] -= amount;
        return amount;
      });
    } else {
      moved += sum_over_cells(first, end, [&](std::size_t i) {
        const double amount = src[i] * p[i];
        src[i] -= amount;
        dst[i] += amount;
        return amount;
      });
    }
  }
  state.ledger_of(h).add(index(from), to, moved);
  return moved;
}

}  // namespace

// The probability per group, so that the inner loop runs over contiguous groups.
double transfer_by_age(LabourMarketState& state, std::size_t h, Status from, std::size_t to,
                       const std::vector<double>& probability, AgeRange ages) {
  std::array<double, kBlockGroups> p{};
  for (std::size_t g = ages.first_group(); g < ages.end_group(); ++g)
    p[g] = probability[age_of_group(g)];
  return transfer_by_group(state, h, from, to, p, ages);
}

double transfer_by_slot(LabourMarketState& state, std::size_t h, Status from, Status to,
                        const std::vector<double>& probability, AgeRange ages) {
  std::array<double, kBlockGroups> p{};
  for (std::size_t g = ages.first_group(); g < ages.end_group(); ++g)
    p[g] = probability[slot_of_group(g)];
  return transfer_by_group(state, h, from, index(to), p, ages);
}

}  // namespace lmsim::model
