// LLO retraining (leven lang ontwikkelen; "LLO: de meeste winst", InZicht Magazine AIZ, June
// 2025): `capacity` persons a year, nationally, move from unemployment in surplus occupations
// (`from`) into training of `duration_months` on average; `completion_rate` of them then seek work
// in the shortage occupations trained for (`to`), a new occupational mobility edge with a delay.
// Places go to the chosen regions in proportion to their unemployed in `from`. Phased in by the
// profile.
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class LloRetraining : public Lever {
 public:
  explicit LloRetraining(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<bool> regions_, from_, to_;
  double monthly_capacity_ = 0.0;
  double completion_ = 0.0;
  double exit_rate_ = 0.0;
  TimeProfile profile_;
};

}  // namespace lmsim::model
