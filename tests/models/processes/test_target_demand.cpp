// Target demand (models/processes/target_demand.hpp): it moves no person; d* of every work cell
// is the first month's demand D0 = employee jobs + zzp + vacancies along the demand outlook, times
// the growth of demand_growth_per_year, changed and added to by the levers (docs/model.md, 2.1).
#include <catch2/catch.hpp>
#include <cmath>

#include "models/processes/target_demand.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr double kGrowth = 0.02;
constexpr int kJanuary2026 = 12;

// To January 2026, with demand growing 2% a year on top of the outlook.
const ModelDescription& growing_model() {
  static const StockFlowModel engine = [] {
    ParameterValues values(model_parameter_registry());
    REQUIRE(values.set("demand_growth_per_year", kGrowth).empty());
    return test::default_model({2026, 1}, {}, values);
  }();
  return engine.description();
}

// Defence grows to 100,000 and demand in trade (G) falls by 5%, both from January 2025.
const ModelDescription& model_with_levers() {
  static const StockFlowModel engine = test::default_model({2025, 2}, test::levers_of(R"(
[[levers]]
type = "defence_expansion"
target_military = 65_000
recruitment = "unlimited"
profile = { shape = "step", from = 2025 }

[[levers]]
type = "sector_shock"
sectors = ["G"]
size = -0.05
profile = { shape = "step", from = 2025 }
)"));
  return engine.description();
}

TEST_CASE("target demand: the first month's demand is the jobs, zzp and vacancies of a cell",
          "[process][target_demand]") {
  const ModelDescription& m = growing_model();
  LabourMarketState state = test::month_start(m, 0);
  const std::vector<double> jobs = state.employee_jobs_by_work_cell();
  const test::Stocks before = test::stocks(state);
  update_target_demand(m, state, 0);
  CHECK(test::stocks(state) == before);
  for (std::size_t w = 0; w < m.regions(); ++w) {
    for (std::size_t o = 0; o < m.occupations(); ++o) {
      const std::size_t c = state.cell(w, o);
      double zzp = 0.0;  // zzp work in their home region
      for (std::size_t g = 0; g < kBlockGroups; ++g)
        zzp += state.persons(Status::kSelfEmployed)[state.block(w, o) + g];
      const double d0 = jobs[c] + zzp + state.vacancies[c];
      INFO("work cell " << c);
      REQUIRE(m.calibration().initial_demand[c] == Approx(d0).epsilon(1e-12));
      REQUIRE(m.outlook_factor(0, c) == 1.0);
      REQUIRE(state.target_demand[c] == Approx(d0).epsilon(1e-12));
    }
  }
}

TEST_CASE("target demand: a year later, along the outlook with a year's growth",
          "[process][target_demand]") {
  const ModelDescription& m = growing_model();
  REQUIRE(m.time().years(kJanuary2026) == 1.0);
  LabourMarketState state = test::month_start(m, kJanuary2026);
  update_target_demand(m, state, kJanuary2026);
  double outlook_moves = 0.0;
  for (std::size_t c = 0; c < state.target_demand.size(); ++c) {
    const double outlook = m.outlook_factor(kJanuary2026, c);
    outlook_moves = std::max(outlook_moves, std::fabs(outlook - 1.0));
    INFO("work cell " << c);
    REQUIRE(state.target_demand[c] ==
            Approx(m.calibration().initial_demand[c] * outlook * (1.0 + kGrowth)).epsilon(1e-12));
  }
  CHECK(outlook_moves > 1e-4);  // the outlook has moved demand in a year
}

TEST_CASE("target demand: levers change and add to it", "[process][target_demand]") {
  const ModelDescription& m = model_with_levers();
  const int step = 1;
  LabourMarketState state = test::month_start(m, step);
  update_target_demand(m, state, step);
  const ScenarioEffects& effects = state.record.effects;
  double changed = 0.0, added = 0.0;
  for (std::size_t c = 0; c < state.target_demand.size(); ++c) {
    const double d = m.calibration().initial_demand[c] * m.outlook_factor(step, c);
    INFO("work cell " << c);
    REQUIRE(state.target_demand[c] ==
            Approx(d * (1.0 + effects.demand_change[c]) + effects.demand_added[c]).epsilon(1e-12));
    changed += d * effects.demand_change[c];
    added += effects.demand_added[c];
  }
  CHECK(changed < 0.0);
  // 20,000 military posts more, all filled at once (recruitment = "unlimited"): DEF demand.
  CHECK(added == Approx(20000.0).epsilon(1e-12));
}

}  // namespace
}  // namespace lmsim::model
