// Retirement: everyone reaching the AOW age (aow_age.csv, 67 years now, 67y3m from 2028) leaves
// their status; workers keep working past it with probability work_past_aow_share (as working
// pensioners) and the rest retire. Before the AOW age employees and zzp retire early at the
// hazard of age_rates.csv (calibrated to about 93,000 employee retirements a year, CBS 2024), and
// heavy-work employees inside the RVU window (rvu.csv, 36 months before AOW) take up RVU at
// rvu_take_up per month (13,000 users in 2024, SZW).
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

double cross_aow(const StockFlowModel& model, LabourMarketState& state, int aow) {
  const std::vector<double> probability = by_age(crossing_probability, aow);
  const auto crossing = [&](std::size_t, std::size_t, std::size_t ae) { return probability[ae / kEducationLevels]; };
  const double stay = model.parameters().work_past_aow_share;
  double employees_retiring = 0.0;
  for (Status worker : {Status::kEmployed, Status::kSelfEmployed}) {
    const double keep_working = transfer(state, worker, Status::kWorkingPensioner,
                                         [&](std::size_t h, std::size_t o, std::size_t ae) {
                                           return crossing(h, o, ae) * stay;
                                         });
    // Of the remaining (1 - stay p) the share (1 - stay) p / (1 - stay p) crosses to retired.
    const double retire = transfer(state, worker, Status::kRetired,
                                   [&](std::size_t h, std::size_t o, std::size_t ae) {
                                     const double p = crossing(h, o, ae);
                                     return p >= 1.0 ? 1.0 : (1.0 - stay) * p / (1.0 - stay * p);
                                   });
    // Employees who keep working past the AOW age have not retired (CBS counts exits from work).
    if (worker == Status::kEmployed) employees_retiring += retire;
    static_cast<void>(keep_working);
  }
  for (Status s : kNonWorkingBeforeAow) transfer(state, s, Status::kRetired, crossing);
  return employees_retiring;
}

double retire_early(const StockFlowModel& model, LabourMarketState& state, int aow) {
  const std::vector<double> past = by_age(share_past_age, aow);
  const double scale = model.calibration().early_retirement_scale;
  double employees = 0.0;
  for (Status worker : {Status::kEmployed, Status::kSelfEmployed}) {
    const double moved = transfer(state, worker, Status::kRetired, [&](std::size_t, std::size_t, std::size_t ae) {
      const std::size_t a = ae / kEducationLevels;
      return model.early_retirement[a] * scale * (1.0 - past[a]);
    });
    if (worker == Status::kEmployed) employees += moved;
  }
  return employees;
}

double take_up_rvu(const StockFlowModel& model, LabourMarketState& state, int aow, int window) {
  const double take_up = model.parameters().rvu_take_up;
  if (take_up <= 0.0 || window <= 0) return 0.0;
  const auto& heavy = model.data().heavy_work_share;
  std::vector<double> in_window(kAges);
  for (std::size_t a = 0; a < kAges; ++a) in_window[a] = share_in_age_window(a, aow - window, aow);
  return transfer(state, Status::kEmployed, Status::kRvu, [&](std::size_t, std::size_t o, std::size_t ae) {
    return take_up * heavy[o] * in_window[ae / kEducationLevels];
  });
}

}  // namespace

void apply_retirement(const StockFlowModel& model, LabourMarketState& state, int step) {
  if (!model.parameters().supply_processes) return;
  const JobsFollowEmployees jobs(state);
  const int aow = model.aow_age_months(step);
  double employees = cross_aow(model, state, aow);
  employees += retire_early(model, state, aow);
  employees += take_up_rvu(model, state, aow, model.rvu_window_months(step));
  transfer(state, Status::kWorkingPensioner, Status::kRetired, [&](std::size_t, std::size_t, std::size_t) {
    return model.parameters().past_aow_work_exit;
  });
  state.record.retirements_employees = employees;
  jobs.apply(state);
}

}  // namespace lmsim::model
