#include "models/levers/rvu_change.hpp"

#include <cmath>

namespace lmsim::model {
namespace {

std::optional<int> whole_months(std::optional<double> months) {
  if (!months) return std::nullopt;
  return static_cast<int>(std::lround(*months));
}

}  // namespace

RvuChange::RvuChange(const LeverReader& reader)
    : window_months_(whole_months(reader.optional_number("window_months", 0.0, 60.0))),
      take_up_factor_(reader.number_or("take_up_factor", 1.0, 0.0, 10.0)),
      eligible_(reader.occupations("occupations")),
      profile_(reader.profile("profile")) {}

void RvuChange::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double share = profile_.at(month);
  if (share <= 0.0) return;
  if (window_months_) effects.rvu_window_months = *window_months_;
  for (std::size_t o = 0; o < eligible_.size(); ++o) {
    effects.rvu_take_up_factor[o] *= eligible_[o] ? 1.0 + (take_up_factor_ - 1.0) * share : 0.0;
  }
}

}  // namespace lmsim::model
