// Retraining (leven lang ontwikkelen, LLO), which levers switch on: the unemployed of the
// occupations trained from enter at the lever's capacity, leave at 1 / mean duration, and the
// completers seek work in the occupations trained for (docs/model.md; the cell rule in
// training.cpp, the shares in training_rules.hpp, shared by both engines).
#pragma once

#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"

namespace lmsim::model {

void apply_training(const ModelDescription& model, LabourMarketState& state, int step,
                    std::size_t h);

namespace process {
struct Training {
  static constexpr const char* kName = "training";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kPersonSupply;
  static constexpr auto apply = &apply_training;

  // Runs also without the other supply processes (retraining is a lever of its own).
  template <class Person>
  static bool person(Person& p) {
    const auto& rates = p.rates;
    if (is_unemployed(p.status) && rates.training_from[p.occupation] &&
        p.happens(rates.training_entry[p.home]))
      p.move(Status::kInTraining);
    if (p.status == Status::kInTraining && p.happens(rates.training_exit)) {
      const bool completed = rates.has_training_target && rates.training_completion > 0.0 &&
                             p.uniform() < rates.training_completion;
      p.occupation = completed ? p.pick(rates.training_target_cumulative.data(), rates.occupations)
                               : p.seek(p.education);
      p.start_spell(Status::kUnemployedShort);
    }
    return true;
  }
};
}  // namespace process

}  // namespace lmsim::model
