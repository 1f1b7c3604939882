// The traits of jobs in the agent-based engine (models/abm/job_traits.hpp): contract hours, flex
// contracts, RVU eligibility, carers and reservists. Each spreads persons around the stock-flow
// engine's mean of their cell without moving that mean, so each test checks both: the spread
// (part-time and full-time hours, flex employees moving more often, only eligible employees
// taking RVU, carers cutting hours) and the mean (hours per occupation, moves per cell, RVU
// entries per occupation and age, FTE supply against the stock-flow engine).
#include <catch2/catch.hpp>
#include <cmath>

#include "engine/scenario.hpp"
#include "models/abm/agent_based_model.hpp"
#include "models/abm/distribution_recorder.hpp"
#include "models/abm/job_traits.hpp"
#include "models/abm/matching_step.hpp"
#include "models/abm/supply_step.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/parameters.hpp"
#include "models/processes/month.hpp"
#include "models/recorder.hpp"
#include "tests/support/default_model.hpp"

namespace lmsim::model::abm {
namespace {

using test::default_data;
using test::default_model;
using test::levers_of;

TEST_CASE("part-time and full-time hours keep each occupation's mean and the part-time share",
          "[abm][traits]") {
  const StockFlowModel model = default_model({2025, 3});
  const JobTraits traits(model.description());
  const DataSet& data = model.data();
  const double full_time = model.parameters().full_time_hours;
  const double h = traits.part_time_hours();
  INFO("part-time hours " << h);
  CHECK(h > 10.0);
  CHECK(h < 30.0);
  double part_time = 0.0, workers = 0.0;
  for (std::size_t o = 0; o < data.weekly_hours.size(); ++o) {
    const double w = data.weekly_hours[o];
    const double pi = traits.part_time_share(o);
    // Part-timers work min(h, w), full-timers max(F, w): the mean is the occupation's hours.
    CHECK(pi * std::min(h, w) + (1.0 - pi) * std::max(full_time, w) == Approx(w).epsilon(1e-12));
    const double n = data.employed.col(static_cast<Eigen::Index>(o)).sum();
    part_time += pi * n;
    workers += n;
  }
  CHECK(part_time / workers == Approx(model.parameters().part_time_share).epsilon(1e-9));

  // Drawn jobs: mean hours, flex and eligible shares within 4 standard errors of their means
  // (one uniform decides contract and eligibility, another part time and rounding: the
  // decisions must still come out independent and at their probabilities).
  const RandomKey key{11, 0};
  constexpr int kJobs = 20000;
  for (std::size_t o = 0; o < data.weekly_hours.size(); ++o) {
    double hours = 0.0, squares = 0.0, flex = 0.0, eligible = 0.0, both = 0.0;
    for (int k = 0; k < kJobs; ++k) {
      Draws draws(key, static_cast<std::uint64_t>(k), 1, Stream::kMatching);
      std::uint8_t flags = kLabourMigrant | kCarer, quarters = 0;
      const double first = draws.uniform();
      traits.start_job(flags, quarters, o, JobTraits::Contract::kInitial, first, draws.uniform());
      REQUIRE((flags & kLabourMigrant) != 0);  // not a trait of the job: kept
      REQUIRE((flags & kCarer) == 0);          // marked afresh each month
      const double x = quarters / kQuartersPerHour;
      hours += x;
      squares += x * x;
      flex += (flags & kFlexContract) != 0 ? 1.0 : 0.0;
      eligible += (flags & kRvuEligible) != 0 ? 1.0 : 0.0;
      both += (flags & kFlexContract) != 0 && (flags & kRvuEligible) != 0 ? 1.0 : 0.0;
    }
    const double n = kJobs;
    const double mean = hours / n;
    const double se = std::sqrt((squares / n - mean * mean) / n);
    INFO("occupation " << o << ": mean hours " << mean << " (SE " << se << ")");
    CHECK(std::fabs(mean - data.weekly_hours[o]) <= 4.0 * se + 0.25 / std::sqrt(n));
    const double f = traits.initial_flex_share();
    CHECK(std::fabs(flex / n - f) <= 4.0 * std::sqrt(f * (1.0 - f) / n));
    const double heavy = data.heavy_work_share[o];
    CHECK(std::fabs(eligible / n - heavy) <= 4.0 * std::sqrt(heavy * (1.0 - heavy) / n) + 1e-12);
    // Contract and eligibility come from one uniform: independent, so both at f x heavy.
    const double joint = f * heavy;
    CHECK(std::fabs(both / n - joint) <= 4.0 * std::sqrt(joint * (1.0 - joint) / n) + 1e-12);
  }
}

TEST_CASE("new jobs are flex at the share that brings the flex share of employees to its target",
          "[abm][traits]") {
  // A mean-field model of the two contracts: N employees, exits E at the flex share x, moves M of
  // which flex employees make s(x) = r x / (r x + 1 - x), and as many new jobs as jobs ending.
  const double target = 2.0 / 7.0, ratio = 4.5;
  for (const double start : {0.1, 2.0 / 7.0, 0.6}) {
    JobFlows flows{1e6, start * 1e6, 0.0, 12000.0, 9000.0};
    flows.new_jobs = flows.exits + flows.moves;
    double distance = std::fabs(start - target);
    for (int month = 0; month < 48; ++month) {
      const double phi = flex_share_of_new_jobs(target, ratio, flows);
      const double x = flows.flex_employees / flows.employees;
      const double flex_of_moves = ratio * x / (ratio * x + 1.0 - x);
      flows.flex_employees += phi * flows.new_jobs - x * flows.exits - flex_of_moves * flows.moves;
      INFO("start " << start << ", month " << month << ": new jobs flex " << phi);
      CHECK(phi >= 0.0);
      CHECK(phi <= 1.0);
      // Toward the target as fast as new jobs allow (all or none flex while the gap is large).
      const double now = std::fabs(flows.flex_employees / flows.employees - target);
      CHECK(now <= distance + 1e-15);
      distance = now;
    }
    INFO("start " << start);
    CHECK(flows.flex_employees / flows.employees == Approx(target).epsilon(1e-9));
  }
  // At the target, flex jobs end more often than permanent ones (they move r times as often), so
  // more than the target share of new jobs are flex.
  const JobFlows steady{1e6, target * 1e6, 21000.0, 9000.0, 12000.0};
  CHECK(flex_share_of_new_jobs(target, ratio, steady) > target);
  CHECK(flex_share_of_new_jobs(target, 1.0, steady) == Approx(target));
}

// The first month of an agent-based run at 1:20, up to the labour-market rates.
struct FirstMonth {
  StockFlowModel model = default_model({2025, 12});
  AgentBasedModel abm{model.description(), {20, 3, 0}};
  LabourMarketState state = abm.initial_state();
};

TEST_CASE("flex employees move more often, and each cell's moves stay the stock-flow engine's",
          "[abm][traits]") {
  FirstMonth first;
  const StockFlowModel& model = first.model;
  LabourMarketState& state = first.state;
  apply_levers(model.description(), state, 1);
  update_target_demand(model.description(), state, 1);
  apply_separations_and_openings(model.description(), state, 1);
  const Tally& counts = first.abm.counts();
  const JobTraits& traits = first.abm.job_traits();
  const MatchingRates rates =
      matching_rates(model.description(), state, counts, traits, model.time().month(1));
  const double r = traits.flex_job_to_job_ratio();
  std::size_t cells_with_both = 0;
  for (std::size_t cell = 0; cell < model.regions() * model.occupations(); ++cell) {
    for (std::size_t g = 0; g < kBlockGroups; ++g) {
      const std::size_t k = cell * kBlockGroups + g;
      const auto employees = static_cast<double>(counts.persons[counts.person_cell(
          Status::kEmployed, cell / model.occupations(), cell % model.occupations(), g)]);
      const auto flex = static_cast<double>(counts.flex_employees[k]);
      if (employees == 0.0) continue;
      const MatchingRates::EmployeeChances& c = rates.employee_chances[k];
      const PersonChances p = person_chances(
          rates.effort.of(g), rates.separation_share[cell], model.calibration().separation_risk[g],
          rates.finding[cell], model.calibration().search_efficiency[cell]);
      const double moving_permanent = c.separating_or_moving_permanent - c.separating;
      const double moving_flex = c.separating_or_moving_flex - c.separating;
      INFO("cell " << cell << ", group " << g);
      CHECK(c.separating == p.separating);
      CHECK(moving_flex == Approx(r * moving_permanent).epsilon(1e-12));
      CHECK((employees - flex) * moving_permanent + flex * moving_flex ==
            Approx(employees * p.moving).epsilon(1e-12));
      cells_with_both += flex > 0.0 && flex < employees ? 1 : 0;
    }
  }
  CHECK(cells_with_both > 1000);
}

TEST_CASE("only RVU-eligible employees take up RVU, as many as the stock-flow rate gives",
          "[abm][traits]") {
  FirstMonth first;
  const StockFlowModel& model = first.model;
  const Tally& counts = first.abm.counts();
  SupplyRates rates = supply_rates(model.description(), first.state, 1, first.abm.job_traits());
  rvu_of_eligible(rates, counts);
  const EligibleEmployees expected = eligible_employees_after_ageing(counts, rates.calendar_month);
  std::size_t ages_with_rvu = 0;
  double total_now = 0.0, total_expected = 0.0;
  for (std::size_t o = 0; o < model.occupations(); ++o) {
    for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
      const std::size_t k = o * kAgeSlots + slot;
      double employees = 0.0;
      for (std::size_t h = 0; h < model.regions(); ++h) {
        for (std::size_t e = 0; e < kEducationLevels; ++e)
          employees +=
              counts.persons[counts.person_cell(Status::kEmployed, h, o, group_of(slot, e))];
      }
      total_now += employees;
      total_expected += expected.employees[k];
      CHECK(expected.eligible[k] <= expected.employees[k]);
      if (rates.rvu[k] == 0.0 || expected.eligible[k] == 0.0) continue;
      ++ages_with_rvu;
      // Eligible employees x their rate = all employees x the stock-flow rate.
      CHECK(rates.rvu_eligible[k] * expected.eligible[k] ==
            Approx(rates.rvu[k] * expected.employees[k]).epsilon(1e-12));
    }
  }
  // Birthdays move employees between slots and keep them all (none is 74: employees are under
  // the AOW age).
  CHECK(total_expected == Approx(total_now).epsilon(1e-12));
  CHECK(ages_with_rvu > 10);

