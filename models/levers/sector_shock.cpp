#include "models/levers/sector_shock.hpp"

#include "models/levers/sector_share.hpp"

namespace lmsim::model {

SectorShock::SectorShock(const LeverReader& reader, const DataSet& data)
    : profile_(reader.profile("profile")) {
  const double size = reader.number("size", -1.0, 1.0);
  const std::vector<bool> sectors = reader.sectors("sectors");
  const std::vector<bool> regions = reader.regions("regions");
  const std::size_t O = data.dims.occupation_count();
  const std::vector<double> share_in_sectors = sector_share_of_occupations(data, sectors);
  full_change_.assign(data.dims.region_count() * O, 0.0);
  for (std::size_t w = 0; w < regions.size(); ++w) {
    if (!regions[w]) continue;
    for (std::size_t o = 0; o < O; ++o) {
      full_change_[w * O + o] = size * share_in_sectors[o];
    }
  }
}

void SectorShock::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  for (std::size_t c = 0; c < full_change_.size(); ++c)
    effects.demand_change[c] += full_change_[c] * share;
}

}  // namespace lmsim::model
