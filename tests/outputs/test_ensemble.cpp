// Ensembles: the statistics over replicates equal a direct computation (mean, sample sd,
// quantiles linear between order statistics), the tension-class probabilities are shares of
// replicates (annual vacancies over annual WW benefits under 6 months) and add up to 1, NaN for
// defence, and none without WW counts; and the central path of a statistics file and of a file of
// replicates is the mean.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>

#include "engine/time_axis.hpp"
#include "outputs/ensemble.hpp"
#include "outputs/tension_class.hpp"

namespace lmsim::outputs {
namespace {

constexpr std::size_t kMonths = 14;  // 2025-01 .. 2026-02: two years, the second partial
constexpr std::size_t kRegions = 2;
constexpr std::size_t kOccupations = 2;  // O1 and DEF (defence, no UWV class)

ResultSet replicate(std::mt19937_64& generator) {
  ResultSet r;
  Dimension time{"time", {}, {}, "days since 2025-01-01", "time"};
  for (std::size_t t = 0; t < kMonths; ++t)
    time.values.push_back(TimeAxis({2025, 1}, {2030, 12}).days(static_cast<int>(t)));
  r.dimensions.push_back(time);
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region"});
  r.dimensions.push_back({"occupation", {}, {"O1", "DEF"}, "", "occupation"});
  std::uniform_real_distribution<double> vacancies(0.0, 400.0), unemployed(1.0, 300.0);
  const std::vector<std::string> cell = {"time", "region", "occupation"};
  // add_variable returns a reference into the list of variables: fill each before the next.
  for (double& x :
       r.add_variable("vacancies", cell, "vacancies", "open vacancies", "vacatures").data)
    x = vacancies(generator);
  for (double& x : r.add_variable("ww_under_6_months", cell, "persons", "WW", "WW").data)
    x = unemployed(generator);
  r.attributes = {{"title", "t"}};
  return r;
}

double direct_quantile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const double position = p * static_cast<double>(values.size() - 1);
  const double lower = values[static_cast<std::size_t>(position)];
  const double upper = values[std::min(values.size() - 1, static_cast<std::size_t>(position) + 1)];
  return lower + (position - std::floor(position)) * (upper - lower);
}

TEST_CASE("replicate statistics equal a direct computation", "[outputs][ensemble]") {
  std::mt19937_64 generator(4242);
  std::vector<ResultSet> replicates;
  for (int r = 0; r < 7; ++r) replicates.push_back(replicate(generator));
  const ResultSet stats = replicate_statistics(replicates);
  REQUIRE(stats.dimension("statistic").labels == kEnsembleStatistics);
  for (const char* name : {"vacancies", "ww_under_6_months"}) {
    const Variable& s = stats.variable(name);
    REQUIRE(s.dims.front() == "statistic");
    const std::size_t n = replicates[0].variable(name).data.size();
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<double> values;
      for (const ResultSet& r : replicates) values.push_back(r.variable(name).data[i]);
      double mean = 0.0;
      for (double x : values) mean += x / 7.0;
      double squares = 0.0;
      for (double x : values) squares += (x - mean) * (x - mean);
      const double expected[] = {mean, std::sqrt(squares / 6.0), direct_quantile(values, 0.05),
                                 direct_quantile(values, 0.5), direct_quantile(values, 0.95)};
      for (std::size_t k = 0; k < 5; ++k) {
        INFO(name << " element " << i << " statistic " << kEnsembleStatistics[k]);
        CHECK(s.data[k * n + i] == Approx(expected[k]).epsilon(1e-12));
      }
    }
  }
}

TEST_CASE("tension-class probabilities are shares of the replicates", "[outputs][ensemble]") {
  std::mt19937_64 generator(99);
  std::vector<ResultSet> replicates;
  for (int r = 0; r < 5; ++r) replicates.push_back(replicate(generator));
  const ResultSet stats = replicate_statistics(replicates);
  const Variable& p = stats.variable("tension_class_probability");
  REQUIRE(stats.dimension("year").values == std::vector<double>{2025.0, 2026.0});
  const auto& classes = stats.dimension("tension_class").labels;
  REQUIRE(classes.size() == 5);
  for (std::size_t y = 0; y < 2; ++y) {
    const std::size_t first = y * 12;
    const std::size_t end = std::min(kMonths, first + 12);
    for (std::size_t c = 0; c < kRegions * kOccupations; ++c) {
      const std::size_t cells = kRegions * kOccupations;
      if (c % kOccupations == 1) {  // defence: no UWV class
        for (std::size_t k = 0; k < classes.size(); ++k)
          CHECK(std::isnan(p.data[(y * cells + c) * classes.size() + k]));
        continue;
      }
      std::vector<double> expected(classes.size(), 0.0);
      for (const ResultSet& r : replicates) {
        double v = 0.0, w = 0.0;
        for (std::size_t t = first; t < end; ++t) {
          v += r.variable("vacancies").data[t * cells + c];
          w += r.variable("ww_under_6_months").data[t * cells + c];
        }
        const auto months = static_cast<double>(end - first);
        const std::string name = uwv_tension_class((v / months) / (w / months));
        for (std::size_t k = 0; k < classes.size(); ++k)
          if (classes[k] == name) expected[k] += 1.0 / 5.0;
      }
      double total = 0.0;
      for (std::size_t k = 0; k < classes.size(); ++k) {
        const double value = p.data[(y * cells + c) * classes.size() + k];
        CHECK(value == Approx(expected[k]).margin(1e-12));
        total += value;
      }
      CHECK(total == Approx(1.0).epsilon(1e-12));
    }
  }
}

