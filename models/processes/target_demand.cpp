// Target demand d* per work region x occupation: the demand of the first month (jobs + zzp +
// vacancies), growing at demand_growth_per_year. Scenario levers change it. This process opens
// the step, so it also clears the step's records.
#include <cmath>

#include "models/processes/processes.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {

void update_target_demand(const StockFlowModel& model, LabourMarketState& state, int step) {
  state.record.ledger.clear();
  state.record.retirements_employees = 0.0;
  const double growth = std::pow(1.0 + model.parameters().demand_growth_per_year, step / 12.0);
  const auto& initial = model.calibration().initial_demand;
  for (std::size_t c = 0; c < initial.size(); ++c) state.target_demand[c] = initial[c] * growth;
}

}  // namespace lmsim::model
