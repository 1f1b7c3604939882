// The 2025 baseline reproduces the Dutch facts it is calibrated to (docs/model.md,
// "Calibration targets"). The targets and their sources are those of calibration_targets.csv,
// read by key; each check states the model's tolerance and why.
#include <catch2/catch.hpp>

#include <string>

#include "models/data_set.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

const DataSet& data() {
  static const DataSet data = load_data_set(test::default_data_dir());
  return data;
}

double target(const std::string& key) {
  return data().target(key).value;
}

struct Year2025 {
  double working = 0, unemployed = 0, vacancies = 0, retirements = 0, job_to_job = 0, employees = 0;
  double utrecht_working = 0, utrecht_unemployed = 0, utrecht_population = 0, utrecht_openings = 0;
  double openings = 0;
};

// Runs the baseline through 2025 and averages (stocks) or sums (flows) over its 12 months.
Year2025 run_2025() {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(data(), resolve_parameters(values), TimeAxis({2025, 1}, {2025, 12}));
  LabourMarketState state = model.initial_state();
  const std::size_t am13 = data().dims.regions["AM13"];
  const std::size_t am14 = data().dims.regions["AM14"];
  Year2025 y;
  const auto add_stocks = [&](const LabourMarketState& s) {
    for (std::size_t st = 0; st < kStatusCount; ++st) {
      const auto status = static_cast<Status>(st);
      const auto& p = s.persons(status);
      const std::size_t per_region =
          has_occupation(status) ? s.occupations() * kBlockGroups : kBlockGroups;
      for (std::size_t h = 0; h < s.regions(); ++h) {
        double total = 0.0;
        for (std::size_t i = h * per_region; i < (h + 1) * per_region; ++i) total += p[i];
        const bool utrecht = h == am13 || h == am14;
        const bool unemployed =
            status == Status::kUnemployedShort || status == Status::kUnemployedLong;
        if (is_working(status)) y.working += total / 12.0;
        if (unemployed) y.unemployed += total / 12.0;
        if (status == Status::kEmployed) y.employees += total / 12.0;
        if (utrecht && is_working(status)) y.utrecht_working += total / 12.0;
        if (utrecht && unemployed) y.utrecht_unemployed += total / 12.0;
        if (utrecht) y.utrecht_population += total / 12.0;
      }
    }
    for (double v : s.vacancies) y.vacancies += v / 12.0;
  };
  add_stocks(state);              // January: the initial state
  for (int t = 1; t < 12; ++t) {  // February to December
    model.step(state, t);
    add_stocks(state);
    y.retirements += state.record.retirements_employees;
    y.job_to_job += state.record.ledger.flow(index(Status::kEmployed), index(Status::kEmployed));
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      for (std::size_t w : {am13, am14})
        y.utrecht_openings += state.record.openings[state.cell(w, o)];
    }
    for (double n : state.record.openings) y.openings += n;
  }
  // Flows were summed over 11 months (February to December); scale them to a year.
  y.retirements *= 12.0 / 11.0;
  y.job_to_job *= 12.0 / 11.0;
  y.utrecht_openings *= 12.0 / 11.0;
  y.openings *= 12.0 / 11.0;
  return y;
}

TEST_CASE("the 2025 baseline meets the national calibration targets", "[science][calibration]") {
  const Year2025 y = run_2025();
  // The unemployment rate's target is CBS's April 2025 rate. CBS's monthly rate was 0.1 point
  // lower in December 2024 and 0.2 points higher in October 2025 (CBS, monthly unemployment),
  // so the 2025 mean must lie from 0.1 point below the target to 0.3 points above it.
  const double rate = y.unemployed / (y.working + y.unemployed);
  CHECK(rate >= target("unemployment_rate") - 0.001);
  CHECK(rate <= target("unemployment_rate") + 0.003);
  // Open vacancies: the target is the stock at the end of 2025Q2; the 2025 mean within 10%.
  CHECK(y.vacancies == Approx(target("vacancies")).epsilon(0.10));
  // Employees retiring a year: the first month is calibrated to the target within its tolerance
  // (test_stock_flow_model.cpp); over 2025 the large cohorts near 65 raise it, within 15%.
  CHECK(y.retirements == Approx(target("retirements_employees_per_year")).epsilon(0.15));
  // Employees changing employer per quarter, within 1 point.
  const double quarterly = y.job_to_job / 4.0 / y.employees;
  CHECK(quarterly == Approx(target("job_to_job_per_quarter")).margin(0.01));
}

TEST_CASE("the 2025 baseline meets the Utrecht province anchors", "[science][calibration]") {
  // Utrecht province is AM13 Midden-Utrecht + AM14 Amersfoort; the anchors' tolerances are those
  // of calibration_targets.csv, and SOURCES.md explains why the regional data sit below the
  // anchors (residence-based counts vs. jobs in the province).
  const Year2025 y = run_2025();
  const CalibrationTarget& working = data().target("utrecht_province_employed");
  const CalibrationTarget& unemployed = data().target("utrecht_province_unemployed");
  CHECK(y.utrecht_working == Approx(working.value).epsilon(working.tolerance_rel));
  CHECK(y.utrecht_unemployed == Approx(unemployed.value).epsilon(unemployed.tolerance_rel));
  // The anchors' unemployment rate, within 0.6 points.
  CHECK(y.utrecht_unemployed / (y.utrecht_working + y.utrecht_unemployed) ==
        Approx(unemployed.value / (working.value + unemployed.value)).margin(0.006));
  // Vacancies opened in a year ("ontstane vacatures"). The model's openings include
  // hires without a registered vacancy, so they are compared as Utrecht's share of the national
  // openings times CBS's national flow (347,000 new vacancies in 2025Q2, x 4), within 30%.
  const double cbs_new_vacancies_per_year = 4.0 * 347000.0;
  CHECK(y.utrecht_openings / y.openings * cbs_new_vacancies_per_year ==
        Approx(target("utrecht_province_vacancies")).epsilon(0.30));
}

}  // namespace
}  // namespace lmsim::model
