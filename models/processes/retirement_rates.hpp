// The monthly retirement probabilities of one step, by age slot (age_slots.hpp), shared by the
// stock-flow retirement process and the agent-based engine (one definition of each rate):
// crossing the AOW age in the month it is reached, keeping working past it, retiring early, and
// being inside the RVU window.
#pragma once

#include <array>
#include <vector>

#include "models/processes/transfer.hpp"
#include "models/scenario_effects.hpp"

namespace lmsim::model {

class ModelDescription;

struct RetirementRates {
  int aow_months = 0;
  int rvu_window_months = 0;
  std::vector<double> crossing, keep_working, retire_at_aow, early, in_rvu_window;  // by slot
  AgeRange past_aow;         // ages from the one in which the AOW age falls
  AgeRange from_rvu;         // ages from the one in which the RVU window opens
  double rvu_take_up = 0.0;  // rvu_take_up of the parameters; 0 when the window is closed
};

// Statuses without work that cross to retired at the AOW age.
inline constexpr std::array kNonWorkingBeforeAow = {
    Status::kUnemployedShort,   Status::kUnemployedLong, Status::kStudent, Status::kStudentSideJob,
    Status::kInactivePotential, Status::kInactive,       Status::kRvu,     Status::kDisabled,
    Status::kInTraining};

RetirementRates retirement_rates(const ModelDescription& model, const ScenarioEffects& effects,
                                 int step);

// Probability per month that an employee of occupation o and age slot `slot` takes up RVU.
double rvu_probability(const ModelDescription& model, const ScenarioEffects& effects,
                       const RetirementRates& r, std::size_t o, std::size_t slot);

}  // namespace lmsim::model
