#include "models/levers/sector_priority.hpp"

namespace lmsim::model {

SectorPriority::SectorPriority(const LeverReader& reader)
    : cells_(reader.cells("regions", "occupations")),
      search_weight_(reader.number_or("search_weight", 1.0, 1.0, 10.0)),
      retention_(reader.number_or("retention", 1.0, 0.0, 1.0)),
      profile_(reader.profile("profile")) {}

void SectorPriority::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  if (share <= 0.0) return;
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    if (!cells_[c]) continue;
    effects.recruitment_factor[c] *= 1.0 + (search_weight_ - 1.0) * share;
    effects.separation_factor[c] *= 1.0 - (1.0 - retention_) * share;
  }
}

}  // namespace lmsim::model
