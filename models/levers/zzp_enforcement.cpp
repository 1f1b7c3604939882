#include "models/levers/zzp_enforcement.hpp"

namespace lmsim::model {

ZzpEnforcement::ZzpEnforcement(const LeverReader& reader)
    : occupations_(reader.occupations("occupations")),
      share_reduction_(reader.number("share_reduction", 0.0, 1.0)),
      exit_share_(reader.number_or("exit_share", 0.0, 0.0, 1.0)),
      profile_(reader.profile("profile")) {}

void ZzpEnforcement::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  if (share <= 0.0) return;
  for (std::size_t o = 0; o < occupations_.size(); ++o) {
    if (!occupations_[o]) continue;
    effects.zzp_share_factor[o] *= 1.0 - share_reduction_ * share;
    effects.zzp_exit_share[o] = exit_share_;
  }
}

}  // namespace lmsim::model
