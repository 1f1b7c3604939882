// Retirement in one home region: everyone reaching the AOW age (aow_age.csv, 67 years now,
// 67y3m from 2028) leaves their status in the month they reach it (age_slots.hpp); workers keep
// working past it with probability work_past_aow_share (as working pensioners) and the rest retire.
// Before the AOW age employees and zzp retire early at the hazard of age_rates.csv (scaled so that
// about 93,000 employees retire a year, CBS 2024), and heavy-work employees inside the RVU window
// (rvu.csv, 36 months before AOW) take up RVU at rvu_take_up per month (13,000 users in 2024, SZW).
#include "models/processes/retirement.hpp"
#include "models/model_description.hpp"
#include "models/processes/retirement_rates.hpp"
#include "models/processes/transfer.hpp"

namespace lmsim::model {
namespace {

// The employees who retire in home region h are also recorded by age slot (RegionRecord): each
// transfer of employees to retirement is preceded by add_moves_by_slot with its arguments.
std::array<double, kAgeSlots>& retirements_by_slot(LabourMarketState& state, std::size_t h) {
  return state.region_records[h].retirements_employees_by_slot;
}

double cross_aow(LabourMarketState& state, std::size_t h, const RetirementRates& r) {
  const AgeRange ages = r.past_aow;
  double employees_retiring = 0.0;
  for (Status worker : {Status::kEmployed, Status::kSelfEmployed}) {
    transfer_by_slot(state, h, worker, Status::kWorkingPensioner, r.keep_working, ages);
    if (worker == Status::kEmployed)
      add_moves_by_slot(state, h, worker, r.retire_at_aow, ages, retirements_by_slot(state, h));
    const double retiring =
        transfer_by_slot(state, h, worker, Status::kRetired, r.retire_at_aow, ages);
    // Employees who keep working past the AOW age have not retired (CBS counts exits from work).
    if (worker == Status::kEmployed) employees_retiring += retiring;
  }
  for (Status s : kNonWorkingBeforeAow)
    transfer_by_slot(state, h, s, Status::kRetired, r.crossing, ages);
  return employees_retiring;
}

double retire_early(const ModelDescription& model, LabourMarketState& state, std::size_t h,
                    const RetirementRates& r) {
  const AgeRange ages{model.first_early_retirement_age, kAges};
  add_moves_by_slot(state, h, Status::kEmployed, r.early, ages, retirements_by_slot(state, h));
  const double employees =
      transfer_by_slot(state, h, Status::kEmployed, Status::kRetired, r.early, ages);
  transfer_by_slot(state, h, Status::kSelfEmployed, Status::kRetired, r.early, ages);
  return employees;
}

double take_up_rvu(const ModelDescription& model, LabourMarketState& state, std::size_t h,
                   const RetirementRates& r) {
  if (r.rvu_take_up <= 0.0) return 0.0;
  const ScenarioEffects& effects = state.record.effects;
  const auto probability = [&](std::size_t o, std::size_t g) {
    return rvu_probability(model, effects, r, o, slot_of_group(g));
  };
  add_moves_by_slot(state, h, Status::kEmployed, probability, r.from_rvu,
                    retirements_by_slot(state, h));
  return transfer(state, h, Status::kEmployed, Status::kRvu, probability, r.from_rvu);
}

}  // namespace

void apply_retirement(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h) {
  if (!model.parameters().supply_processes) return;
  const RetirementRates r = retirement_rates(model, state.record.effects, step);
  double employees = cross_aow(state, h, r);
  employees += retire_early(model, state, h, r);
  employees += take_up_rvu(model, state, h, r);
  transfer_by_age(state, h, Status::kWorkingPensioner, Status::kRetired,
                  model.past_aow_work_exit_by_age, r.past_aow);
  state.region_records[h].retirements_employees += employees;
}

}  // namespace lmsim::model
