// The agent-based engine: the labour-market model of a model description (same data, parameters,
// calibration, levers and rates as the stock-flow engine), run person by person. The supply side
// draws each person's events with the stock-flow engine's per-person rates (for flows that are
// amounts there, the amount over the persons it comes from on the stock-flow path, which a
// stock-flow engine of the same description runs alongside); labour demand and matching act on
// the counted agents, so the agents' own market sets hires. Each month follows the list of
// models/processes/month.hpp: the processes on the counts before the supply side (levers, target
// demand), the person rules of the supply processes for every person (supply_step.hpp), the
// persons entering the population, the processes on the counts before the labour market
// (separations and openings planned from the counted persons), and separations, search and
// matching per person (matching_step.hpp). Passes over the persons run in
// parallel (oneTBB); every random number is keyed by seed, replicate, person, month and stream
// (random_draws.hpp) and every count is a whole number, so results are the same for any number
// of threads. With --scale k the engine follows a 1-in-k sample, each agent standing for k
// persons, so outputs stay in persons.
#pragma once

#include <oneapi/tbb/enumerable_thread_specific.h>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/abm/job_traits.hpp"
#include "models/abm/matching_step.hpp"
#include "models/abm/newcomers.hpp"
#include "models/abm/random_draws.hpp"
#include "models/abm/stock_flow_companion.hpp"
#include "models/abm/tally.hpp"
#include "models/model_description.hpp"

namespace lmsim::model::abm {

// Persons with a trait at the end of a month (weighted: persons, not agents).
struct TraitCounts {
  double flex_employees = 0.0, rvu_eligible_employees = 0.0, part_time_workers = 0.0, carers = 0.0,
         reservists = 0.0;
};

struct AbmOptions {
  std::uint32_t scale = 1;  // each agent stands for this many persons
  std::uint64_t seed = 0;
  std::uint32_t replicate = 0;
};

// Wall time spent in each phase of the months run so far (for benchmarks/abm_benchmark).
struct StepTimes {
  double supply_rates = 0.0;         // levers, target demand, the rates of the supply side
  double supply_pass = 0.0;          // supply events of every person
  double newcomers = 0.0;            // persons entering, counts of the supply side
  double labour_market_rates = 0.0;  // labour demand and the urn-ball outcome
  double labour_market_pass = 0.0;   // separations, moves and hires of every person
  double bookkeeping = 0.0;          // counts, vacancies, compaction, carers and reservists
  int months = 0;
  double person_months = 0.0;  // agents at the end of each month, summed
};

class AgentBasedModel {
 public:
  // The description must outlive the engine (not a temporary). Replicates of one description
  // stepping together may share a stock-flow companion (run_in_lockstep); by default a run has
  // its own.
  AgentBasedModel(const ModelDescription& model, AbmOptions options,
                  std::shared_ptr<StockFlowCompanion> companion = nullptr);
  AgentBasedModel(ModelDescription&&, AbmOptions,
                  std::shared_ptr<StockFlowCompanion> = nullptr) = delete;

  // Draws the agents of the first month from the stock-flow engine's initial state and returns
  // their counts (persons = agents x scale) with the initial vacancies and target demand.
  LabourMarketState initial_state();
  // One month: the agents change and `state` becomes their counts and the month's flows.
  void step(LabourMarketState& state, int t);

  template <class Observer>
  void run(LabourMarketState& state, Observer&& observe) {
    observe(state, 0);
    for (int t = 1; t < model_.time().steps(); ++t) {
      step(state, t);
      observe(state, t);
    }
  }

