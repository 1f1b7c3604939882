// The levers of the scenario, which open the step (and clear its records), and target demand d*
// per work region x occupation: the demand of the first month (jobs + zzp + vacancies), growing
// at demand_growth_per_year, plus what levers add.
#include <cmath>

#include "models/processes/processes.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {

void apply_levers(const StockFlowModel& model, LabourMarketState& state, int step) {
  state.record.ledger.clear();
  state.record.retirements_employees = 0.0;
  state.record.effects.reset(state.regions(), state.occupations());
  for (const auto& lever : model.levers())
    lever->add_effect(state.record.effects, model.time().at(step));
}

void update_target_demand(const StockFlowModel& model, LabourMarketState& state, int step) {
  const double growth = std::pow(1.0 + model.parameters().demand_growth_per_year, step / 12.0);
  const auto& initial = model.calibration().initial_demand;
  const auto& added = state.record.effects.demand_added;
  const auto& change = state.record.effects.demand_change;
  for (std::size_t c = 0; c < initial.size(); ++c) {
    state.target_demand[c] = initial[c] * growth * (1.0 + change[c]) + added[c];
  }
}

}  // namespace lmsim::model
