// The levers process (models/processes/levers.hpp), which opens the month: it moves no person,
// clears the month's records and sets the effects of the scenario's levers for the month, with
// the retraining places split over the regions by their unemployed in the occupations trained
// from. What each lever does to a run: tests/models/levers/test_levers.cpp.
#include <catch2/catch.hpp>

#include "models/processes/levers.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

const ModelDescription& model_without_levers() {
  static const StockFlowModel engine = test::default_model({2025, 3});
  return engine.description();
}

// Defence grows to 100,000 from February 2025 on; 12,000 retraining places a year from BRC03 in
// Groot Amsterdam and Haaglanden.
const ModelDescription& model_with_levers() {
  static const StockFlowModel engine = test::default_model({2025, 3}, test::levers_of(R"(
[[levers]]
type = "defence_expansion"
target_military = 65_000
recruitment = "unlimited"
profile = { shape = "step", from = "2025-02" }

[[levers]]
type = "llo_retraining"
regions = ["Groot Amsterdam", "Haaglanden"]
from = ["BRC03"]
to = ["BRC10"]
capacity = 12_000
duration_months = 12
completion_rate = 0.75
profile = { shape = "step", from = 2025 }
)"));
  return engine.description();
}

double sum(const std::vector<double>& v) {
  double total = 0.0;
  for (double x : v) total += x;
  return total;
}

TEST_CASE("levers: the month opens with cleared records and neutral effects", "[process][levers]") {
  const ModelDescription& m = model_without_levers();
  LabourMarketState state = m.initial_state();
  // What the month before left.
  state.record.ledger.add(Status::kEmployed, Status::kRetired, 5.0);
  state.record.retirements_employees = 3.0;
  state.record.effects.activation_factor = 2.0;
  state.record.effects.demand_added[7] = 11.0;
  state.record.effects.aow_age_months = 900;
  state.record.effects.training_entries = 9.0;
  const test::Stocks before = test::stocks(state);
  apply_levers(m, state, 1);
  CHECK(test::stocks(state) == before);
  CHECK(test::total_flow(state.record.ledger) == 0.0);
  CHECK(state.record.retirements_employees == 0.0);
  const ScenarioEffects& effects = state.record.effects;
  CHECK(effects.activation_factor == 1.0);
  CHECK(sum(effects.demand_added) == 0.0);
  CHECK(effects.aow_age_months == -1);
  CHECK(effects.training_entries == 0.0);
  CHECK(sum(effects.training_entries_by_region) == 0.0);
  CHECK(effects.labour_migration_factor == std::vector<double>(m.regions() * m.occupations(), 1.0));
}

TEST_CASE("levers: a lever's effect is in the record of the months of its profile",
          "[process][levers]") {
  const ModelDescription& m = model_with_levers();
  const std::size_t defence = m.data().dims.occupations["DEF"];
  // 20,000 military posts more, filled at once (recruitment = "unlimited"): all of them are
  // demand for DEF.
  const double extra = 20000.0;
  LabourMarketState state = m.initial_state();
  apply_levers(m, state, 0);  // January 2025: before the profile
  CHECK(sum(state.record.effects.demand_added) == 0.0);
  apply_levers(m, state, 1);
  const std::vector<double>& added = state.record.effects.demand_added;
  double to_defence = 0.0;
  for (std::size_t w = 0; w < m.regions(); ++w) {
    to_defence += added[state.cell(w, defence)];
    INFO("region " << w);
    // Split over the regions by their defence personnel.
    CHECK(added[state.cell(w, defence)] ==
          Approx(extra * m.data().defence_personnel(static_cast<Eigen::Index>(w)) /
                 m.data().defence_personnel.sum())
              .epsilon(1e-12)
              .margin(1e-12));
  }
  CHECK(to_defence == Approx(extra).epsilon(1e-12));
  CHECK(sum(added) == Approx(extra).epsilon(1e-12));
}

TEST_CASE("levers: retraining places go to the regions by their unemployed trained from",
          "[process][levers]") {
  const ModelDescription& m = model_with_levers();
  const std::size_t commercial = m.data().dims.occupations["BRC03"];
  const std::vector<std::size_t> chosen = {m.data().dims.regions["AM18"],
                                           m.data().dims.regions["AM21"]};
  LabourMarketState state = m.initial_state();
  apply_levers(m, state, 1);
  const ScenarioEffects& effects = state.record.effects;
  CHECK(effects.training_entries == Approx(1000.0).epsilon(1e-12));
  std::vector<double> eligible(m.regions(), 0.0);
  for (std::size_t h : chosen) {
    for (Status s : {Status::kUnemployedShort, Status::kUnemployedLong}) {
      for (std::size_t g = 0; g < kBlockGroups; ++g)
        eligible[h] += state.persons(s)[state.block(h, commercial) + g];
    }
  }
  const double total = eligible[chosen[0]] + eligible[chosen[1]];
  REQUIRE(total > 0.0);
  for (std::size_t h = 0; h < m.regions(); ++h) {
    INFO("region " << h);
    CHECK(effects.training_entries_by_region[h] ==
          Approx(1000.0 * eligible[h] / total).epsilon(1e-12).margin(1e-12));
  }
  CHECK(effects.training_entries_by_region[chosen[0]] > 0.0);
  CHECK(effects.training_entries_by_region[chosen[1]] > 0.0);
}

}  // namespace
}  // namespace lmsim::model
