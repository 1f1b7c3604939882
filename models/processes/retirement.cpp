// Retirement in one home region: everyone reaching the AOW age (aow_age.csv, 67 years now,
// 67y3m from 2028) leaves their status; workers keep working past it with probability
// work_past_aow_share (as working pensioners) and the rest retire. Before the AOW age employees
// and zzp retire early at the hazard of age_rates.csv (scaled so that about 93,000 employees
// retire a year, CBS 2024), and heavy-work employees inside the RVU window (rvu.csv, 36 months
// before AOW) take up RVU at rvu_take_up per month (13,000 users in 2024, SZW).
#include <algorithm>

#include "models/pension_age.hpp"
#include "models/processes/processes.hpp"
#include "models/processes/transfer.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

// The monthly probabilities of a step, by age index; they depend only on the month.
struct RetirementRates {
  int aow_months = 0;
  int rvu_window_months = 0;
  std::vector<double> crossing, keep_working, retire_at_aow, early, in_rvu_window;
};

constexpr std::array kNonWorkingBeforeAow = {
    Status::kUnemployedShort,   Status::kUnemployedLong, Status::kStudent, Status::kStudentSideJob,
    Status::kInactivePotential, Status::kInactive,       Status::kRvu,     Status::kDisabled,
    Status::kInTraining};

// Ages from the one in which the given age in months falls.
AgeRange from_age_in_months(int months) {
  const auto first =
      static_cast<std::size_t>(std::clamp(months / 12 - kFirstAge, 0, static_cast<int>(kAges)));
  return {first, kAges};
}

double cross_aow(LabourMarketState& state, std::size_t h, const RetirementRates& r) {
  const AgeRange ages = from_age_in_months(r.aow_months);
  double employees_retiring = 0.0;
  for (Status worker : {Status::kEmployed, Status::kSelfEmployed}) {
    transfer_by_age(state, h, worker, Status::kWorkingPensioner, r.keep_working, ages);
    const double retiring =
        transfer_by_age(state, h, worker, Status::kRetired, r.retire_at_aow, ages);
    // Employees who keep working past the AOW age have not retired (CBS counts exits from work).
    if (worker == Status::kEmployed) employees_retiring += retiring;
  }
  for (Status s : kNonWorkingBeforeAow)
    transfer_by_age(state, h, s, Status::kRetired, r.crossing, ages);
  return employees_retiring;
}

double retire_early(const StockFlowModel& model, LabourMarketState& state, std::size_t h,
                    const RetirementRates& r) {
  const AgeRange ages{model.first_early_retirement_age, kAges};
  const double employees =
      transfer_by_age(state, h, Status::kEmployed, Status::kRetired, r.early, ages);
  transfer_by_age(state, h, Status::kSelfEmployed, Status::kRetired, r.early, ages);
  return employees;
}

double take_up_rvu(const StockFlowModel& model, LabourMarketState& state, std::size_t h,
                   const RetirementRates& r) {
  const double take_up = model.parameters().rvu_take_up;
  if (take_up <= 0.0 || r.rvu_window_months <= 0) return 0.0;
  const auto& heavy = model.data().heavy_work_share;
  const auto& factor = state.record.effects.rvu_take_up_factor;
  return transfer(
      state, h, Status::kEmployed, Status::kRvu,
      [&](std::size_t o, std::size_t ae) {
        return std::min(1.0, take_up * factor[o]) * heavy[o] *
               r.in_rvu_window[ae / kEducationLevels];
      },
      from_age_in_months(r.aow_months - r.rvu_window_months));
}

RetirementRates retirement_rates(const StockFlowModel& model, const ScenarioEffects& effects,
                                 int step) {
  RetirementRates r;
  r.aow_months = effects.aow_age_months >= 0 ? effects.aow_age_months : model.aow_age_months(step);
  r.rvu_window_months =
      effects.rvu_window_months >= 0 ? effects.rvu_window_months : model.rvu_window_months(step);
  // Workers crossing keep working with probability `stay`; of the remaining 1 - stay p the share
  // (1 - stay) p / (1 - stay p) crosses to retired, so that (1 - stay) p retire in all.
  const double stay = effects.work_past_aow_share >= 0.0 ? effects.work_past_aow_share
                                                         : model.parameters().work_past_aow_share;
  const double scale = model.calibration().early_retirement_scale;
  for (std::size_t a = 0; a < kAges; ++a) {
    const double p = crossing_probability(a, r.aow_months);
    r.crossing.push_back(p);
    r.keep_working.push_back(p * stay);
    r.retire_at_aow.push_back(p >= 1.0 ? 1.0 : (1.0 - stay) * p / (1.0 - stay * p));
    r.early.push_back(std::min(1.0, model.early_retirement[a] * scale) *
                      (1.0 - share_past_age(a, r.aow_months)));
    r.in_rvu_window.push_back(
        share_in_age_window(a, r.aow_months - r.rvu_window_months, r.aow_months));
  }
  return r;
}

}  // namespace

void apply_retirement(const StockFlowModel& model, LabourMarketState& state, int step,
                      std::size_t h) {
  if (!model.parameters().supply_processes) return;
  const RetirementRates r = retirement_rates(model, state.record.effects, step);
  double employees = cross_aow(state, h, r);
  employees += retire_early(model, state, h, r);
  employees += take_up_rvu(model, state, h, r);
  transfer_by_age(state, h, Status::kWorkingPensioner, Status::kRetired,
                  model.past_aow_work_exit_by_age, from_age_in_months(r.aow_months));
  state.region_records[h].retirements_employees += employees;
}

}  // namespace lmsim::model
