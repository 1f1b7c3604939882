#include "models/processes/transfer.hpp"

namespace lmsim::model {

double transfer_by_age(LabourMarketState& state, Status from, std::size_t to,
                       const std::vector<double>& probability, AgeRange ages) {
  auto& source = state.persons(from);
  std::vector<double>* target = to == kOutside ? nullptr : &state.persons(static_cast<Status>(to));
  const bool from_occ = has_occupation(from);
  const bool to_occ = to != kOutside && has_occupation(static_cast<Status>(to));
  const std::size_t occupations = from_occ ? state.occupations() : 1;
  double moved = 0.0;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t o = 0; o < occupations; ++o) {
      double* src = &source[from_occ ? state.block(h, o) : state.block(h)];
      double* dst = target == nullptr ? nullptr : &(*target)[to_occ ? state.block(h, o) : state.block(h)];
      for (std::size_t a = ages.first; a < ages.end; ++a) {
        const double p = probability[a];
        if (p <= 0.0) continue;
        for (std::size_t i = a * kEducationLevels; i < (a + 1) * kEducationLevels; ++i) {
          const double amount = src[i] * p;
          src[i] -= amount;
          if (dst != nullptr) dst[i] += amount;
          moved += amount;
        }
      }
    }
  }
  state.record.ledger.add(index(from), to, moved);
  return moved;
}

}  // namespace lmsim::model
