// The levers of the scenario open the step: they clear its records and set the month's effects
// (models/levers/); retraining places are split over the regions here.
#include "models/processes/levers.hpp"

#include <algorithm>

#include "models/model_description.hpp"

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
        for (std::size_t ae = 0; ae < kBlockGroups; ++ae) eligible[h] += p[ae];
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

void apply_levers(const ModelDescription& model, LabourMarketState& state, int step) {
  state.record.ledger.clear();
  state.record.retirements_employees = 0.0;
  std::fill(state.record.retirements_employees_by_slot.begin(),
            state.record.retirements_employees_by_slot.end(), 0.0);
  state.record.effects.reset(state.regions(), state.occupations());
  for (const auto& lever : model.levers())
    lever->add_effect_at(state.record.effects, model.time(), step);
  split_training_entries(state);
}

}  // namespace lmsim::model
