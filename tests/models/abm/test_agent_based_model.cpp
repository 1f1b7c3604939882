// Science and engineering tests of the agent-based engine: persons are conserved every month
// (counts by status change exactly by the recorded flows), the counts it keeps by changes equal a
// full count of the agents, the fast path for persons without an event is exact, outputs are
// bit-for-bit the same for 1, 2 and 4 threads, a scenario and its baseline share random numbers,
// and outputs stay in persons at any scale.
#include <oneapi/tbb/global_control.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <random>

#include "engine/scenario.hpp"
#include "models/abm/agent_based_model.hpp"
#include "models/abm/distribution_recorder.hpp"
#include "models/abm/first_uniforms.hpp"
#include "models/abm/supply_step.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "tests/support/default_model.hpp"

namespace lmsim::model::abm {
namespace {

using test::default_data;
using test::default_model;
using test::levers_of;

// Everything a run records (the stock-flow variables and the distributions).
ResultSet run_abm(const StockFlowModel& model, AbmOptions options) {
  AgentBasedModel abm(model.description(), options);
  Recorder recorder(model);
  DistributionRecorder distributions(recorder.results());
  LabourMarketState state = abm.initial_state();
  abm.run(state, [&](const LabourMarketState& s, int t) {
    recorder.observe(s, t);
    distributions.observe(abm, t);
  });
  return recorder.results();
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

// Checks that two runs recorded the same bits in every variable, over the months [from, to); for
// an annual variable (by year), over the calendar years whose months all lie in [from, to) (the
// runs of these tests start in January).
void check_identical(const ResultSet& a, const ResultSet& b, std::size_t from, std::size_t to) {
  REQUIRE(a.variables.size() == b.variables.size());
  for (std::size_t v = 0; v < a.variables.size(); ++v) {
    const Variable& x = a.variables[v];
    const Variable& y = b.variables[v];
    REQUIRE(x.name == y.name);
    REQUIRE(x.data.size() == y.data.size());
    const bool annual = x.dims.front() == "year";
    const std::size_t per_step = x.data.size() / a.dimension(x.dims.front()).size();
    const std::size_t first = annual ? (from + 11) / 12 : from;
    const std::size_t end = annual ? to / 12 : to;
    std::size_t differing = 0;
    for (std::size_t i = first * per_step; i < end * per_step; ++i)
      differing += same_bits(x.data[i], y.data[i]) ? 0 : 1;
    INFO(x.name);
    CHECK(differing == 0);
  }
}

std::array<double, kStatusCount> stocks(const LabourMarketState& state) {
  std::array<double, kStatusCount> result{};
  for (std::size_t s = 0; s < kStatusCount; ++s) result[s] = state.total(static_cast<Status>(s));
  return result;
}

// For every month: each status changes exactly by its recorded inflows minus outflows (persons
// are whole agents times the scale, so the sums are exact), the employee jobs of each home region
// and occupation equal its employees, and the counts kept by changes equal a full count.
void check_conservation(const StockFlowModel& model, AbmOptions options) {
  AgentBasedModel abm(model.description(), options);
  LabourMarketState state = abm.initial_state();
  auto previous = stocks(state);
  for (int t = 1; t < model.time().steps(); ++t) {
    abm.step(state, t);
    const auto current = stocks(state);
    for (std::size_t s = 0; s < kStatusCount; ++s) {
      INFO("month " << t << " status " << kStatusNames[s]);
      REQUIRE(current[s] - previous[s] == state.record.ledger.net(s));
    }
    for (std::size_t h = 0; h < state.regions(); ++h) {
      for (std::size_t o = 0; o < state.occupations(); ++o) {
        double jobs = 0.0;
        for (std::size_t w = 0; w < state.regions(); ++w) jobs += state.jobs[state.job(h, w, o)];
        REQUIRE(jobs == state.employees(h, o));
      }
    }
    const Tally recount = abm.recount(model.time().month(t));
    REQUIRE(recount.persons == abm.counts().persons);
    REQUIRE(recount.jobs == abm.counts().jobs);
    // The traits of jobs are kept by the same changes.
    REQUIRE(recount.hours == abm.counts().hours);
    REQUIRE(recount.flex_employees == abm.counts().flex_employees);
    REQUIRE(recount.rvu_eligible == abm.counts().rvu_eligible);
    REQUIRE(recount.part_time_workers == abm.counts().part_time_workers);
    previous = current;
  }
}

TEST_CASE("agents are conserved every month on the baseline",
          "[abm][science][conservation][threads]") {
  check_conservation(default_model({2026, 12}), {100, 20250101, 0});
}

TEST_CASE("agents are conserved every month with levers", "[abm][science][conservation]") {
  // Levers that move persons: retraining, zzp enforcement, RVU and migration.
  const StockFlowModel model = default_model({2026, 12}, levers_of(R"(
[[levers]]
type = "llo_retraining"
from = ["BRC03", "BRC04"]
to = ["BRC10", "BRC07"]
capacity = 20_000
duration_months = 12
completion_rate = 0.75
profile = { shape = "step", from = 2025 }
[[levers]]
type = "zzp_enforcement"
occupations = ["BRC10", "BRC07", "BRC02"]
share_reduction = 0.25
exit_share = 0.5
profile = { shape = "step", from = 2025 }
[[levers]]
type = "labour_migration_decline"
regions = "all"
occupations = "all"
reduction = 0.5
profile = { shape = "step", from = 2025 }
)"));
  check_conservation(model, {100, 7, 0});
}

TEST_CASE("agents are conserved for randomised parameter values", "[abm][science][conservation]") {
  std::mt19937_64 generator(2468);  // fixed seed: the same draws every run
  for (int draw = 0; draw < 2; ++draw) {
    ParameterValues values(model_parameter_registry());
    for (const char* name :
         {"separation_rate", "demand_gap_speed", "discouragement_rate", "activation_rate",
          "work_past_aow_share", "rvu_take_up", "self_employment_adjustment"}) {
      const ParameterSpec* spec = model_parameter_registry().find(name);
      const double upper = std::min(spec->upper_bound,
                                    std::max(2.0 * spec->default_value, spec->lower_bound + 0.05));
      std::uniform_real_distribution<double> uniform(spec->lower_bound, upper);
      REQUIRE(values.set(name, uniform(generator)).empty());
    }
    check_conservation(default_model({2025, 12}, {}, values), {200, 11u + draw, 0});
  }
}

TEST_CASE("a person without a supply event in the month is left exactly as it is",
          "[abm][fast-path]") {
  // The engine skips the supply events of a person whose first uniform is at least the
  // probability that any event happens in its cell (with or without reaching the next year of
  // age, which its birth month decides). Running the events for those persons anyway must change
  // nothing but the age and count no flow.
  const StockFlowModel model = default_model({2025, 12});
  const RandomKey key{99, 0};
  AgentBasedModel abm(model.description(), {50, key.seed, key.replicate});
  LabourMarketState state = abm.initial_state();
  SupplyRates rates = supply_rates(model.description(), state, 1, abm.job_traits());
  rvu_of_eligible(rates, abm.counts());
  const EventThresholds any_event = event_probabilities(model.description(), rates, abm.counts());
  AgentTable agents = abm.agents();
  const std::size_t n = 20000;
  REQUIRE(agents.size() > n);
  std::vector<std::uint32_t> first(n), second(n), third(n);
  first_random_words(key, agents.id.data(), n, 1, Stream::kSupply, first.data(), second.data(),
                     third.data());
  Tally tally(model.regions(), model.occupations());
  const CellFormula cell_at_month_start = tally.cell_formula(rates.calendar_month - 1);
  std::size_t skipped = 0, skipped_ageing = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool ages = agents.birth_month[i] == rates.calendar_month;
    const std::size_t cell = cell_at_month_start(agents, i);
    const double u = uniform_of(first[i]);
    if (any_event.may_have_event(first[i], cell, ages)) continue;
    ++skipped;
    skipped_ageing += ages ? 1 : 0;
    const std::uint8_t status = agents.status[i], age = agents.age[i],
                       education = agents.education[i], work = agents.work[i],
                       hours = agents.hours[i], flags = agents.flags[i];
    const std::uint16_t occupation = agents.occupation[i];
    Draws draws(key, agents.id[i], 1, Stream::kSupply, u);
    advance_supply(agents, i, model.description(), rates, draws, tally, ages);
    REQUIRE(agents.status[i] == status);
    REQUIRE(agents.age[i] == age + (ages ? 1 : 0));
    REQUIRE(agents.occupation[i] == occupation);
    REQUIRE(agents.education[i] == education);
    REQUIRE(agents.work[i] == work);
    REQUIRE(agents.hours[i] == hours);
    REQUIRE(agents.flags[i] == flags);
  }
  CHECK(skipped > n * 8 / 10);     // most persons have no event in a month
  CHECK(skipped_ageing > n / 20);  // and about one in twelve of them reaches the next age
  for (const auto& row : tally.flows)
    for (std::int64_t flow : row) CHECK(flow == 0);
}

TEST_CASE("the agent-based engine gives the same bits for 1, 2 and 4 threads",
          "[abm][determinism][threads]") {
  // Six months with the levers rising (long enough for every pass and lever to run in parallel;
  // the ThreadSanitizer tree runs this, at many times the speed's cost).
  const StockFlowModel model = default_model({2025, 6}, levers_of(R"(
[[levers]]
type = "defence_expansion"
regions = "all"
target_personnel = 140_000
regional_split = "base_presence"
civilian_hours_served = 0.2
profile = { shape = "linear", from = 2025, to = 2026 }
[[levers]]
type = "mantelzorg"
carers_share = 0.125
hours_cut = 0.2
profile = { shape = "linear", from = 2025, to = 2026 }
)"));
  const auto with_threads = [&](int threads) {
    oneapi::tbb::global_control limit(oneapi::tbb::global_control::max_allowed_parallelism,
                                      static_cast<std::size_t>(threads));
    return run_abm(model, {40, 5, 0});
  };
  const ResultSet one = with_threads(1);
  const std::size_t months = one.dimension("time").size();
  check_identical(one, with_threads(2), 0, months);
  check_identical(one, with_threads(4), 0, months);
}

TEST_CASE("a scenario and its baseline draw the same numbers until a lever acts",
          "[abm][common-random-numbers]") {
  // Common random numbers: every draw is keyed by person, month and stream, so before the
  // lever starts (2026) the scenario gives the baseline's bits exactly; after, it differs.
  const StockFlowModel base = default_model({2026, 6});
  const StockFlowModel scenario = default_model({2026, 6}, levers_of(R"(
[[levers]]
type = "labour_migration_decline"
regions = "all"
occupations = "all"
reduction = 0.5
profile = { shape = "step", from = 2026 }
)"));
  const ResultSet a = run_abm(base, {50, 3, 0});
  const ResultSet b = run_abm(scenario, {50, 3, 0});
  check_identical(a, b, 0, 12);
  const Variable& employed_a = a.variable("employed");
  const Variable& employed_b = b.variable("employed");
  double sum_a = 0.0, sum_b = 0.0;
  const std::size_t per_month = employed_a.data.size() / a.dimension("time").size();
  for (std::size_t i = employed_a.data.size() - per_month; i < employed_a.data.size(); ++i) {
    sum_a += employed_a.data[i];
    sum_b += employed_b.data[i];
  }
  CHECK(sum_b < sum_a);  // fewer labour migrants arrive into work
}

TEST_CASE("replicates differ and outputs stay in persons at any scale", "[abm][scale]") {
  const StockFlowModel model = default_model({2025, 3});
  const LabourMarketState full = model.initial_state();
  for (std::uint32_t scale : {10u, 100u}) {
    AgentBasedModel abm(model.description(), {scale, 1, 0});
    const LabourMarketState sample = abm.initial_state();
    const double expected_agents = full.population() / scale;
    // Rounding each cell without bias: the count is within 5 standard deviations of Poisson-like
    // noise of the expectation.
    CHECK(std::fabs(static_cast<double>(abm.agents().size()) - expected_agents) <
          5.0 * std::sqrt(expected_agents));
    CHECK(sample.population() == static_cast<double>(abm.agents().size()) * scale);
    CHECK(std::fabs(sample.population() / full.population() - 1.0) < 0.01);
  }
  AgentBasedModel first(model.description(), {100, 1, 0});
  AgentBasedModel second(model.description(), {100, 1, 1});
  first.initial_state();
  second.initial_state();
  CHECK(first.agents().id.size() != second.agents().id.size());
}

}  // namespace
}  // namespace lmsim::model::abm