TEST_CASE("replicates without WW counts have no tension-class probabilities",
          "[outputs][ensemble]") {
  std::mt19937_64 generator(5);
  std::vector<ResultSet> replicates;
  for (int r = 0; r < 3; ++r) {
    replicates.push_back(replicate(generator));
    replicates.back().variables.pop_back();  // ww_under_6_months
  }
  const ResultSet stats = replicate_statistics(replicates);
  CHECK(stats.find_variable("vacancies") != nullptr);
  CHECK(stats.find_variable("tension_class_probability") == nullptr);
}

TEST_CASE("the central path of an ensemble is its mean", "[outputs][ensemble]") {
  std::mt19937_64 generator(7);
  std::vector<ResultSet> replicates;
  for (int r = 0; r < 4; ++r) replicates.push_back(replicate(generator));
  const std::vector<ResultSet> copies = replicates;
  const ResultSet stats = replicate_statistics(replicates);
  const ResultSet stacked = stacked_replicates(std::move(replicates));
  REQUIRE(stacked.variable("vacancies").dims.front() == "replicate");
  const std::size_t n = copies[0].variable("vacancies").data.size();
  for (std::size_t r = 0; r < 4; ++r)
    for (std::size_t i = 0; i < n; ++i)
      REQUIRE(stacked.variable("vacancies").data[r * n + i] ==
              copies[r].variable("vacancies").data[i]);
  std::string what;
  const ResultSet from_stats = central_path(stats, "stats.h5", &what);
  CHECK(what == "mean of the replicates");
  const ResultSet from_replicates = central_path(stacked, "replicates.h5", &what);
  CHECK(what == "mean of the replicates");
  const ResultSet single = central_path(copies[0], "single.h5", &what);
  CHECK(what.empty());
  CHECK(single.variable("vacancies").data == copies[0].variable("vacancies").data);
  for (std::size_t i = 0; i < n; ++i) {
    double mean = 0.0;
    for (const ResultSet& r : copies) mean += r.variable("vacancies").data[i] / 4.0;
    CHECK(from_stats.variable("vacancies").data[i] == Approx(mean).epsilon(1e-12));
    CHECK(from_replicates.variable("vacancies").data[i] == Approx(mean).epsilon(1e-12));
  }
  CHECK(from_stats.variable("vacancies").dims ==
        std::vector<std::string>{"time", "region", "occupation"});
  CHECK_THROWS_WITH(statistic_slice(stats, "p99"), Catch::Contains("no statistic 'p99'"));
  // A statistics file without a mean (made by another tool) is refused, naming the file.
  ResultSet no_mean = stats;
  for (Dimension& d : no_mean.dimensions)
    if (d.name == "statistic") d.labels = {"m", "sd", "p05", "p50", "p95"};
  CHECK_THROWS_WITH(central_path(no_mean, "other.h5"),
                    Catch::Contains("other.h5") && Catch::Contains("no 'mean' statistic"));
}

TEST_CASE("quantiles are those of numpy, and reach infinite values", "[outputs][ensemble]") {
  // numpy.quantile([3, 1, 4, 1, 5], [0.05, 0.5, 0.95]) = [1.0, 3.0, 4.8] (linear, type 7).
  std::vector<double> values = {1.0, 1.0, 3.0, 4.0, 5.0};
  CHECK(quantile_of_sorted(values, 0.05) == Approx(1.0));
  CHECK(quantile_of_sorted(values, 0.5) == Approx(3.0));
  CHECK(quantile_of_sorted(values, 0.95) == Approx(4.8));
  // numpy.quantile([10, 20], 0.05) = 10.5
  CHECK(quantile_of_sorted({10.0, 20.0}, 0.05) == Approx(10.5));
  // Infinite tension in some replicates: the median of [1, 2, inf] is 2, its 95th percentile
  // lies between 2 and inf and is inf (numpy gives NaN), and all-infinite values give inf.
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(quantile_of_sorted({1.0, 2.0, inf}, 0.5) == 2.0);
  CHECK(quantile_of_sorted({1.0, 2.0, inf}, 0.95) == inf);
  CHECK(quantile_of_sorted({inf, inf, inf}, 0.05) == inf);
  CHECK_FALSE(std::isnan(quantile_of_sorted({1.0, inf, inf}, 0.05)));
}

TEST_CASE("one replicate has no spread", "[outputs][ensemble]") {
  std::mt19937_64 generator(1);
  const std::vector<ResultSet> one = {replicate(generator)};
  const ResultSet stats = replicate_statistics(one);
  const Variable& s = stats.variable("vacancies");
  const std::size_t n = one[0].variable("vacancies").data.size();
  for (std::size_t i = 0; i < n; ++i) {
    CHECK(s.data[1 * n + i] == 0.0);
    for (std::size_t k : {0u, 2u, 3u, 4u})
      CHECK(s.data[k * n + i] == one[0].variable("vacancies").data[i]);
  }
}

}  // namespace
}  // namespace lmsim::outputs
