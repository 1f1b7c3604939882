#include "models/levers/rvu_change.hpp"

#include <cmath>

namespace lmsim::model {

RvuChange::RvuChange(const LeverReader& reader)
    : window_months_(
          static_cast<int>(std::lround(reader.number_or("window_months", -1.0, -1.0, 120.0)))),
      take_up_factor_(reader.number_or("take_up_factor", 1.0, 0.0, 10.0)),
      eligible_(reader.occupations("occupations")),
      profile_(reader.profile("profile")) {}

void RvuChange::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  if (share <= 0.0) return;
  if (window_months_ >= 0) effects.rvu_window_months = window_months_;
  for (std::size_t o = 0; o < eligible_.size(); ++o) {
    effects.rvu_take_up_factor[o] *= eligible_[o] ? 1.0 + (take_up_factor_ - 1.0) * share : 0.0;
  }
}

}  // namespace lmsim::model