  // The employees of the first month: nobody without the flag enters RVU.
  AgentTable agents = first.abm.agents();
  Tally tally(model.regions(), model.occupations());
  std::size_t eligible_entering = 0, others_entering = 0;
  for (std::size_t i = 0; i < agents.size(); ++i) {
    if (agents.status[i] != static_cast<std::uint8_t>(Status::kEmployed)) continue;
    const bool eligible = (agents.flags[i] & kRvuEligible) != 0;
    Draws draws(RandomKey{3, 0}, agents.id[i], 1, Stream::kSupply);
    advance_supply(agents, i, model.description(), rates, draws, tally, false);
    if (agents.status[i] == static_cast<std::uint8_t>(Status::kRvu))
      ++(eligible ? eligible_entering : others_entering);
  }
  CHECK(others_entering == 0);
  CHECK(eligible_entering > 5);
}

// National FTE supply of each month, and the carers and reservists of the agent-based run.
struct HoursRun {
  std::vector<double> fte;
  std::vector<double> carers, reservists, workers;
};

HoursRun fte_by_month(const ResultSet& results) {
  HoursRun run;
  const auto& fte = results.variable("fte_supply").data;
  const auto& employed = results.variable("employed").data;
  const std::size_t months = results.dimension("time").size();
  const std::size_t cells = fte.size() / months;
  for (std::size_t t = 0; t < months; ++t) {
    double f = 0.0, e = 0.0;
    for (std::size_t c = 0; c < cells; ++c) {
      f += fte[t * cells + c];
      e += employed[t * cells + c];
    }
    run.fte.push_back(f);
    run.workers.push_back(e);
  }
  return run;
}

TEST_CASE("carers and reservists cut their hours so that FTE supply follows the stock-flow engine",
          "[abm][traits][agreement]") {
  const StockFlowModel model = default_model({2025, 12}, levers_of(R"(
[[levers]]
type = "mantelzorg"
carers_share = 0.125
hours_cut = 0.2
profile = { shape = "step", from = 2025 }
[[levers]]
type = "reservist_hours"
reservists = 60_000
civilian_hours_cut = 0.2
profile = { shape = "step", from = 2025 }
)"));
  Recorder stock_flow(model);
  LabourMarketState s = model.initial_state();
  model.run(s, [&](const LabourMarketState& x, int t) { stock_flow.observe(x, t); });
  const HoursRun path = fte_by_month(stock_flow.results());

  constexpr int kReplicates = 5;
  std::vector<HoursRun> runs;
  for (std::uint32_t r = 0; r < kReplicates; ++r) {
    AgentBasedModel abm(model.description(), {20, 8, r});
    Recorder recorder(model);
    DistributionRecorder distributions(recorder.results());
    LabourMarketState state = abm.initial_state();
    HoursRun traits;
    abm.run(state, [&](const LabourMarketState& x, int t) {
      recorder.observe(x, t);
      distributions.observe(abm, t);
      traits.carers.push_back(abm.trait_counts().carers);
      traits.reservists.push_back(abm.trait_counts().reservists);
    });
    HoursRun run = fte_by_month(recorder.results());
    run.carers = traits.carers;
    run.reservists = traits.reservists;
    runs.push_back(run);
  }
  const double civilian_share =
      60000.0 /
      (default_data().employed.sum() -
       default_data()
           .employed.col(static_cast<Eigen::Index>(default_data().dims.occupations["DEF"]))
           .sum());
  for (std::size_t t = 1; t < path.fte.size(); ++t) {
    double mean = 0.0, squares = 0.0;
    for (const HoursRun& run : runs) mean += run.fte[t] / kReplicates;
    for (const HoursRun& run : runs) squares += (run.fte[t] - mean) * (run.fte[t] - mean);
    const double se = std::sqrt(squares / (kReplicates - 1) / kReplicates);
    INFO("month " << t << ": agent-based FTE " << mean << " (SE " << se << "), stock-flow "
                  << path.fte[t]);
    // The employed allowance of test_engine_agreement.cpp (small-cell effects of labour demand).
    CHECK(std::fabs(mean - path.fte[t]) <= 3.0 * se + 0.003 * path.fte[t]);
    for (const HoursRun& run : runs) {
      // Shares of all workers (the lever covers every region and occupation; reservists every
      // civilian one), drawn person by person among about 460,000 working agents: 4 binomial
      // standard errors.
      CHECK(run.carers[t] / run.workers[t] == Approx(0.125).margin(0.002));
      CHECK(run.reservists[t] / run.workers[t] == Approx(civilian_share).margin(0.0005));
    }
  }
  // The initial month, before any lever acts, holds the drawn agents' own hours.
  CHECK(runs[0].fte[0] == Approx(path.fte[0]).epsilon(0.01));
}

}  // namespace
}  // namespace lmsim::model::abm
