#include "models/levers/llo_retraining.hpp"

namespace lmsim::model {

LloRetraining::LloRetraining(const LeverReader& reader)
    : regions_(reader.regions("regions")),
      from_(reader.occupations("from")),
      to_(reader.occupations("to")),
      monthly_capacity_(reader.number("capacity", 0.0, 1e6) / 12.0),
      completion_(reader.number("completion_rate", 0.0, 1.0)),
      exit_rate_(1.0 / reader.number("duration_months", 1.0, 60.0)),
      profile_(reader.profile("profile")) {
  for (std::size_t o = 0; o < from_.size(); ++o) {
    if (from_[o] && to_[o])
      reader.fail("to", "an occupation cannot be both trained from and trained for");
  }
}

void LloRetraining::add_effect(ScenarioEffects& effects, YearMonth month) const {
  // Training goes on after new entries stop, so the exit rate and targets hold from the start.
  effects.training_regions = regions_;
  effects.training_from = from_;
  effects.training_to = to_;
  effects.training_completion = completion_;
  effects.training_exit_rate = exit_rate_;
  effects.training_entries += monthly_capacity_ * profile_.at(month);
}

}  // namespace lmsim::model
