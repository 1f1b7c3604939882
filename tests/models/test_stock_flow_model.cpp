// Science tests of the stock-flow engine: persons are conserved every month (stock change equals
// the recorded flows), the jobs of a home region follow its employees, a closed two-state model
// reaches u* = s / (s + f), and the calibration makes the first month stationary.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "models/data_set.hpp"
#include "models/parameters.hpp"
#include "models/processes/transfer.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/conservation.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

const DataSet& default_data() {
  static const DataSet data = load_data_set(test::default_data_dir());
  return data;
}

TEST_CASE("persons are conserved every month on the baseline", "[science][conservation]") {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(default_data(), resolve_parameters(values),
                             TimeAxis({2025, 1}, {2040, 12}));
  test::check_conservation(model, model.time().steps());
}

// The same over two years for the ThreadSanitizer tree (label `threads`), where the whole
// horizon would take minutes: the regions' processes run in parallel every month alike.
TEST_CASE("persons are conserved every month of 2025-2026 with the regions in parallel",
          "[conservation][threads]") {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(default_data(), resolve_parameters(values),
                             TimeAxis({2025, 1}, {2026, 12}));
  test::check_conservation(model, model.time().steps());
}

TEST_CASE("persons are conserved for randomised parameter values", "[science][conservation]") {
  std::mt19937_64 generator(12345);  // fixed seed: the same draws every run
  const std::vector<std::string> varied = {"separation_rate",
                                           "demand_gap_speed",
                                           "long_term_search_scale",
                                           "discouragement_rate",
                                           "activation_rate",
                                           "work_past_aow_share",
                                           "rvu_take_up",
                                           "demand_growth_per_year",
                                           "immigration_per_year",
                                           "self_employment_adjustment"};
  for (int draw = 0; draw < 4; ++draw) {
    ParameterValues values(model_parameter_registry());
    for (const auto& name : varied) {
      const ParameterSpec* spec = model_parameter_registry().find(name);
      const double upper = std::min(spec->upper_bound,
                                    std::max(2.0 * spec->default_value, spec->lower_bound + 0.05));
      std::uniform_real_distribution<double> uniform(spec->lower_bound, upper);
      REQUIRE(values.set(name, uniform(generator)).empty());
    }
    const StockFlowModel model(default_data(), resolve_parameters(values),
                               TimeAxis({2025, 1}, {2027, 12}));
    test::check_conservation(model, model.time().steps());
  }
}

TEST_CASE("the calibrated first month keeps national unemployment and job-to-job moves on target",
          "[science][calibration]") {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(default_data(), resolve_parameters(values),
                             TimeAxis({2025, 1}, {2025, 12}));
  LabourMarketState state = model.initial_state();
  const double unemployed_before =
      state.total(Status::kUnemployedShort) + state.total(Status::kUnemployedLong);
  const double employees = state.total(Status::kEmployed);
  model.step(state, 1);
  const double unemployed_after =
      state.total(Status::kUnemployedShort) + state.total(Status::kUnemployedLong);
  CHECK(model.calibration().residual < kCalibrationTolerance);
  CHECK(unemployed_after == Approx(unemployed_before).epsilon(kCalibrationTolerance));
  // Job-to-job moves equal the age profile of age_rates.csv weighted by the employees of each
  // age (10% a quarter under 25, 4% at 25-45, 2% over 45: CBS Q4 2024, as quoted in InZicht
  // Magazine AIZ, June 2025) ...
  const LabourMarketState initial = model.initial_state();
  const auto& by_cell = initial.persons(Status::kEmployed);
  double expected = 0.0;
  for (std::size_t i = 0; i < by_cell.size(); ++i) {
    expected += by_cell[i] * model.description().job_to_job_monthly[age_of_group(i % kBlockGroups)];
  }
  const double moves = state.record.ledger.flow(index(Status::kEmployed), index(Status::kEmployed));
  CHECK(moves == Approx(expected).epsilon(0.01));
  // ... which for employees (students' side jobs excluded) is the target of
  // calibration_targets.csv per quarter, within 1 point.
  const DataSet& data = model.data();
  const double quarterly = 1.0 - std::pow(1.0 - moves / employees, 3.0);
  CHECK(quarterly == Approx(data.target("job_to_job_per_quarter").value).margin(0.01));
  // Employee retirements match the target of calibration_targets.csv in the first month, within
  // its tolerance.
  const CalibrationTarget& retirements = data.target("retirements_employees_per_year");
  CHECK(state.record.retirements_employees * 12.0 ==
        Approx(retirements.value).epsilon(retirements.tolerance_rel));
}

