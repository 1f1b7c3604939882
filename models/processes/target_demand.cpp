// Target demand d* per work region x occupation: the demand of the first month (jobs + zzp +
// vacancies), growing along the demand outlook (docs/model.md, section 2.1) and at
// demand_growth_per_year on top, plus what levers add.
#include <cmath>

#include "models/processes/target_demand.hpp"

#include "models/model_description.hpp"

namespace lmsim::model {

void update_target_demand(const ModelDescription& model, LabourMarketState& state, int step) {
  const double growth =
      std::pow(1.0 + model.parameters().demand_growth_per_year, model.time().years(step));
  const auto& initial = model.calibration().initial_demand;
  const auto& added = state.record.effects.demand_added;
  const auto& change = state.record.effects.demand_change;
  for (std::size_t c = 0; c < initial.size(); ++c) {
    state.target_demand[c] =
        initial[c] * model.outlook_factor(step, c) * growth * (1.0 + change[c]) + added[c];
  }
}

}  // namespace lmsim::model
