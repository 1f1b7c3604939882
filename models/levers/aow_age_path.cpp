#include "models/levers/aow_age_path.hpp"

#include <cmath>

namespace lmsim::model {

AowAgePath::AowAgePath(const LeverReader& reader) {
  // 65 years to 70 years and 11 months: the AOW ages the model places to the month
  // (models/age_slots.hpp).
  for (const auto& [year, age] : reader.yearly_values("age_by_year", 65.0, 70.95)) {
    months_by_year_[year] = static_cast<int>(std::lround(age * 12.0));
  }
}

void AowAgePath::add_effect(ScenarioEffects& effects, YearMonth month) const {
  auto it = months_by_year_.upper_bound(month.year);
  if (it == months_by_year_.begin()) return;  // before the path: the data's AOW age
  effects.aow_age_months = std::prev(it)->second;
}

}  // namespace lmsim::model
