// The levers of the scenario, which open the step (and clear its records), and target demand d*
// per work region x occupation: the demand of the first month (jobs + zzp + vacancies), growing
// along the demand outlook (docs/model.md, section 2.1) and at demand_growth_per_year on top, plus
// what levers add.
#include <cmath>

#include "models/processes/processes.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

// Retraining places go to the regions in proportion to their unemployed in the occupations
// trained from, as they are at the start of the month.
void split_training_entries(LabourMarketState& state) {
  ScenarioEffects& effects = state.record.effects;
  if (effects.training_entries <= 0.0) return;
  std::vector<double> eligible(state.regions(), 0.0);
  double total = 0.0;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    if (!effects.training_regions[h]) continue;
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      if (!effects.training_from[o]) continue;
      for (Status s : {Status::kUnemployedShort, Status::kUnemployedLong}) {
        const double* p = &state.persons(s)[state.block(h, o)];
        for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) eligible[h] += p[ae];
      }
    }
    total += eligible[h];
  }
  for (std::size_t h = 0; h < state.regions(); ++h) {
    effects.training_entries_by_region[h] =
        total > 0.0 ? effects.training_entries * eligible[h] / total : 0.0;
  }
}
}  // namespace

void apply_levers(const StockFlowModel& model, LabourMarketState& state, int step) {
  state.record.ledger.clear();
  state.record.retirements_employees = 0.0;
  state.record.effects.reset(state.regions(), state.occupations());
  for (const auto& lever : model.levers())
    lever->add_effect_at(state.record.effects, model.time(), step);
  split_training_entries(state);
}

void update_target_demand(const StockFlowModel& model, LabourMarketState& state, int step) {
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
