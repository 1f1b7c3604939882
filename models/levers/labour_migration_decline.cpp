#include "models/levers/labour_migration_decline.hpp"

#include "models/levers/sector_share.hpp"

namespace lmsim::model {

LabourMigrationDecline::LabourMigrationDecline(const LeverReader& reader, const DataSet& data)
    : reduction_(reader.number("reduction", 0.0, 1.0)), profile_(reader.profile("profile")) {
  const std::vector<bool> regions = reader.regions("regions");
  const std::vector<bool> occupations = reader.occupations("occupations");
  // By sector: the occupations' share of employment in those sectors takes the reduction.
  const std::vector<double> in_sectors =
      sector_share_of_occupations(data, reader.sectors("sectors"));
  for (bool region : regions) {
    for (std::size_t o = 0; o < occupations.size(); ++o) {
      cells_.push_back(region && occupations[o] ? in_sectors[o] : 0.0);
    }
  }
}

void LabourMigrationDecline::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double reduction = reduction_ * profile_.at(month);
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    if (cells_[c] > 0.0) effects.labour_migration_factor[c] *= 1.0 - reduction * cells_[c];
  }
}

}  // namespace lmsim::model
