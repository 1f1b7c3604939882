// Retirement: everyone reaching the AOW age (aow_age.csv, 67 years now, 67y3m from 2028) leaves
// their status; workers keep working past it with probability work_past_aow_share (as working
// pensioners) and the rest retire. Before the AOW age employees and zzp retire early at the
// hazard of age_rates.csv (calibrated to about 93,000 employee retirements a year, CBS 2024), and
// heavy-work employees inside the RVU window (rvu.csv, 36 months before AOW) take up RVU at
// rvu_take_up per month (13,000 users in 2024, SZW).
#include <algorithm>

#include "models/pension_age.hpp"
#include "models/processes/processes.hpp"
#include "models/processes/transfer.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

constexpr std::array kNonWorkingBeforeAow = {Status::kUnemployedShort, Status::kUnemployedLong,
                                             Status::kStudent, Status::kStudentSideJob,
                                             Status::kInactivePotential, Status::kInactive,
                                             Status::kRvu, Status::kDisabled};

// Monthly probabilities by age index, computed once per step.
std::vector<double> by_age(double (*f)(std::size_t, int), int months) {
  std::vector<double> values(kAges);
  for (std::size_t a = 0; a < kAges; ++a) values[a] = f(a, months);
  return values;
}

// Ages from the one in which the AOW age falls.
AgeRange from_aow_age(int aow) {
  const auto first = static_cast<std::size_t>(std::clamp(aow / 12 - kFirstAge, 0, static_cast<int>(kAges)));
  return {first, kAges};
}

double cross_aow(const StockFlowModel& model, LabourMarketState& state, int aow) {
  const std::vector<double> crossing = by_age(crossing_probability, aow);
  const AgeRange ages = from_aow_age(aow);
  // Workers crossing keep working with probability `stay`; of the remaining 1 - stay p the share
  // (1 - stay) p / (1 - stay p) crosses to retired, so that (1 - stay) p retire in all.
  const double stay = model.parameters().work_past_aow_share;
  std::vector<double> keep_working(kAges), retire(kAges);
  for (std::size_t a = 0; a < kAges; ++a) {
    const double p = crossing[a];
    keep_working[a] = p * stay;
    retire[a] = p >= 1.0 ? 1.0 : (1.0 - stay) * p / (1.0 - stay * p);
  }
  double employees_retiring = 0.0;
  for (Status worker : {Status::kEmployed, Status::kSelfEmployed}) {
    transfer_by_age(state, worker, Status::kWorkingPensioner, keep_working, ages);
    const double retiring = transfer_by_age(state, worker, Status::kRetired, retire, ages);
    // Employees who keep working past the AOW age have not retired (CBS counts exits from work).
    if (worker == Status::kEmployed) employees_retiring += retiring;
  }
  for (Status s : kNonWorkingBeforeAow) transfer_by_age(state, s, Status::kRetired, crossing, ages);
  return employees_retiring;
}

double retire_early(const StockFlowModel& model, LabourMarketState& state, int aow) {
  const std::vector<double> past = by_age(share_past_age, aow);
  const double scale = model.calibration().early_retirement_scale;
  std::vector<double> probability(kAges);
  for (std::size_t a = 0; a < kAges; ++a) {
    probability[a] = std::min(1.0, model.early_retirement[a] * scale) * (1.0 - past[a]);
  }
  const AgeRange ages{model.first_early_retirement_age, kAges};
  const double employees = transfer_by_age(state, Status::kEmployed, Status::kRetired, probability, ages);
  transfer_by_age(state, Status::kSelfEmployed, Status::kRetired, probability, ages);
  return employees;
}

double take_up_rvu(const StockFlowModel& model, LabourMarketState& state, int aow, int window) {
  const double take_up = model.parameters().rvu_take_up;
  if (take_up <= 0.0 || window <= 0) return 0.0;
  const auto& heavy = model.data().heavy_work_share;
  std::vector<double> in_window(kAges);
  for (std::size_t a = 0; a < kAges; ++a) in_window[a] = share_in_age_window(a, aow - window, aow);
  const auto first = static_cast<std::size_t>(std::clamp((aow - window) / 12 - kFirstAge, 0, static_cast<int>(kAges)));
  return transfer(state, Status::kEmployed, Status::kRvu, [&](std::size_t, std::size_t o, std::size_t ae) {
    return take_up * heavy[o] * in_window[ae / kEducationLevels];
  }, AgeRange{first, kAges});
}

}  // namespace

void apply_retirement(const StockFlowModel& model, LabourMarketState& state, int step) {
  if (!model.parameters().supply_processes) return;
  const int aow = model.aow_age_months(step);
  double employees = cross_aow(model, state, aow);
  employees += retire_early(model, state, aow);
  employees += take_up_rvu(model, state, aow, model.rvu_window_months(step));
  transfer_by_age(state, Status::kWorkingPensioner, Status::kRetired,
                  std::vector<double>(kAges, model.parameters().past_aow_work_exit), from_aow_age(aow));
  state.record.retirements_employees = employees;
}

}  // namespace lmsim::model