  const ModelDescription& model() const { return model_; }
  // The month's passes in order, as the result file records them (from models/processes/month.hpp).
  static std::vector<std::string> process_names();
  const AgentTable& agents() const { return agents_; }
  double weight() const { return static_cast<double>(options_.scale); }
  // Counts of the last month: flows, retirements and the distributions of persons.
  const Tally& last_month() const { return last_month_; }
  // Persons and jobs as the engine keeps them (updated by the changes of each pass), and as a
  // full count of the agents gives them: the two are always equal.
  const Tally& counts() const { return counts_; }
  const StepTimes& step_times() const { return times_; }
  const JobTraits& job_traits() const { return traits_; }
  // Persons with each trait at the end of the last month (TraitCounts).
  const TraitCounts& trait_counts() const { return trait_counts_; }
  // Counts every person, in its slot at the end of calendar month `month` (age_slots.hpp).
  Tally recount(int month);

 private:
  // Runs body(begin, end, tally) over the persons in parallel; returns the sum of the threads'
  // tallies.
  template <class Body>
  Tally parallel_pass(Body&& body);
  // The first three words of the persons' supply draws of the month: the first decides their
  // supply events, the second (kept in labour_market_words_) their labour-market events, the
  // third whether they reach the next year of age.
  void draw_first_words(std::size_t begin, std::size_t end, std::uint32_t month,
                        std::uint32_t* first, std::uint32_t* third);
  // The supply side and the labour market of a month for every person; each returns the changes
  // of the counts (a person with an event is taken out before and counted again after it) and
  // the flows.
  Tally supply_pass(std::uint32_t month, const SupplyRates& supply,
                    const EventThresholds& any_event);
  Tally labour_market_pass(std::uint32_t month, const MatchingRates& matching);
  // Adds the month's newcomers, counted in `tally`, and runs the rest of their month's supply
  // events.
  void add_newcomers(std::uint32_t month, const ScenarioEffects& effects, const SupplyRates& supply,
                     Tally& tally);
  // Marks the workers who are carers or reservists in the month (the levers' shares of their
  // work cells), counts their hours, and sets the month's FTE supply and trait counts in `state`.
  void count_hours_and_traits(LabourMarketState& state);
  // Agents who are flex employees now.
  std::int64_t flex_employees() const;
  void mark_hours_cuts(std::size_t begin, std::size_t end,
                       const std::vector<std::uint64_t>& carer_words,
                       const std::vector<std::uint64_t>& reservist_words, Tally& tally);

  const ModelDescription& model_;
  AbmOptions options_;
  RandomKey key_;
  JobTraits traits_;
  TraitCounts trait_counts_;
  bool hours_cut_marked_ = false;  // whether any worker may carry a carer or reservist flag
  AgentTable agents_;
  Newcomers newcomers_;
  std::vector<std::uint32_t> labour_market_words_;  // per person, from the supply pass
  Tally counts_;                                    // persons and jobs now
  Tally last_month_;                                // flows of the last month
  StepTimes times_;
  std::shared_ptr<StockFlowCompanion> companion_;  // the stock-flow path of the supply rates
  oneapi::tbb::enumerable_thread_specific<Tally> thread_tallies_;
};

// Replicates first.replicate, first.replicate + 1, ... of one description and options, n in
// all, sharing one stock-flow companion: run them with run_in_lockstep.
std::vector<std::unique_ptr<AgentBasedModel>> replicates_sharing_path(const ModelDescription& model,
                                                                      AbmOptions first,
                                                                      std::uint32_t n);

// Runs engines that share a stock-flow companion month by month together: each engine's
// month t after the other's month t. observe(r, state, t) sees engine r's counts after its
// month t (t = 0: its initial state).
template <class Observer>
void run_in_lockstep(const std::vector<std::unique_ptr<AgentBasedModel>>& engines,
                     Observer&& observe) {
  std::vector<LabourMarketState> states;
  states.reserve(engines.size());
  for (std::size_t r = 0; r < engines.size(); ++r) {
    states.push_back(engines[r]->initial_state());
    observe(r, states[r], 0);
  }
  if (engines.empty()) return;
  for (int t = 1; t < engines.front()->model().time().steps(); ++t) {
    for (std::size_t r = 0; r < engines.size(); ++r) {
      engines[r]->step(states[r], t);
      observe(r, states[r], t);
    }
  }
}

}  // namespace lmsim::model::abm
