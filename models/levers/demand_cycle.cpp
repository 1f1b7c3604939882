#include "models/levers/demand_cycle.hpp"

#include <cmath>
#include <numbers>

namespace lmsim::model {

namespace {}

DemandCycle::DemandCycle(const LeverReader& reader)
    : amplitude_(reader.number("amplitude", 0.0, 1.0)),
      period_(reader.number("period_steps", 1e-3, kMaxLeverSteps)),
      phase_(reader.number_or("phase_steps", 0.0, -kMaxLeverSteps, kMaxLeverSteps)),
      start_(reader.number_or("start_step", 0.0, 0.0, kMaxLeverSteps)),
      cells_(reader.cells("regions", "occupations")) {}

void DemandCycle::add_effect_at(ScenarioEffects& effects, const TimeAxis& /*time*/,
                                int step) const {
  if (step < start_) return;
  // The published expression, in its order of evaluation: 2 pi (t + phase) / period.
  const double change =
      -(amplitude_ * std::sin(2.0 * std::numbers::pi * (step + phase_) / period_));
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    if (cells_[c]) effects.demand_change[c] += change;
  }
}

}  // namespace lmsim::model
