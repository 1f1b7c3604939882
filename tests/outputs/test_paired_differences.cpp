// Unit tests of outputs/paired_differences: the 95% interval of replicate-paired differences
// (2.5th and 97.5th percentiles, linear between order statistics), compare's rule that a change
// is within the noise when that interval contains 0, and the replicate-by-replicate section of
// lmsim compare built from it.
#include <catch2/catch.hpp>

#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "outputs/paired_differences.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

TEST_CASE("the paired interval takes the 2.5th and 97.5th percentiles of the differences",
          "[outputs][compare][ensemble]") {
  // Differences 1, 2, 3: the 2.5th percentile lies at position 0.05, the 97.5th at 1.95.
  const PairedInterval i = paired_interval({10.0, 20.0, 30.0}, {11.0, 22.0, 33.0});
  CHECK(i.low == Approx(1.05));
  CHECK(i.high == Approx(2.95));
  CHECK_FALSE(within_noise(i));
  // Pairs are matched by position, not sorted apart: the same values in other order differ.
  const PairedInterval crossed = paired_interval({10.0, 20.0, 30.0}, {33.0, 22.0, 11.0});
  CHECK(crossed.low < 0.0);
  CHECK(crossed.high > 0.0);
  CHECK(within_noise(crossed));
}

TEST_CASE("a change is within the noise when its interval contains 0",
          "[outputs][compare][ensemble]") {
  CHECK(within_noise(paired_interval(std::vector<double>{-1.0, 5.0, 6.0})));  // low -0.7
  CHECK(within_noise(paired_interval(std::vector<double>{0.0, 0.0, 0.0})));   // no effect
  // The 2.5th percentile of four pairs lies at position 0.075, the 97.5th at 2.925.
  CHECK(within_noise(paired_interval(std::vector<double>{0.0, 0.0, 0.0, 1.0})));   // low 0
  CHECK(within_noise(paired_interval(std::vector<double>{-1.0, 0.0, 0.0, 0.0})));  // high 0
  // With three pairs the interval leaves out part of the extreme pairs: 0, 1, 2 gives
  // [0.05, 1.95], which does not contain 0 although one pair shows no change.
  CHECK_FALSE(within_noise(paired_interval(std::vector<double>{0.0, 1.0, 2.0})));
  CHECK_FALSE(within_noise(paired_interval(std::vector<double>{-3.0, -2.0, -1.0})));
  // One pair in forty against the others is outside the 95% interval: 39 pairs at +10 and one
  // at -100 give a 2.5th percentile at position 0.975, -100 + 0.975 * 110.
  std::vector<double> differences(39, 10.0);
  differences.push_back(-100.0);
  const PairedInterval i = paired_interval(differences);
  CHECK(i.low == Approx(7.25));
  CHECK(i.high == Approx(10.0));
  CHECK_FALSE(within_noise(i));
}

TEST_CASE("the paired interval refuses lists that do not pair", "[outputs][compare][ensemble]") {
  CHECK_THROWS_AS(paired_interval({1.0, 2.0}, {1.0}), std::invalid_argument);
  CHECK_THROWS_AS(paired_interval(std::vector<double>{}), std::invalid_argument);
}

TEST_CASE("replicate pairs give the distribution of the change", "[outputs][compare][ensemble]") {
  // Five replicate pairs whose shortage changes by 10, 20, 30, 40 and -50 in one cell: mean 10,
  // percentiles linear between order statistics, higher in 4 of 5 pairs. Each replicate lists
  // its cells in its own order; the pairs are matched by region and occupation.
  std::vector<std::vector<YearComparison>> per_replicate;
  const std::array<double, 5> change = {10.0, 20.0, 30.0, 40.0, -50.0};
  for (double d : change) {
    YearComparison y;
    y.year = 2030;
    y.national_base = {100.0, 10.0, 5.0, 1.0};
    y.national_other = {100.0 - d, 10.0, 5.0 + d, 1.0};
    CellComparison a{
        "R1", "One", "O1", "Occ", {50.0, 5.0, 1.0, 1.0}, {50.0 - d, 5.0, 1.0 + d, 1.0}};
    CellComparison b{"R2", "Two", "O1", "Occ", {50.0, 5.0, 1.0, 1.0}, {50.0 + 1.0, 5.0, 1.0, 1.0}};
    y.cells = d > 25.0 ? std::vector<CellComparison>{a, b} : std::vector<CellComparison>{b, a};
    per_replicate.push_back({y});
  }
  const std::vector<YearChanges> years = changes_by_replicate(per_replicate);
  REQUIRE(years.size() == 1);
  CHECK(years[0].pairs == 5);
  CHECK(years[0].national.shortage.mean == Approx(10.0));
  CHECK(years[0].national.employed.mean == Approx(-10.0));
  // sorted: -50, 10, 20, 30, 40; the 2.5th percentile at position 0.1, the 97.5th at 3.9
  CHECK(years[0].national.shortage.interval.low == Approx(-50.0 + 0.1 * 60.0));
  CHECK(years[0].national.shortage.interval.high == Approx(30.0 + 0.9 * 10.0));
  CHECK(years[0].national.shortage.share_higher == Approx(0.8));
  REQUIRE(years[0].cells.size() == 2);
  CHECK(years[0].cells[0].region == "R1");  // the larger mean change first
  CHECK(years[0].cells[0].shortage.mean == Approx(10.0));
  CHECK(years[0].cells[1].shortage.mean == 0.0);
  CHECK(years[0].cells[1].shortage.share_higher == 0.0);
  CHECK(years[0].cells[1].employed.interval.low == Approx(1.0));  // +1 in every pair
  const std::string text = format_changes_by_replicate(years, TableFormat::kText, 0);
  CHECK_THAT(text, Contains("5 pairs"));
  CHECK_THAT(text, Contains("within the noise when its interval contains 0"));
  CHECK_THAT(text, Contains("shortage +10 [-44, +39] within the noise, higher in 80% of pairs"));
  // R2: employed +1 in every pair is an effect; vacancies and shortage do not move.
  CHECK_THAT(text, Contains("0%  vacancies, shortage\n"));
  CHECK_THAT(format_changes_by_replicate(years, TableFormat::kMarkdown, 0),
             Contains("| +1 [+1, +1] | 0 [0, 0] | 0 [0, 0] | 0% | vacancies, shortage |"));
  CHECK(format_changes_by_replicate(years, TableFormat::kCsv, 0).empty());
}

TEST_CASE("a file of replicate statistics gives no paired differences and says why",
          "[outputs][compare][ensemble]") {
  const std::string notice = statistics_only_notice("ensemble.h5");
  CHECK_THAT(notice, Contains("ensemble.h5 holds replicate statistics only"));
  CHECK_THAT(notice, Contains("differences of the replicates' means"));
  CHECK_THAT(notice, Contains("--keep-replicates"));
}

}  // namespace
}  // namespace lmsim::outputs
