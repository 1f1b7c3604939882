// Participation changes (docs/scenarios.md): `part_time_factor` multiplies contract hours of the
// chosen occupations and regions (1.05: 5% more hours; about half of the employed work part-time,
// CBS 2023), `work_past_aow_share` replaces the share of workers who keep working past the AOW age,
// and `activation_factor` multiplies the rate at which unused labour potential starts searching.
// Each is optional; the profile phases in the hours and activation factors.
#pragma once

#include <optional>

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class ParticipationChange : public Lever {
 public:
  ParticipationChange(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<bool> cells_;
  double part_time_factor_ = 1.0;
  std::optional<double> work_past_aow_share_;  // absent: the parameter work_past_aow_share
  double activation_factor_ = 1.0;
  TimeProfile profile_;
};

}  // namespace lmsim::model
