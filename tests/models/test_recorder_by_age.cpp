// The annual variables by single year of age, in both engines: population_by_age summed over ages
// is the annual mean of population_by_status, retirements_employees_by_age summed over ages and
// regions is the year's sum of retirements_employees (a year the run covers in part over its
// months in the run), and employees retire at the ages that have a retirement rule: none before
// the first age of early retirement, most from 60 on.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "models/abm/agent_based_model.hpp"
#include "models/abm/distribution_recorder.hpp"
#include "models/recorder.hpp"
#include "models/variable_names.hpp"
#include "tests/support/default_model.hpp"

namespace lmsim::model {
namespace {

using test::default_model;

// 2025 in full and the first three months of 2026.
constexpr YearMonth kLast{2026, 3};
constexpr std::size_t kYears = 2;
constexpr std::array<std::size_t, kYears> kFirstStep = {0, 12};
constexpr std::array<std::size_t, kYears> kStepsOfYear = {12, 3};

ResultSet run_stock_flow(const StockFlowModel& model) {
  Recorder recorder(model);
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  return recorder.results();
}

ResultSet run_agent_based(const StockFlowModel& model) {
  abm::AgentBasedModel abm(model.description(), {50, 7, 0});
  Recorder recorder(model);
  abm::DistributionRecorder distributions(recorder.results());
  LabourMarketState state = abm.initial_state();
  abm.run(state, [&](const LabourMarketState& s, int t) {
    recorder.observe(s, t);
    distributions.observe(abm, t);
  });
  return recorder.results();
}

bool close(double a, double b, double relative) {
  return std::fabs(a - b) <= relative * std::max(std::fabs(a), std::fabs(b));
}

// The by-age variables against the monthly ones they break down, within a relative difference
// for the population (a mean per age) and for the retirements (0: exactly).
void check_sums(const ResultSet& results, double population_relative, double retirements_relative) {
  const std::size_t R = results.dimension("region").size();
  const std::size_t S = kStatusCount;
  REQUIRE(results.dimension(variables::kYearDimension).values == std::vector<double>{2025, 2026});
  REQUIRE(results.dimension(variables::kAgeDimension).size() == kAges);
  CHECK(results.dimension(variables::kAgeDimension).values.front() == kFirstAge);
  CHECK(results.dimension(variables::kAgeDimension).values.back() == kLastAge);
  const auto& by_status = results.variable(variables::kPopulationByStatus).data;
  const auto& by_age = results.variable(variables::kPopulationByAge).data;
  REQUIRE(by_age.size() == kYears * R * kAges * S);
  const auto& retirements = results.variable(variables::kRetirementsEmployees).data;
  const auto& retirements_by_age = results.variable(variables::kRetirementsEmployeesByAge).data;
  REQUIRE(retirements_by_age.size() == kYears * R * kAges);
  for (std::size_t y = 0; y < kYears; ++y) {
    INFO("year " << 2025 + y);
    for (std::size_t h = 0; h < R; ++h) {
      for (std::size_t s = 0; s < S; ++s) {
        double months = 0.0;
        for (std::size_t t = kFirstStep[y]; t < kFirstStep[y] + kStepsOfYear[y]; ++t)
          months += by_status[(t * R + h) * S + s];
        double ages = 0.0;
        for (std::size_t a = 0; a < kAges; ++a) ages += by_age[((y * R + h) * kAges + a) * S + s];
        INFO("region " << h << " status " << kStatusNames[s]);
        CHECK(close(ages, months / static_cast<double>(kStepsOfYear[y]), population_relative));
      }
    }
    double national = 0.0;
    for (std::size_t t = kFirstStep[y]; t < kFirstStep[y] + kStepsOfYear[y]; ++t)
      national += retirements[t];
    double by_region_and_age = 0.0;
    for (std::size_t i = 0; i < R * kAges; ++i)
      by_region_and_age += retirements_by_age[y * R * kAges + i];
    CHECK(national > 0.0);
    CHECK(close(by_region_and_age, national, retirements_relative));
  }
}

// Employees retire from the first age of early retirement (55) on, most of them from 60 on.
void check_retirement_ages(const ResultSet& results) {
  const std::size_t R = results.dimension("region").size();
  const auto& retirements_by_age = results.variable(variables::kRetirementsEmployeesByAge).data;
  std::array<double, kAges> by_age{};
  for (std::size_t i = 0; i < retirements_by_age.size(); ++i) {
    CHECK(retirements_by_age[i] >= 0.0);
    by_age[i % kAges] += retirements_by_age[i];
  }
  double total = 0.0, from_60 = 0.0;
  for (std::size_t a = 0; a < kAges; ++a) {
    INFO("age " << kFirstAge + static_cast<int>(a));
    if (static_cast<int>(a) + kFirstAge < 55) CHECK(by_age[a] == 0.0);
    total += by_age[a];
    if (static_cast<int>(a) + kFirstAge >= 60) from_60 += by_age[a];
  }
  REQUIRE(total > 0.0);
  CHECK(from_60 / total > 0.8);
  CHECK(R == 35);
}

TEST_CASE("the stock-flow engine's population and retirements by age add up to the monthly ones",
          "[recorder][by-age]") {
  const ResultSet results = run_stock_flow(default_model(kLast));
  check_sums(results, 1e-12, 1e-12);
  check_retirement_ages(results);
}

TEST_CASE("the agent-based engine's population and retirements by age add up to the monthly ones",
          "[recorder][by-age][abm]") {
  // Whole agents times the scale: the retirements add up exactly; the means of the population
  // are rounded age by age.
  const ResultSet results = run_agent_based(default_model(kLast));
  check_sums(results, 1e-12, 0.0);
  check_retirement_ages(results);
  // One age dimension, shared with the distribution of retirement ages.
  std::size_t age_dimensions = 0;
  for (const Dimension& d : results.dimensions) age_dimensions += d.name == "age" ? 1 : 0;
  CHECK(age_dimensions == 1);
}

}  // namespace
}  // namespace lmsim::model
