// Decline of labour migration (docs/scenarios.md): the inflow of labour migrants of migration.csv
// (about 80,000 a year into work; 1.5 million foreign workers, IBO Arbeidsmigratie 2025) falls by
// `reduction` (a share) in the chosen regions, occupations and sectors (an occupation takes the
// reduction in proportion to its employment in those sectors), phased in by the profile.
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class LabourMigrationDecline : public Lever {
 public:
  LabourMigrationDecline(const LeverReader& reader, const DataSet& data);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<double> cells_;  // weight of the reduction per home region x occupation (0..1)
  double reduction_ = 0.0;
  TimeProfile profile_;
};

}  // namespace lmsim::model
