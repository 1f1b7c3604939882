// Labour demand (models/processes/labour_demand.hpp): it moves no person and plans, per work
// cell, separations w = du e + (1 - du) min(e, gu max(0, D)) and openings
// n = dv e + (1 - dv) min(e, gv max(0, -D)), D = e + zzp + V - d* (docs/model.md, 2.8).
#include <algorithm>
#include <catch2/catch.hpp>

#include "models/processes/labour_demand.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;

const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

struct Planned {
  double separations, openings;
};

// The rule of docs/model.md for one work cell c.
Planned planned(const ModelDescription& m, std::size_t c, double e, double zzp, double v,
                double target) {
  const double gap = e + zzp + v - target;
  const double du = std::min(1.0, m.calibration().separation_rate[c]);
  const double dv =
      std::min(1.0, m.calibration().opening_rate[c] * m.parameters().vacancy_opening_scale);
  const double g = m.parameters().demand_gap_speed;
  return {du * e + (1.0 - du) * std::min(e, g * std::max(0.0, gap)),
          dv * e + (1.0 - dv) * std::min(e, g * std::max(0.0, -gap))};
}

TEST_CASE("labour demand: it moves no person and plans for every work cell",
          "[process][labour_demand]") {
  const ModelDescription& m = model();
  LabourMarketState state = test::month_start(m, kStep);
  update_target_demand(m, state, kStep);
  const LabourMarketState before = state;
  test::apply_process<process::LabourDemand>(m, state, kStep);
  CHECK(test::total_flow(state.record.ledger) == 0.0);
  for (std::size_t s = 0; s < kStatusCount; ++s)
    CHECK(state.persons(static_cast<Status>(s)) == before.persons(static_cast<Status>(s)));
  CHECK(state.jobs == before.jobs);
  CHECK(state.vacancies == before.vacancies);
  const std::vector<double> e = state.employee_jobs_by_work_cell();
  for (std::size_t c = 0; c < e.size(); ++c) {
    INFO("work cell " << c);
    REQUIRE(state.record.separations[c] >= 0.0);
    REQUIRE(state.record.separations[c] <= e[c]);
    REQUIRE(state.record.openings[c] >= 0.0);
    if (e[c] > 0.0) REQUIRE(state.record.separations[c] > 0.0);
  }
}

TEST_CASE("labour demand: separations and openings of one cell from its gap to target demand",
          "[process][labour_demand]") {
  const ModelDescription& m = model();
  const std::size_t w = 12, o = 6, h1 = 3, h2 = 20;
  const std::size_t c = w * m.occupations() + o;
  REQUIRE(m.calibration().separation_rate[c] > 0.0);
  REQUIRE(m.calibration().opening_rate[c] > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  REQUIRE(c == state.cell(w, o));
  // e = 600 + 400 employee jobs held from two home regions, 100 zzp (who work in their home
  // region), 50 vacancies.
  state.jobs[state.job(h1, w, o)] = 600.0;
  state.jobs[state.job(h2, w, o)] = 400.0;
  state.persons(Status::kSelfEmployed)[state.block(w, o) + 30] = 100.0;
  state.vacancies[c] = 50.0;
  const auto plan = [&](double target) {
    state.target_demand[c] = target;
    apply_separations_and_openings(m, state, kStep);
    return Planned{state.record.separations[c], state.record.openings[c]};
  };
  SECTION("more jobs than wanted: extra separations") {
    const Planned p = plan(900.0);
    const Planned expected = planned(m, c, 1000.0, 100.0, 50.0, 900.0);
    CHECK(p.separations == Approx(expected.separations).epsilon(1e-14));
    CHECK(p.openings == Approx(expected.openings).epsilon(1e-14));
    // A positive gap adds separations to the turnover, and no openings.
    CHECK(p.separations > std::min(1.0, m.calibration().separation_rate[c]) * 1000.0);
    CHECK(p.openings == Approx(std::min(1.0, m.calibration().opening_rate[c] *
                                                 m.parameters().vacancy_opening_scale) *
                               1000.0)
                            .epsilon(1e-14));
  }
  SECTION("fewer jobs than wanted: extra openings") {
    const Planned p = plan(1500.0);
    const Planned expected = planned(m, c, 1000.0, 100.0, 50.0, 1500.0);
    CHECK(p.separations == Approx(expected.separations).epsilon(1e-14));
    CHECK(p.openings == Approx(expected.openings).epsilon(1e-14));
    // A negative gap adds openings to the turnover, and no separations.
    CHECK(p.separations ==
          Approx(std::min(1.0, m.calibration().separation_rate[c]) * 1000.0).epsilon(1e-14));
    CHECK(p.openings >
          std::min(1.0, m.calibration().opening_rate[c] * m.parameters().vacancy_opening_scale) *
              1000.0);
  }
  SECTION("a gap beyond the jobs separates all of them") {
    state.jobs[state.job(h1, w, o)] = 10.0;
    state.jobs[state.job(h2, w, o)] = 0.0;
    state.vacancies[c] = 2000.0;
    const Planned p = plan(0.0);
    REQUIRE(m.parameters().demand_gap_speed * 2110.0 > 10.0);
    CHECK(p.separations == Approx(10.0).epsilon(1e-14));
  }
  SECTION("a cell without employee jobs plans nothing") {
    state.jobs[state.job(h1, w, o)] = 0.0;
    state.jobs[state.job(h2, w, o)] = 0.0;
    const Planned p = plan(5000.0);
    CHECK(p.separations == 0.0);
    CHECK(p.openings == 0.0);
  }
}

}  // namespace
}  // namespace lmsim::model
