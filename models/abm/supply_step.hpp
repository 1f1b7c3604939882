// The supply side of a month for one person: the person rules of the month's supply processes
// (models/processes/month.hpp), in the list's order and with the same rates (from the model
// description and the shared rate headers of models/processes/). The
// stock-flow flows that are amounts rather than rates (keeping the student, inactive and zzp
// splits at their shares, labour migrants returning, retraining places) become per-person
// probabilities: the amount over the persons it comes from, in the stock-flow engine's own state
// at that point of the month. The agents' own counts do not enter: a split corrected for the
// agents' sampling noise every month would switch persons back and forth between statuses.
#pragma once

#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/abm/job_traits.hpp"
#include "models/abm/random_draws.hpp"
#include "models/abm/tally.hpp"
#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"
#include "models/processes/retirement_rates.hpp"

namespace lmsim::model::abm {

struct SupplyRates {
  bool supply_processes = true;
  int calendar_month = 1;  // of the step: a person's age slot depends on it (age_slots.hpp)
  RetirementRates retirement;
  std::vector<double> rvu;  // [occupation][age slot], for any employee (the stock-flow rate)
  // [occupation][age slot]: for an RVU-eligible employee, the rate that gives the stock-flow
  // engine's RVU entries of the occupation and slot when only eligible employees take it up:
  // rvu x employees / eligible employees (rvu_of_eligible).
  std::vector<double> rvu_eligible;
  const JobTraits* traits = nullptr;          // what a job that starts brings (job_traits.hpp)
  std::vector<double> labour_migrant_return;  // per month, [home][occupation]
  std::vector<double> emigration;             // monthly probability by age (the outlook's month)
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

// The rates of month `step`, from the model and the stock-flow state at the start of the month
// with the levers' effects of the month (apply_levers has run on it); what a job that starts
// brings comes from `traits`, when given.
SupplyRates supply_rates(const ModelDescription& model, const LabourMarketState& start, int step,
                         const JobTraits* traits = nullptr);
inline SupplyRates supply_rates(const ModelDescription& model, const LabourMarketState& start,
                                int step, const JobTraits& traits) {
  return supply_rates(model, start, step, &traits);
}

// Employees and RVU-eligible employees by occupation x age slot expected when the month's RVU
// event comes: those of `counts` (the start of the month) after the month's birthdays
// (age_slots.hpp).
struct EligibleEmployees {
  std::vector<double> employees, eligible;
};
EligibleEmployees eligible_employees_after_ageing(const Tally& counts, int calendar_month);

// Sets rates.rvu_eligible: rvu x employees / eligible employees (eligible_employees_after_ageing).
void rvu_of_eligible(SupplyRates& rates, const Tally& counts);

// Cumulative sums of weights, normalised to end at 1 (all zero: uniform).
std::vector<double> cumulative(const std::vector<double>& weights);

// Where a new employee of home region h and occupation o works: as the jobs of the cell's
// employees, or in the home region when they hold none (cumulative over work regions).
std::vector<double> work_region_cumulative(const LabourMarketState& state, std::size_t h,
                                           std::size_t o);

// Probability that any supply event happens in the month to a person of each non-empty cell of
// the tally's layout (its counts say which cells hold persons) (status, home region, occupation,
// age, education), for a person who does not reach the next year of age this month and for one who
// does (ageing itself, which changes only the age, is decided apart: see AgentBasedModel). The same
// sequence of events as advance_supply, with every event declined. A person whose first uniform of
// the month is at least this probability has no event (Draws::happens), so the engine skips the
// events of most persons exactly.
struct EventThresholds {
  // [2 x cell + 1 if the person ages], with a last pair for the sentinel cell (departed persons)
  // that no uniform is below.
  std::vector<double> probability;
  // The same as 32-bit words (half the memory of the table, which the pass over all persons
  // reads): compact_words_below(p).
  std::vector<std::uint32_t> words;
  // Whether a person of the cell whose first word is `word` may have an event: its uniform is
  // below the probability, or the word is the largest one, which a capped threshold would miss
  // (a person who may have an event runs its events in full, which decide exactly).
  bool may_have_event(std::uint32_t word, std::size_t cell, bool ages) const {
    return word < words[2 * cell + (ages ? 1 : 0)] || word == kLargestWord;
  }
  static constexpr std::uint32_t kLargestWord = 0xffffffffu;
};
EventThresholds event_probabilities(const ModelDescription& model, const SupplyRates& rates,
                                    const Tally& layout);

// The supply events of person i in one month; counts its flows in `tally`. `ages`: whether the
// person reaches the next year of age this month (after surviving; the stock-flow engine's
// one twelfth a month), decided apart from the other events by the caller.
void advance_supply(AgentTable& agents, std::size_t i, const ModelDescription& model,
                    const SupplyRates& rates, Draws& draws, Tally& tally, bool ages,
                    SupplyStage first = SupplyStage::kWholeMonth);

}  // namespace lmsim::model::abm
