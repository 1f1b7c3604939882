#include "models/processes/retirement_rates.hpp"

#include <algorithm>

#include "models/age_slots.hpp"
#include "models/model_description.hpp"

namespace lmsim::model {
namespace {

// Ages from the one in which the given age in months falls.
AgeRange from_age_in_months(int months) {
  const auto first =
      static_cast<std::size_t>(std::clamp(months / 12 - kFirstAge, 0, static_cast<int>(kAges)));
  return {first, kAges};
}

}  // namespace

RetirementRates retirement_rates(const ModelDescription& model, const ScenarioEffects& effects,
                                 int step) {
  RetirementRates r;
  r.aow_months = effects.aow_age_months >= 0 ? effects.aow_age_months : model.aow_age_months(step);
  r.rvu_window_months =
      effects.rvu_window_months >= 0 ? effects.rvu_window_months : model.rvu_window_months(step);
  r.past_aow = from_age_in_months(r.aow_months);
  r.from_rvu = from_age_in_months(r.aow_months - r.rvu_window_months);
  r.rvu_take_up = r.rvu_window_months > 0 ? model.parameters().rvu_take_up : 0.0;
  // Workers crossing keep working with probability `stay`; of the remaining 1 - stay p the share
  // (1 - stay) p / (1 - stay p) crosses to retired, so that (1 - stay) p retire in all.
  const double stay = effects.work_past_aow_share >= 0.0 ? effects.work_past_aow_share
                                                         : model.parameters().work_past_aow_share;
  const double scale = model.calibration().early_retirement_scale;
  const int month = model.time().month(step);
  const int rvu_from = r.aow_months - r.rvu_window_months;
  for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
    // Everyone at or past the AOW age crosses it: at once in the month they reach it.
    const bool past = at_or_past(slot, r.aow_months, month);
    const double p = past ? 1.0 : 0.0;
    r.crossing.push_back(p);
    r.keep_working.push_back(p * stay);
    r.retire_at_aow.push_back(p);  // all who do not keep working
    r.early.push_back(past ? 0.0
                           : std::min(1.0, model.early_retirement[age_of_slot(slot)] * scale));
    r.in_rvu_window.push_back(
        r.rvu_window_months > 0 && at_or_past(slot, rvu_from, month) && !past ? 1.0 : 0.0);
  }
  return r;
}

double rvu_probability(const ModelDescription& model, const ScenarioEffects& effects,
                       const RetirementRates& r, std::size_t o, std::size_t slot) {
  if (r.rvu_take_up <= 0.0 || r.in_rvu_window[slot] <= 0.0) return 0.0;
  return std::min(1.0, r.rvu_take_up * effects.rvu_take_up_factor[o]) *
         model.data().heavy_work_share[o] * r.in_rvu_window[slot];
}

}  // namespace lmsim::model
