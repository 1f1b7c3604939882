#include "models/levers/labour_migration_decline.hpp"

namespace lmsim::model {

LabourMigrationDecline::LabourMigrationDecline(const LeverReader& reader, const DataSet& data)
    : reduction_(reader.number("reduction", 0.0, 1.0)), profile_(reader.profile("profile")) {
  const std::vector<bool> regions = reader.regions("regions");
  const std::vector<bool> occupations = reader.occupations("occupations");
  for (bool region : regions) {
    for (bool occupation : occupations) cells_.push_back(region && occupation);
  }
  static_cast<void>(data);
}

void LabourMigrationDecline::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double factor = 1.0 - reduction_ * profile_.at(month);
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    if (cells_[c]) effects.labour_migration_factor[c] *= factor;
  }
}

}  // namespace lmsim::model
