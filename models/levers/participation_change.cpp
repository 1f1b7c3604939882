#include "models/levers/participation_change.hpp"

namespace lmsim::model {

ParticipationChange::ParticipationChange(const LeverReader& reader)
    : cells_(reader.cells("regions", "occupations")),
      part_time_factor_(reader.number_or("part_time_factor", 1.0, 0.5, 2.0)),
      work_past_aow_share_(reader.optional_number("work_past_aow_share", 0.0, 1.0)),
      activation_factor_(reader.number_or("activation_factor", 1.0, 0.0, 10.0)),
      profile_(reader.profile("profile")) {}

void ParticipationChange::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  if (share <= 0.0) return;
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    if (cells_[c]) effects.hours_factor[c] *= 1.0 + (part_time_factor_ - 1.0) * share;
  }
  if (work_past_aow_share_) effects.work_past_aow_share = *work_past_aow_share_;
  effects.activation_factor *= 1.0 + (activation_factor_ - 1.0) * share;
}

}  // namespace lmsim::model
