// Unit tests of outputs/sweep_results: the sweep's result set puts every point's summary where
// its layout says, and an output that is NaN at some point gets NaN coefficients instead of
// stopping a sweep whose points are all done.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "outputs/sweep_results.hpp"
#include "tests/support/small_result_set.hpp"

namespace {

using lmsim::outputs::kNationalOutputs;
using lmsim::outputs::kRegionalOutputs;
using lmsim::outputs::SweepSummaryLayout;

// Point p's summary: value = 1000 p + position, a monotone function of the first parameter.
std::vector<std::vector<double>> summaries(const SweepSummaryLayout& layout, std::size_t points) {
  std::vector<std::vector<double>> all;
  for (std::size_t p = 0; p < points; ++p) {
    std::vector<double> values;
    for (std::size_t i = 0; i < layout.values_per_point(); ++i)
      values.push_back(1000.0 * static_cast<double>(p) + static_cast<double>(i));
    all.push_back(values);
  }
  return all;
}

}  // namespace

TEST_CASE("the sweep result set places each point's summary by its layout", "[sweep]") {
  const SweepSummaryLayout layout{{2025, 2026, 2027}, {"A", "B"}, {"Aa", "Bb"}};
  CHECK(layout.values_per_point() == 3 * (kNationalOutputs.size() + 2 * kRegionalOutputs.size()));
  const std::size_t points = 6;
  Eigen::MatrixXd values(points, 2);
  const double unrelated[] = {3, 0, 4, 1, 5, 2};
  for (Eigen::Index p = 0; p < 6; ++p) {
    values(p, 0) = static_cast<double>(p);  // drives every output
    values(p, 1) = unrelated[p];
  }
  const auto set = lmsim::outputs::sweep_result_set(
      layout, {{"a", "", "uniform(0, 1)"}, {"b", "", "uniform(0, 1)"}}, values, values,
      summaries(layout, points));
  // unemployed (national output 1), year 2026, point 4: position 1 * 3 + 1.
  CHECK(set.variable("unemployed").data[4 * 3 + 1] == 4000.0 + 4.0);
  // region_tension (regional output 1), point 2, year 2027, region B: after the national
  // outputs (5 x 3) and region_unemployment_rate (3 x 2), position 2 * 2 + 1.
  CHECK(set.variable("region_tension").data[2 * 6 + 2 * 2 + 1] == 2000.0 + 15 + 6 + 5);
  const auto& prcc = set.variable("prcc").data;
  CHECK(prcc[0] == Approx(1.0));  // employed, 2025, parameter a
  const auto names = std::find_if(set.text_coordinates.begin(), set.text_coordinates.end(),
                                  [](const auto& c) { return c.name == "region_name"; });
  REQUIRE(names != set.text_coordinates.end());
  CHECK(names->labels == std::vector<std::string>{"Aa", "Bb"});
}

TEST_CASE("an output that is NaN at a point has NaN coefficients, the rest stay", "[sweep]") {
  const SweepSummaryLayout layout{{2025}, {"A"}, {"Aa"}};
  const std::size_t points = 8;
  auto all = summaries(layout, points);
  all[3][2] = std::nan("");  // vacancies, 2025, point 3
  Eigen::MatrixXd values(points, 1);
  for (Eigen::Index p = 0; p < 8; ++p) values(p, 0) = static_cast<double>(p);
  lmsim::ResultSet set;
  REQUIRE_NOTHROW(set = lmsim::outputs::sweep_result_set(layout, {{"a", "", "uniform(0, 1)"}},
                                                         values, values, all));
  const auto& prcc = set.variable("prcc").data;
  CHECK(std::isnan(prcc[2]));     // vacancies
  CHECK(prcc[1] == Approx(1.0));  // unemployed
}

TEST_CASE("a point keeps UWV's tension from its WW counts, NaN without them", "[sweep]") {
  const SweepSummaryLayout layout{{2025, 2026}, {"R1", "R2"}, {"Noord", "Zuid"}};
  const std::vector<double> values =
      lmsim::outputs::summarise_point(lmsim::test::small_run_result_set(), layout);
  REQUIRE(values.size() == layout.values_per_point());
  // National tension (output 4), 2026: UWV's occupation classes only, 717 / 700 (defence aside).
  CHECK(values[4 * 2 + 1] == Approx(717.0 / 700.0));
  // region_tension (regional output 1), 2025, R1: after the national outputs (5 x 2) and
  // region_unemployment_rate (2 x 2).
  CHECK(values[5 * 2 + 2 * 2 + 0] == Approx(500.0 / 500.0));
  CHECK(values[5 * 2 + 2 * 2 + 1] == Approx(217.0 / 200.0));
  const std::vector<double> without =
      lmsim::outputs::summarise_point(lmsim::test::small_run_result_set(false), layout);
  CHECK(std::isnan(without[4 * 2 + 1]));
  CHECK(without[2 * 2] == Approx(values[2 * 2]));  // vacancies, 2025: still there
}

TEST_CASE("a point keeps each region's employed, summed over its occupations", "[sweep]") {
  const SweepSummaryLayout layout{{2025, 2026}, {"R1", "R2"}, {"Noord", "Zuid"}};
  const std::vector<double> values =
      lmsim::outputs::summarise_point(lmsim::test::small_run_result_set(), layout);
  // region_employed (regional output 2), after the national outputs (5 x 2),
  // region_unemployment_rate and region_tension (2 x 2 each); year x region.
  const std::size_t first = 5 * 2 + 2 * 2 * 2;
  CHECK(values[first + 0] == Approx(1000.0 + 1000.0 + 900.0));   // 2025, R1
  CHECK(values[first + 2] == Approx(1000.0 + 1000.0 + 1000.0));  // 2026, R1
  CHECK(values[first + 3] == Approx(1000.0 + 1000.0 + 100.0));   // 2026, R2 (defence included)
  CHECK(values.size() == first + 4);
}
