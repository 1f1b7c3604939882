#include "models/levers/sector_shock.hpp"

namespace lmsim::model {

SectorShock::SectorShock(const LeverReader& reader, const DataSet& data)
    : profile_(reader.profile("profile")) {
  const double size = reader.number("size", -1.0, 1.0);
  const std::vector<bool> sectors = reader.sectors("sectors");
  const std::vector<bool> regions = reader.regions("regions");
  const std::size_t O = data.dims.occupation_count();
  // Share of each occupation's national employment in the chosen sectors.
  std::vector<double> in_sectors(O, 0.0), total(O, 0.0);
  for (std::size_t s = 0; s < sectors.size(); ++s) {
    for (std::size_t o = 0; o < O; ++o) {
      const double employed =
          data.sector_employed[s] *
          data.sector_occupation(static_cast<Eigen::Index>(s), static_cast<Eigen::Index>(o));
      total[o] += employed;
      if (sectors[s]) in_sectors[o] += employed;
    }
  }
  full_change_.assign(data.dims.region_count() * O, 0.0);
  for (std::size_t w = 0; w < regions.size(); ++w) {
    if (!regions[w]) continue;
    for (std::size_t o = 0; o < O; ++o) {
      const double share = total[o] > 0.0 ? in_sectors[o] / total[o] : 0.0;
      full_change_[w * O + o] = size * share;
    }
  }
}

void SectorShock::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  for (std::size_t c = 0; c < full_change_.size(); ++c)
    effects.demand_change[c] += full_change_[c] * share;
}

}  // namespace lmsim::model
