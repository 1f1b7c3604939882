// Retraining (leven lang ontwikkelen, LLO; docs/scenarios.md, llo_retraining) in one home region:
// unemployed persons of surplus occupations enter training at the capacity a lever sets, spread
// over their age x education cells; they leave training at the monthly rate 1 / mean duration
// (exponential, as ageing and spells elsewhere in the model); of those leaving, the completion
// share seek work in the occupations trained for (in proportion to their national employment),
// the others in an occupation of their education level. Without a retraining lever nothing
// moves.
#include <algorithm>

#include "models/model_description.hpp"
#include "models/processes/training.hpp"
#include "models/processes/training_rules.hpp"

namespace lmsim::model {
namespace {

void enter_training(LabourMarketState& state, std::size_t h, const ScenarioEffects& effects) {
  const double share = training_entry_share(state, h, effects);
  if (share <= 0.0) return;
  double* training = &state.persons(Status::kInTraining)[state.block(h)];
  for (Status s : {Status::kUnemployedShort, Status::kUnemployedLong}) {
    double moved = 0.0;
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      if (!effects.training_from[o]) continue;
      double* p = &state.persons(s)[state.block(h, o)];
      for (std::size_t ae = 0; ae < kBlockGroups; ++ae) {
        const double entering = p[ae] * share;
        p[ae] -= entering;
        training[ae] += entering;
        moved += entering;
      }
    }
    state.ledger_of(h).add(s, Status::kInTraining, moved);
  }
}

void leave_training(const ModelDescription& model, LabourMarketState& state, std::size_t h,
                    const ScenarioEffects& effects) {
  const double rate = effects.training_exit_rate;
  double* training = &state.persons(Status::kInTraining)[state.block(h)];
  auto& unemployed = state.persons(Status::kUnemployedShort);
  const std::vector<double> target = training_target_shares(model, effects);
  const bool has_target =
      std::any_of(target.begin(), target.end(), [](double x) { return x > 0.0; });
  double moved = 0.0;
  for (std::size_t ae = 0; ae < kBlockGroups; ++ae) {
    const double leaving = training[ae] * rate;
    if (leaving <= 0.0) continue;
    training[ae] -= leaving;
    moved += leaving;
    const double completed = has_target ? leaving * effects.training_completion : 0.0;
    const auto e = static_cast<Eigen::Index>(education_of_group(ae));
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      const double by_education = model.occupation_given_education(e, static_cast<Eigen::Index>(o));
      unemployed[state.block(h, o) + ae] +=
          completed * target[o] + (leaving - completed) * by_education;
    }
  }
  state.ledger_of(h).add(Status::kInTraining, Status::kUnemployedShort, moved);
}

}  // namespace

void apply_training(const ModelDescription& model, LabourMarketState& state, int /*step*/,
                    std::size_t h) {
  const ScenarioEffects& effects = state.record.effects;
  enter_training(state, h, effects);
  if (effects.training_exit_rate > 0.0) leave_training(model, state, h, effects);
}

}  // namespace lmsim::model
