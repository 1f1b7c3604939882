// The agent-based engine: the labour-market model of StockFlowModel (same data, parameters,
// calibration, levers and rates), run person by person. Each month: the levers and target
// demand, the supply side per person (supply_step.hpp), the persons entering the population,
// separations and openings planned from the counted persons (labour_demand), and separations,
// search and matching per person (matching_step.hpp). Passes over the persons run in parallel
// (oneTBB); every random number is keyed by seed, replicate, person, month and stream
// (random_draws.hpp) and every count is a whole number, so results are the same for any number
// of threads. With --scale k the engine follows a 1-in-k sample, each agent standing for k
// persons, so outputs stay in persons.
#pragma once

#include <oneapi/tbb/enumerable_thread_specific.h>

#include <cstdint>
#include <utility>

#include "models/abm/agent_table.hpp"
#include "models/abm/newcomers.hpp"
#include "models/abm/random_draws.hpp"
#include "models/abm/tally.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model::abm {

struct AbmOptions {
  std::uint32_t scale = 1;  // each agent stands for this many persons
  std::uint64_t seed = 0;
  std::uint32_t replicate = 0;
};

class AgentBasedModel {
 public:
  AgentBasedModel(const StockFlowModel& model, AbmOptions options);

  // Draws the agents of the first month from the stock-flow engine's initial state and returns
  // their counts (persons = agents x scale) with the initial vacancies and target demand.
  LabourMarketState initial_state();
  // One month: the agents change and `state` becomes their counts and the month's flows.
  void step(LabourMarketState& state, int t);

  template <class Observer>
  void run(LabourMarketState& state, Observer&& observe) {
    observe(state, 0);
    for (int t = 1; t < model_.time().steps(); ++t) {
      step(state, t);
      observe(state, t);
    }
  }

  const StockFlowModel& model() const { return model_; }
  const AgentTable& agents() const { return agents_; }
  double weight() const { return static_cast<double>(options_.scale); }
  // Counts of the last month: flows, retirements and the distributions of persons.
  const Tally& last_month() const { return last_month_; }

 private:
  template <class PerAgent>
  Tally tally_pass(PerAgent&& per_agent);

  const StockFlowModel& model_;
  AbmOptions options_;
  RandomKey key_;
  AgentTable agents_;
  Newcomers newcomers_;
  Tally last_month_;
  oneapi::tbb::enumerable_thread_specific<Tally> thread_tallies_;
};

}  // namespace lmsim::model::abm