TEST_CASE("a closed two-state model converges to u* = s / (s + f)", "[science][steady-state]") {
  // One region, one occupation: employed -> unemployed at s, unemployed -> employed at f, run by
  // the engine's process schedule with the model's transfer and ledger.
  const double s = 0.02;
  const double f = 0.3;
  LabourMarketState state(1, 1);
  state.persons(Status::kEmployed)[0] = 1000.0;
  struct NoModel {};  // the processes below read nothing of a model
  ProcessSchedule<NoModel, LabourMarketState> schedule;
  schedule.add("clear", [](const NoModel&, LabourMarketState& x, int) { x.record.ledger.clear(); });
  schedule.add("separations", [&](const NoModel&, LabourMarketState& x, int) {
    transfer_by_age(x, 0, Status::kEmployed, Status::kUnemployedShort,
                    std::vector<double>(kAges, s));
  });
  schedule.add("hires", [&](const NoModel&, LabourMarketState& x, int) {
    transfer_by_age(x, 0, Status::kUnemployedShort, Status::kEmployed,
                    std::vector<double>(kAges, f));
  });
  schedule.run(NoModel{}, state, 400, [](const LabourMarketState&, int) {});
  const double e = state.total(Status::kEmployed);
  const double u = state.total(Status::kUnemployedShort);
  CHECK(e + u == Approx(1000.0).epsilon(1e-12));
  // Separations act first within a step, so the discrete fixed point is u* = s (1 - f) / (s + f - s
  // f) at the end of a step; with continuous time it is s / (s + f). Check the discrete one exactly
  // and the continuous one to the order of the step.
  const double discrete = s * (1.0 - f) / (s + f - s * f);
  CHECK(u / (e + u) == Approx(discrete).epsilon(1e-9));
  CHECK(u / (e + u) == Approx(s / (s + f)).epsilon(0.35));
}

TEST_CASE("without demography, migration and retirement the baseline stays near its start",
          "[science][steady-state]") {
  ParameterValues values(model_parameter_registry());
  REQUIRE(values.set("supply_processes", 0.0).empty());
  const StockFlowModel model(default_data(), resolve_parameters(values),
                             TimeAxis({2025, 1}, {2040, 12}));
  LabourMarketState state = model.initial_state();
  const double population = state.population();
  const double employed = state.total(Status::kEmployed);
  for (int t = 1; t < model.time().steps(); ++t) model.step(state, t);
  CHECK(state.population() == Approx(population).epsilon(1e-12));
  CHECK(state.total(Status::kEmployed) == Approx(employed).epsilon(0.05));
}

}  // namespace
}  // namespace lmsim::model

namespace lmsim::model {
namespace {

double unemployed_after_a_year(const std::string& parameter, double value) {
  static const DataSet data = load_data_set(test::default_data_dir());
  ParameterValues values(model_parameter_registry());
  REQUIRE(values.set(parameter, value).empty());
  const StockFlowModel model(data, resolve_parameters(values), TimeAxis({2025, 1}, {2025, 12}));
  LabourMarketState state = model.initial_state();
  for (int t = 1; t < model.time().steps(); ++t) model.step(state, t);
  return state.total(Status::kUnemployedShort) + state.total(Status::kUnemployedLong);
}

TEST_CASE("scenario scales act on top of the calibrated search effort", "[science][parameters]") {
  // The calibration finds the effort the data imply; a scenario's scale multiplies it, so more
  // search lowers unemployment and less raises it.
  const double baseline = unemployed_after_a_year("job_finding_scale", 1.0);
  CHECK(unemployed_after_a_year("job_finding_scale", 1.2) < 0.97 * baseline);
  CHECK(unemployed_after_a_year("job_finding_scale", 0.8) > 1.03 * baseline);
  CHECK(unemployed_after_a_year("long_term_search_scale", 1.5) < baseline);
}

}  // namespace
}  // namespace lmsim::model
