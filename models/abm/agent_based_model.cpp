#include "models/abm/agent_based_model.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>

#include "models/abm/matching_step.hpp"
#include "models/abm/supply_step.hpp"
#include "models/processes/processes.hpp"

namespace lmsim::model::abm {
namespace {

// Agents per task of a parallel pass: large enough that scheduling costs little, small enough to
// balance two to sixteen cores.
constexpr std::size_t kAgentsPerTask = 16384;

// Compacts the table once this share of it has left (deaths, emigration, ageing past 74).
constexpr std::size_t kCompactWhenOneIn = 32;

// Months of the current spell of an unemployed person at the start: the short-term unemployed
// spread evenly over 0..5 months, the long-term over 6..23 (an assumption; the data give no
// spell durations).
std::uint8_t initial_spell(Status s, Draws& draws) {
  if (s == Status::kUnemployedShort) return static_cast<std::uint8_t>(draws.uniform() * 6.0);
  if (s == Status::kUnemployedLong) return static_cast<std::uint8_t>(6.0 + draws.uniform() * 18.0);
  return 0;
}

}  // namespace

AgentBasedModel::AgentBasedModel(const StockFlowModel& model, AbmOptions options)
    : model_(model),
      options_(options),
      key_{options.seed, options.replicate},
      newcomers_(model),
      last_month_(model.regions(), model.occupations()),
      thread_tallies_([&model] { return Tally(model.regions(), model.occupations()); }) {}

template <class PerAgent>
Tally AgentBasedModel::tally_pass(PerAgent&& per_agent) {
  for (Tally& tally : thread_tallies_) tally.clear();
  oneapi::tbb::parallel_for(
      oneapi::tbb::blocked_range<std::size_t>(0, agents_.size(), kAgentsPerTask),
      [&](const oneapi::tbb::blocked_range<std::size_t>& range) {
        Tally& tally = thread_tallies_.local();
        for (std::size_t i = range.begin(); i < range.end(); ++i) {
          if (agents_.status[i] == kDeparted) continue;
          per_agent(i, tally);
          count_agent(agents_, i, tally);
        }
      });
  Tally total(model_.regions(), model_.occupations());
  for (const Tally& tally : thread_tallies_) total.add(tally);  // whole numbers: any order
  return total;
}

LabourMarketState AgentBasedModel::initial_state() {
  const LabourMarketState full = model_.initial_state();
  const std::size_t R = model_.regions();
  const std::size_t O = model_.occupations();
  const double scale = weight();
  agents_ = AgentTable();
  agents_.reserve(static_cast<std::size_t>(full.population() / scale * 1.02) + 1024);
  Tally layout(R, O);
  std::uint64_t next_id = 0;
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const auto& persons = full.persons(status);
    for (std::size_t i = 0; i < persons.size(); ++i) {
      const std::size_t block = i / kAgeEducationCells;
      const std::size_t ae = i % kAgeEducationCells;
      const std::size_t home = has_occupation(status) ? block / O : block;
      const std::size_t occupation = has_occupation(status) ? block % O : 0;
      Draws count(key_, layout.person_cell(status, home, occupation, ae), 0, Stream::kInitialCount);
      const std::uint64_t n = count.round_unbiased(persons[i] / scale);
      if (n == 0) continue;
      std::vector<double> held(R, 0.0);
      double migrant_share = 0.0;
      if (status == Status::kEmployed) {
        for (std::size_t w = 0; w < R; ++w) held[w] = full.jobs[full.job(home, w, occupation)];
        const double employees = full.employees(home, occupation);
        migrant_share =
            employees > 0.0 ? full.labour_migrants[full.cell(home, occupation)] / employees : 0.0;
      }
      const std::vector<double> work_cumulative = cumulative(held);
      for (std::uint64_t k = 0; k < n; ++k) {
        Person p;
        p.id = next_id++;
        Draws draws(key_, p.id, 0, Stream::kInitialPerson);
        p.status = status;
        p.home = static_cast<std::uint8_t>(home);
        p.occupation = static_cast<std::uint8_t>(occupation);
        p.age = static_cast<std::uint8_t>(ae / kEducationLevels);
        p.education = static_cast<std::uint8_t>(ae % kEducationLevels);
        p.spell = initial_spell(status, draws);
        if (status == Status::kEmployed) {
          p.work = static_cast<std::uint8_t>(draws.pick(work_cumulative.data(), R));
          if (draws.uniform() < migrant_share) p.flags = kLabourMigrant;
        }
        agents_.add(p);
      }
    }
  }
  const Tally counted = tally_pass([](std::size_t, Tally&) {});
  LabourMarketState state(R, O);
  counted.write_stocks(state, scale);
  state.vacancies = full.vacancies;
  state.target_demand = full.target_demand;
  state.labour_migrants = full.labour_migrants;
  last_month_ = counted;
  return state;
}

void AgentBasedModel::step(LabourMarketState& state, int t) {
  const auto month = static_cast<std::uint32_t>(t);
  apply_levers(model_, state, t);
  update_target_demand(model_, state, t);
  const SupplyRates supply = supply_rates(model_, state, t);
  Tally after_supply = tally_pass([&](std::size_t i, Tally& tally) {
    Draws draws(key_, agents_.id[i], month, Stream::kSupply);
    advance_supply(agents_, i, model_, supply, draws, tally);
  });
  newcomers_.add(agents_, t, state.record.effects, supply, weight(), key_, after_supply);
  after_supply.write_stocks(state, weight());

  apply_separations_and_openings(model_, state, t);
  const MatchingRates matching = matching_rates(model_, state);
  Tally month_end = tally_pass([&](std::size_t i, Tally& tally) {
    Draws draws(key_, agents_.id[i], month, Stream::kMatching);
    advance_matching(agents_, i, model_, matching, draws, tally);
  });
  month_end.add_flows(after_supply);
  month_end.write_stocks(state, weight());
  month_end.write_flows(state, weight());
  state.labour_migrants = supply.labour_migrants;
  for (std::size_t c = 0; c < state.vacancies.size(); ++c) {
    // Floor as in the published implementation: vacancies never reach zero.
    state.vacancies[c] =
        std::max(1e-15, state.vacancies[c] + state.record.openings[c] - state.record.hires[c]);
  }

  std::size_t departed = 0;
  for (std::size_t s = 0; s < kStatusCount; ++s)
    departed += static_cast<std::size_t>(after_supply.flows[s][kOutside]);
  agents_.note_departed(departed);
  if (agents_.departed() * kCompactWhenOneIn > agents_.size()) agents_.remove_departed();
  last_month_ = std::move(month_end);
}

}  // namespace lmsim::model::abm
