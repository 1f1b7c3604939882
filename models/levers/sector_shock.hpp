// Sector shock (docs/scenarios.md): target demand in the chosen sectors and regions changes by
// `size` (a share: -0.05 for bankruptcies removing 5% of the jobs, +0.02 for a new plant). The data
// have no regional sector mix, so the demand of a work region x occupation that a sector accounts
// for is taken at the sector's national share of the occupation's employment
// (sectors.csv x sector_occupation.csv).
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class SectorShock : public Lever {
 public:
  SectorShock(const LeverReader& reader, const DataSet& data);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<double> full_change_;  // relative change of demand per work cell at the full size
  TimeProfile profile_;
};

}  // namespace lmsim::model
