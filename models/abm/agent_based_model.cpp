#include "models/abm/agent_based_model.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <array>

#include "models/abm/first_uniforms.hpp"
#include "models/abm/matching_step.hpp"
#include "models/abm/supply_step.hpp"
#include "models/processes/processes.hpp"

namespace lmsim::model::abm {
namespace {

// Agents per task of a parallel pass: large enough that scheduling costs little, small enough to
// balance two to sixteen cores.
constexpr std::size_t kAgentsPerTask = 16384;
// Persons whose first uniforms are made in one go (first_uniforms.hpp).
constexpr std::size_t kUniformsAtOnce = 256;

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
      counts_(model.regions(), model.occupations()),
      last_month_(model.regions(), model.occupations()),
      thread_tallies_([&model] { return Tally(model.regions(), model.occupations()); }) {}

template <class Body>
Tally AgentBasedModel::parallel_pass(Body&& body) {
  for (Tally& tally : thread_tallies_) tally.clear();
  oneapi::tbb::parallel_for(
      oneapi::tbb::blocked_range<std::size_t>(0, agents_.size(), kAgentsPerTask),
      [&](const oneapi::tbb::blocked_range<std::size_t>& range) {
        body(range.begin(), range.end(), thread_tallies_.local());
      });
  Tally total(model_.regions(), model_.occupations());
  for (const Tally& tally : thread_tallies_) total.add(tally);  // whole numbers: any order
  return total;
}

void AgentBasedModel::draw_first_words(std::size_t begin, std::size_t end, std::uint32_t month,
                                       std::uint32_t* first) {
  first_random_words(key_, &agents_.id[begin], end - begin, month, Stream::kSupply, first,
                     &labour_market_words_[begin]);
}

Tally AgentBasedModel::supply_pass(std::uint32_t month, const SupplyRates& supply) {
  const std::vector<double> any_event = event_probabilities(model_, supply, counts_);
  labour_market_words_.resize(agents_.size());
  return parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
    std::array<std::uint32_t, kUniformsAtOnce> first{};
    for (std::size_t chunk = begin; chunk < end; chunk += kUniformsAtOnce) {
      const std::size_t n = std::min(kUniformsAtOnce, end - chunk);
      draw_first_words(chunk, chunk + n, month, first.data());
      for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = chunk + k;
        if (agents_.status[i] == kDeparted) continue;
        const double u = uniform_of(first[k]);
        const std::size_t cell = tally.person_cell(
            static_cast<Status>(agents_.status[i]), agents_.home[i], agents_.occupation[i],
            agents_.age[i] * kEducationLevels + agents_.education[i]);
        if (u >= any_event[cell]) continue;  // no event this month (event_probabilities)
        Draws draws(key_, agents_.id[i], month, Stream::kSupply, u);
        count_agent(agents_, i, tally, -1);
        advance_supply(agents_, i, model_, supply, draws, tally);
        count_agent(agents_, i, tally);
      }
    }
  });
}

Tally AgentBasedModel::labour_market_pass(std::uint32_t month, const MatchingRates& matching) {
  return parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
    for (std::size_t i = begin; i < end; ++i) {
      const double u = uniform_of(labour_market_words_[i]);
      if (labour_market_event_possible(agents_, i, matching, u))
        advance_matching(agents_, i, matching, u, key_, month, tally);
    }
  });
}

Tally AgentBasedModel::recount() {
  return parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
    for (std::size_t i = begin; i < end; ++i) count_agent(agents_, i, tally);
  });
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
  counts_ = recount();
  LabourMarketState state(R, O);
  counts_.write_stocks(state, scale);
  state.vacancies = full.vacancies;
  state.target_demand = full.target_demand;
  state.labour_migrants = full.labour_migrants;
  last_month_ = Tally(R, O);
  return state;
}

void AgentBasedModel::step(LabourMarketState& state, int t) {
  const auto month = static_cast<std::uint32_t>(t);
  apply_levers(model_, state, t);
  update_target_demand(model_, state, t);
  const SupplyRates supply = supply_rates(model_, state, t);
  Tally supply_changes = supply_pass(month, supply);
  const std::size_t before_newcomers = agents_.size();
  newcomers_.add(agents_, t, state.record.effects, supply, weight(), key_, supply_changes);
  labour_market_words_.resize(agents_.size());
  std::vector<std::uint32_t> unused(agents_.size() - before_newcomers);
  if (!unused.empty()) draw_first_words(before_newcomers, agents_.size(), month, unused.data());
  counts_.add_stocks(supply_changes);
  counts_.write_stocks(state, weight());

  apply_separations_and_openings(model_, state, t);
  const MatchingRates matching = matching_rates(model_, state);
  Tally month_flows = labour_market_pass(month, matching);
  counts_.add_stocks(month_flows);
  month_flows.add_flows(supply_changes);
  counts_.write_stocks(state, weight());
  month_flows.write_flows(state, weight());
  state.labour_migrants = supply.labour_migrants;
  for (std::size_t c = 0; c < state.vacancies.size(); ++c) {
    // Floor as in the published implementation: vacancies never reach zero.
    state.vacancies[c] =
        std::max(1e-15, state.vacancies[c] + state.record.openings[c] - state.record.hires[c]);
  }

  std::size_t departed = 0;
  for (std::size_t s = 0; s < kStatusCount; ++s)
    departed += static_cast<std::size_t>(supply_changes.flows[s][kOutside]);
  agents_.note_departed(departed);
  if (agents_.departed() * kCompactWhenOneIn > agents_.size()) {
    agents_.remove_departed();
    labour_market_words_.clear();  // made again for every person in the next supply pass
  }
  last_month_ = std::move(month_flows);
}

}  // namespace lmsim::model::abm
