// Replicates that share one stock-flow companion and step together (run_in_lockstep) give the
// bits of runs with a companion of their own; a companion serves only its own description and
// only runs that keep in step.
#include <catch2/catch.hpp>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "models/abm/agent_based_model.hpp"
#include "models/abm/stock_flow_companion.hpp"
#include "models/recorder.hpp"
#include "tests/support/default_model.hpp"

namespace lmsim::model::abm {
namespace {

using test::default_model;
using test::levers_of;

// A lever that acts from the first month, so that the companion's levers are part of the test.
StockFlowModel model_with_a_lever() {
  return default_model({2025, 4}, levers_of(R"(
[[levers]]
type = "mantelzorg"
carers_share = 0.125
hours_cut = 0.2
profile = { shape = "linear", from = 2025, to = 2026 }
[[levers]]
type = "labour_migration_decline"
regions = "all"
occupations = "all"
reduction = 0.5
profile = { shape = "step", from = 2025 }
)"));
}

ResultSet own_companion_run(const StockFlowModel& model, AbmOptions options) {
  AgentBasedModel abm(model.description(), options);
  Recorder recorder(model);
  LabourMarketState state = abm.initial_state();
  abm.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  return recorder.results();
}

std::size_t differing_values(const ResultSet& a, const ResultSet& b) {
  REQUIRE(a.variables.size() == b.variables.size());
  std::size_t differing = 0;
  for (std::size_t v = 0; v < a.variables.size(); ++v) {
    REQUIRE(a.variables[v].data.size() == b.variables[v].data.size());
    for (std::size_t i = 0; i < a.variables[v].data.size(); ++i)
      differing += std::memcmp(&a.variables[v].data[i], &b.variables[v].data[i], sizeof(double));
  }
  return differing;
}

TEST_CASE("replicates stepping together on one stock-flow path give their own runs' bits",
          "[abm][determinism]") {
  const StockFlowModel model = model_with_a_lever();
  constexpr std::uint32_t kRuns = 3;
  std::vector<std::unique_ptr<Recorder>> recorders;
  for (std::uint32_t r = 0; r < kRuns; ++r) recorders.push_back(std::make_unique<Recorder>(model));
  run_in_lockstep(
      replicates_sharing_path(model.description(), {200, 7, 1}, kRuns),
      [&](std::size_t r, const LabourMarketState& s, int t) { recorders[r]->observe(s, t); });
  for (std::uint32_t r = 0; r < kRuns; ++r) {
    INFO("replicate " << 1 + r);
    CHECK(differing_values(recorders[r]->results(), own_companion_run(model, {200, 7, 1 + r})) ==
          0);
  }
  // Different replicates do differ: the comparison can fail.
  CHECK(differing_values(recorders[0]->results(), recorders[1]->results()) > 0);
}

TEST_CASE("a stock-flow companion refuses a run out of step or of another description", "[abm]") {
  const StockFlowModel model = model_with_a_lever();
  const StockFlowModel other = default_model({2025, 4});
  auto companion = std::make_shared<StockFlowCompanion>(model.description());
  CHECK_THROWS_AS(AgentBasedModel(other.description(), {200, 7, 0}, companion), std::logic_error);
  companion->advance_to(1);
  companion->advance_to(1);  // a second run asking for the same month
  CHECK(companion->month() == 1);
  CHECK_THROWS_AS(companion->advance_to(3), std::logic_error);
  companion->rewind();
  CHECK(companion->month() == 0);
  CHECK_THROWS_AS(companion->advance_to(2), std::logic_error);
}

}  // namespace
}  // namespace lmsim::model::abm
