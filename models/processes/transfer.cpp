#include "models/processes/transfer.hpp"

#include <algorithm>

namespace lmsim::model {

JobsFollowEmployees::JobsFollowEmployees(const LabourMarketState& state)
    : before_(state.regions() * state.occupations()) {
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t o = 0; o < state.occupations(); ++o) before_[state.cell(h, o)] = state.employees(h, o);
  }
}

void JobsFollowEmployees::apply(LabourMarketState& state) const {
  const std::size_t R = state.regions();
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      const double old_total = before_[state.cell(h, o)];
      const double new_total = state.employees(h, o);
      if (old_total > 0.0) {
        const double factor = new_total / old_total;
        for (std::size_t w = 0; w < R; ++w) state.jobs[state.job(h, w, o)] *= factor;
      } else {
        state.jobs[state.job(h, h, o)] += new_total;
      }
      double& migrants = state.labour_migrants[state.cell(h, o)];
      migrants = std::min(migrants, new_total);
    }
  }
}

}  // namespace lmsim::model
