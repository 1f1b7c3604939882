// Enforcement against bogus self-employment (docs/scenarios.md; the Belastingdienst enforces
// again since 1 January 2025): the zzp share of the chosen occupations (zzp_share of
// occupations.csv) falls by `share_reduction` (a share of itself); of the zzp above the lower
// share, `exit_share` stop working and the rest become employees in the same occupation. Care,
// construction and media are hit most (InZicht Magazine AIZ, June 2025).
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class ZzpEnforcement : public Lever {
 public:
  explicit ZzpEnforcement(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::vector<bool> occupations_;
  double share_reduction_ = 0.0;
  double exit_share_ = 0.0;
  TimeProfile profile_;
};

}  // namespace lmsim::model
