// The supply side of a month for one person: demography, migration, retirement, disability,
// participation and training, in the order of the stock-flow engine's processes and with the
// same rates (from StockFlowModel and the shared rate headers of models/processes/). The
// per-person probabilities that depend on the state (keeping the student, inactive and zzp
// splits at their shares, entering training) are the stock-flow flows divided by the persons
// they come from, in the expected state at that point of the month (the stock-flow processes
// before them run on the counted persons).
#pragma once

#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/abm/random_draws.hpp"
#include "models/abm/tally.hpp"
#include "models/processes/retirement_rates.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model::abm {

struct SupplyRates {
  bool supply_processes = true;
  RetirementRates retirement;
  std::vector<double> rvu;                    // [occupation][age]
  std::vector<double> labour_migrant_return;  // per month, [home][occupation]
  std::vector<double> labour_migrants;  // expected at the end of the month, [home][occupation]
  double activation = 0.0;
  // Keeping splits at their shares: probabilities of moving, per home region x age x education
  // (and occupation for employees and zzp).
  std::vector<double> inactive_to_potential, potential_to_inactive;
  std::vector<double> student_to_side_job, side_job_to_student;
  std::vector<double> zzp_stopping, employee_to_zzp, zzp_to_employee;
  // Retraining: entry probability per home region, occupations trained from, exit rate and
  // completion, where completers look (cumulative over occupations).
  std::vector<double> training_entry;
  std::vector<bool> training_from;
  double training_exit = 0.0, training_completion = 0.0;
  bool has_training_target = false;
  std::vector<double> training_target_cumulative;
  // Cumulative distributions: occupation sought by education [e][o], education of school
  // leavers by age [a][e], work region of a new employee of a home region x occupation
  // [h][o][w] (the jobs of its employees at the start of the month).
  std::vector<double> occupation_by_education, leaving_education, work_region;
  std::size_t regions = 0, occupations = 0;

  const double* work_region_of(std::size_t h, std::size_t o) const {
    return &work_region[(h * occupations + o) * regions];
  }
};

// The rates of month `step`, from the model, the levers' effects and the aggregate state at the
// start of the month.
SupplyRates supply_rates(const StockFlowModel& model, const LabourMarketState& start, int step);

// Cumulative sums of weights, normalised to end at 1 (all zero: uniform).
std::vector<double> cumulative(const std::vector<double>& weights);

// Probability that any supply event (ageing included) happens in the month to a person of each
// cell of the tally's layout (status, home region, occupation, age, education): the same
// sequence of events as advance_supply, with every event declined. A person whose first uniform
// of the month is at least this probability has no event (Draws::happens), so the engine skips
// the events of most persons exactly.
std::vector<double> event_probabilities(const StockFlowModel& model, const SupplyRates& rates,
                                        const Tally& layout);

// The supply events of person i in one month; counts its flows in `tally`.
void advance_supply(AgentTable& agents, std::size_t i, const StockFlowModel& model,
                    const SupplyRates& rates, Draws& draws, Tally& tally);

}  // namespace lmsim::model::abm
