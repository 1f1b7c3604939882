// Housing constraint ("de factor ruimte", InZicht Magazine AIZ, June 2025): in regions short of
// housing, fewer people from elsewhere can take a job there. The weights of commuting into the
// chosen regions from other regions (regional_mobility.csv) are multiplied by `inflow_factor` (0.5
// halves them); searchers then look more at their own and other regions.
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class HousingConstraint : public Lever {
 public:
  explicit HousingConstraint(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<bool> regions_;
  double inflow_factor_ = 1.0;
  TimeProfile profile_;
};

}  // namespace lmsim::model
