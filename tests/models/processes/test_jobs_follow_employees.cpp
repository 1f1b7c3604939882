// Jobs follow employees (models/processes/jobs_follow_employees.hpp): it moves no person; after
// the supply processes the employee jobs of every home region x occupation equal its employees,
// rescaled over the work regions where they are held (in the home region when there were none),
// and the labour migrant stock of a cell shrinks with its employees, never above them.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/processes/jobs_follow_employees.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/person_probe.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;

const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

double jobs_held(const LabourMarketState& state, std::size_t h, std::size_t o) {
  double held = 0.0;
  for (std::size_t w = 0; w < state.regions(); ++w) held += state.jobs[state.job(h, w, o)];
  return held;
}

TEST_CASE("jobs follow employees: no person moves, and the jobs equal the employees",
          "[process][jobs_follow_employees]") {
  const ModelDescription& m = model();
  LabourMarketState state =
      test::before_process<process::JobsFollowEmployees>(m, test::month_start(m, kStep), kStep);
  // The supply processes have moved employees without their jobs.
  double largest_gap = 0.0;
  for (std::size_t h = 0; h < m.regions(); ++h) {
    for (std::size_t o = 0; o < m.occupations(); ++o)
      largest_gap =
          std::max(largest_gap, std::fabs(jobs_held(state, h, o) - state.employees(h, o)));
  }
  REQUIRE(largest_gap > 1.0);
  const LabourMarketState before = state;
  test::apply_process<process::JobsFollowEmployees>(m, state, kStep);
  CHECK(test::total_flow(state.record.ledger) == 0.0);
  for (std::size_t s = 0; s < kStatusCount; ++s)
    CHECK(state.persons(static_cast<Status>(s)) == before.persons(static_cast<Status>(s)));
  for (std::size_t h = 0; h < m.regions(); ++h) {
    for (std::size_t o = 0; o < m.occupations(); ++o) {
      const double employees = state.employees(h, o);
      INFO("home region " << h << " occupation " << o);
      REQUIRE(jobs_held(state, h, o) == Approx(employees).epsilon(1e-12).margin(1e-9));
      REQUIRE(state.labour_migrants[state.cell(h, o)] <= employees * (1.0 + 1e-12));
    }
  }
}

TEST_CASE("jobs follow employees: the jobs of a cell are rescaled where they are held",
          "[process][jobs_follow_employees]") {
  const ModelDescription& m = model();
  const std::size_t h = 4, w1 = 2, w2 = 9, other = 5;
  const std::size_t growing = 0, without_jobs = 1, shrinking = 2, capped = 3;
  const std::size_t young = 10 * kEducationLevels, old = 40 * kEducationLevels + 2;
  LabourMarketState state = test::empty_month_start(m, kStep);
  auto& employed = state.persons(Status::kEmployed);
  // Employees 60 for jobs 30 + 10 held in two work regions: the jobs grow by 1.5.
  employed[state.block(h, growing) + young] = 45.0;
  employed[state.block(h, growing) + old] = 15.0;
  state.jobs[state.job(h, w1, growing)] = 30.0;
  state.jobs[state.job(h, w2, growing)] = 10.0;
  state.labour_migrants[state.cell(h, growing)] = 20.0;
  // Employees without jobs: they get them in their home region.
  employed[state.block(h, without_jobs) + young] = 7.0;
  // Employees 50 for jobs 100: jobs and labour migrants halve.
  employed[state.block(h, shrinking) + old] = 50.0;
  state.jobs[state.job(h, w1, shrinking)] = 100.0;
  state.labour_migrants[state.cell(h, shrinking)] = 80.0;
  // As many jobs as employees, more migrants than employees: the migrants are capped.
  employed[state.block(h, capped) + young] = 10.0;
  state.jobs[state.job(h, h, capped)] = 10.0;
  state.labour_migrants[state.cell(h, capped)] = 30.0;
  // Another home region is left alone.
  state.jobs[state.job(other, w1, growing)] = 12.0;
  apply_jobs_follow_employees(m, state, kStep, h);

  CHECK(state.jobs[state.job(h, w1, growing)] == Approx(45.0).epsilon(1e-12));
  CHECK(state.jobs[state.job(h, w2, growing)] == Approx(15.0).epsilon(1e-12));
  CHECK(state.labour_migrants[state.cell(h, growing)] == 20.0);  // not raised
  CHECK(state.jobs[state.job(h, h, without_jobs)] == 7.0);
  CHECK(jobs_held(state, h, without_jobs) == 7.0);
  CHECK(state.jobs[state.job(h, w1, shrinking)] == Approx(50.0).epsilon(1e-12));
  CHECK(state.labour_migrants[state.cell(h, shrinking)] == Approx(40.0).epsilon(1e-12));
  CHECK(state.jobs[state.job(h, h, capped)] == Approx(10.0).epsilon(1e-12));
  CHECK(state.labour_migrants[state.cell(h, capped)] == Approx(10.0).epsilon(1e-12));
  CHECK(state.jobs[state.job(other, w1, growing)] == 12.0);
}

}  // namespace
}  // namespace lmsim::model
