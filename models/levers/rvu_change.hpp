// RVU change (docs/scenarios.md): the early-exit scheme for heavy work (made structural from 2026;
// up to 36 months before the AOW age, 13,000 users in 2024, SZW). `window_months` sets the window
// (0 abolishes the scheme), `take_up_factor` multiplies the take-up, and `occupations` limits the
// eligible occupations (their heavy-work share of occupations.csv applies; others are not
// eligible). The window applies from the start of the profile; the take-up factor phases in.
#pragma once

#include <optional>

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class RvuChange : public Lever {
 public:
  explicit RvuChange(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::optional<int> window_months_;  // absent: the window of rvu.csv
  double take_up_factor_ = 1.0;
  std::vector<bool> eligible_;
  TimeProfile profile_;
};

}  // namespace lmsim::model
