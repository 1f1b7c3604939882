#include "models/levers/housing_constraint.hpp"

namespace lmsim::model {

HousingConstraint::HousingConstraint(const LeverReader& reader)
    : regions_(reader.regions("regions")),
      inflow_factor_(reader.number("inflow_factor", 0.0, 1.0)),
      profile_(reader.profile("profile")) {}

void HousingConstraint::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double factor = 1.0 - (1.0 - inflow_factor_) * profile_.at(month);
  if (factor == 1.0) return;
  for (std::size_t r = 0; r < regions_.size(); ++r) {
    if (!regions_[r]) continue;
    effects.inflow_factor[r] *= factor;
    effects.regional_mobility_changed = true;
  }
}

}  // namespace lmsim::model
