// RVU from the data (docs/levers.md, `rvu_change`): the baseline keeps about the 13,000 RVU users
// SZW counted for 2024, a take-up factor of 0 stops every entry, and heavy_work_share of
// occupations.csv decides who can enter: an occupation with share 0 has no entries, and the
// entries of the occupations add up (to 1%) to those of all.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/model_description.hpp"
#include "models/parameters.hpp"
#include "models/processes/retirement_rates.hpp"
#include "models/recorder.hpp"
#include "models/scenario_effects.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

const DataSet& data() {
  static const DataSet d = load_data_set(test::default_data_dir());
  return d;
}

// RVU users (persons in status rvu) at the end of each month of a run.
std::vector<double> rvu_users(const DataSet& d, YearMonth end, LeverList levers = {}) {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(d, resolve_parameters(values), TimeAxis({2025, 1}, end),
                             std::move(levers));
  LabourMarketState state = model.initial_state();
  std::vector<double> users;
  model.run(state,
            [&](const LabourMarketState& s, int) { users.push_back(s.total(Status::kRvu)); });
  return users;
}

// Persons moving from employed to rvu in each month of a run (the recorded national flows).
std::vector<double> rvu_entries(const DataSet& d, YearMonth end, LeverList levers = {}) {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(d, resolve_parameters(values), TimeAxis({2025, 1}, end),
                             std::move(levers));
  Recorder recorder(model);
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  const ResultSet results = recorder.results();
  const Variable& flows = results.variable("flows");
  const std::size_t T = results.dimension("time").size();
  const std::size_t from = results.dimension("flow_from").size();
  const std::size_t to = results.dimension("flow_to").size();
  std::vector<double> entries;
  for (std::size_t t = 0; t < T; ++t)
    entries.push_back(flows.data[(t * from + index(Status::kEmployed)) * to + index(Status::kRvu)]);
  return entries;
}

double sum(const std::vector<double>& v) {
  double total = 0.0;
  for (double x : v) total += x;
  return total;
}

TEST_CASE("rvu: the baseline keeps about SZW's 13,000 users of 2024 through 2027",
          "[levers][rvu]") {
  // SZW: "In 2024 hebben ruim 13.000 mensen gebruikgemaakt" (nl_facts.csv rvu_users). The run
  // starts with 13,000 in rvu and rvu_take_up is fitted so that the users average 13,000 over
  // 2025-2027 (docs/model.md, "Parameters"). The band of +-500 is half the rounding of "ruim
  // 13.000" to the thousand: a change of heavy_work_share or of the retirement rules that moves
  // the mean further needs a new fit.
  const std::vector<double> users = rvu_users(data(), {2027, 12});
  REQUIRE(users.size() == 36);
  CHECK(sum(users) / 36.0 == Approx(13000.0).margin(500.0));
  // Each December: above 11,000 (the start's users, older than a steady inflow, run off in 2025)
  // and below the signal value of 15,000 at which the three-yearly review acts (SZW, May 2025):
  // with no policy change the baseline does not reach it.
  for (std::size_t december : {11u, 23u, 35u}) {
    CHECK(users[december] > 11000.0);
    CHECK(users[december] < 15000.0);
  }
}

TEST_CASE("rvu: a take-up factor of 0 stops every RVU entry, and the users run off",
          "[levers][rvu]") {
  test::TempDir tmp;
  const auto file = tmp / "scenario.toml";
  test::write_text(file, "data_dir = \"" + test::default_data_dir().string() + "\"\n" + R"(
[[levers]]
type = "rvu_change"
take_up_factor = 0
profile = { shape = "step", from = 2025 }
)");
  const auto stop = [&] { return build_levers(load_scenario(file).levers, data()); };
  CHECK(sum(rvu_entries(data(), {2025, 12})) > 1000.0);
  CHECK(sum(rvu_entries(data(), {2025, 12}, stop())) == 0.0);
  const std::vector<double> users = rvu_users(data(), {2025, 12}, stop());
  for (std::size_t t = 1; t < users.size(); ++t) CHECK(users[t] <= users[t - 1]);
}

TEST_CASE("rvu: heavy_work_share decides who enters: with share 0 an occupation has no entries",
          "[levers][rvu]") {
  const std::size_t technical = data().dims.occupations["BRC07"];
  REQUIRE(data().heavy_work_share[technical] > 0.0);
  DataSet no_technical = data(), only_technical = data(), none = data();
  no_technical.heavy_work_share[technical] = 0.0;
  for (std::size_t o = 0; o < data().heavy_work_share.size(); ++o) {
    if (o != technical) only_technical.heavy_work_share[o] = 0.0;
    none.heavy_work_share[o] = 0.0;
  }
  SECTION("the monthly probability of an employee inside the window") {
    const ParameterValues values(model_parameter_registry());
    const StockFlowModel model(no_technical, resolve_parameters(values),
                               TimeAxis({2025, 1}, {2025, 2}));
    const ModelDescription& m = model.description();
    ScenarioEffects effects;
    effects.reset(m.regions(), m.occupations());
    const RetirementRates r = retirement_rates(m, effects, 1);
    const auto in_window = static_cast<std::size_t>(
        std::find(r.in_rvu_window.begin(), r.in_rvu_window.end(), 1.0) - r.in_rvu_window.begin());
    REQUIRE(in_window < r.in_rvu_window.size());
    for (std::size_t o = 0; o < m.occupations(); ++o) {
      CAPTURE(o);
      CHECK(rvu_probability(m, effects, r, o, in_window) ==
            Approx(m.parameters().rvu_take_up * no_technical.heavy_work_share[o]).epsilon(1e-15));
    }
    CHECK(rvu_probability(m, effects, r, technical, in_window) == 0.0);
  }
  SECTION("the entries of a run") {
    // February 2025, the first month: the entries of the technical occupation and of the others
    // add up to those of all. Not exactly: the early-retirement scale is calibrated on the
    // first month's retirements, RVU entries included, and so differs a little between runs.
    const double all = rvu_entries(data(), {2025, 2}).back();
    const double technical_only = rvu_entries(only_technical, {2025, 2}).back();
    const double others = rvu_entries(no_technical, {2025, 2}).back();
    CHECK(technical_only > 0.0);
    CHECK(others > 0.0);
    CHECK(technical_only + others == Approx(all).epsilon(0.01));
    CHECK(sum(rvu_entries(none, {2025, 12})) == 0.0);
  }
}

}  // namespace
}  // namespace lmsim::model
