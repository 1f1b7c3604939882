#include "tests/support/conservation.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "tests/support/process_check.hpp"

namespace lmsim::test {
namespace {

using model::kStatusCount;
using model::kStatusNames;
using model::LabourMarketState;
using model::Status;

}  // namespace

void check_conservation(const model::StockFlowModel& model, int steps) {
  LabourMarketState state = model.initial_state();
  auto previous = stocks(state);
  for (int t = 1; t < steps; ++t) {
    model.step(state, t);
    const auto current = stocks(state);
    for (std::size_t s = 0; s < kStatusCount; ++s) {
      const double change = current[s] - previous[s];
      const double net = state.record.ledger.net(s);
      INFO("step " << t << " status " << kStatusNames[s] << " change " << change << " net " << net);
      REQUIRE(std::fabs(change - net) <= 1e-9 * std::max(1.0, current[s]));
    }
    for (std::size_t h = 0; h < state.regions(); ++h) {
      for (std::size_t o = 0; o < state.occupations(); ++o) {
        double jobs = 0.0;
        for (std::size_t w = 0; w < state.regions(); ++w) jobs += state.jobs[state.job(h, w, o)];
        const double employees = state.employees(h, o);
        REQUIRE(std::fabs(jobs - employees) <= 1e-9 * std::max(1.0, employees));
      }
    }
    previous = current;
  }
}

}  // namespace lmsim::test
