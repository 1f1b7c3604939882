// Unit tests of engine/sampling/distribution: quantiles against known constants and analytic
// means (the truncated moments from the standard formulas, computed here with std::erfc rather
// than Boost), monotonicity and bounds, discrete frequencies, and the refusal of bad arguments.
#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "engine/sampling/distribution.hpp"

namespace {

using lmsim::sampling::Distribution;
using lmsim::sampling::DistributionKind;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kPi = std::acos(-1.0);

// Standard normal density and CDF, and its upper tail 1 - CDF (without cancellation).
double phi(double x) {
  return std::exp(-0.5 * x * x) / std::sqrt(2.0 * kPi);
}
double upper_tail(double x) {
  return 0.5 * std::erfc(x / std::sqrt(2.0));
}
double cdf(double x) {
  return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

// The mean of a distribution as the integral of its quantile function over (0, 1), by the
// midpoint rule with n points.
double mean_by_midpoints(const Distribution& d, int n) {
  double sum = 0.0;
  for (int i = 0; i < n; ++i) sum += d.quantile((i + 0.5) / n);
  return sum / n;
}

// Mean of the normal(mu, sigma) truncated to [a, b]: mu + sigma (phi(alpha) - phi(beta)) /
// (Phi(beta) - Phi(alpha)), alpha and beta the standardised bounds; the denominator is written
// with upper tails, which keep their precision far above the mean.
double truncated_normal_mean(double mu, double sigma, double a, double b) {
  const double alpha = (a - mu) / sigma;
  const double beta = (b - mu) / sigma;
  const double density_b = std::isinf(beta) ? 0.0 : phi(beta);
  return mu + sigma * (phi(alpha) - density_b) / (upper_tail(alpha) - upper_tail(beta));
}

// Mean of exp(N(mu, sigma^2)) truncated to [a, b], a > 0: the partial expectation of the
// lognormal over the probability of the interval.
double truncated_lognormal_mean(double mu, double sigma, double a, double b) {
  const double za = (std::log(a) - mu) / sigma;
  const double zb = (std::log(b) - mu) / sigma;
  return std::exp(mu + 0.5 * sigma * sigma) * (cdf(zb - sigma) - cdf(za - sigma)) /
         (cdf(zb) - cdf(za));
}

std::vector<Distribution> examples() {
  return {Distribution::uniform(-1.0, 3.0),
          Distribution::normal(0.5, 0.1),
          Distribution::normal(0.5, 0.1, 0.0, 1.0),
          Distribution::normal(0.0, 1.0, 6.0, 7.0),
          Distribution::normal(0.0, 1.0, -kInf, -2.0),
          Distribution::triangular(0.0, 0.2, 1.0),
          Distribution::triangular(1.0, 1.0, 2.0),
          Distribution::lognormal(0.0, 1.0),
          Distribution::lognormal(-1.0, 0.5, 0.1, 0.5),
          Distribution::discrete({3.0, 1.0, 2.0}, {0.2, 0.5, 0.3})};
}

}  // namespace

TEST_CASE("normal quantiles equal the known standard normal constants", "[sampling]") {
  const Distribution standard = Distribution::normal(0.0, 1.0);
  CHECK(standard.kind() == DistributionKind::kNormal);
  // Phi^-1(0.975) = 1.959963984540054... and Phi(1) = 0.8413447460685429... (standard normal).
  CHECK(standard.quantile(0.975) == Approx(1.959963984540054).epsilon(1e-14));
  CHECK(standard.quantile(0.025) == Approx(-1.959963984540054).epsilon(1e-14));
  CHECK(standard.quantile(0.8413447460685429) == Approx(1.0).epsilon(1e-13));
  CHECK(std::abs(standard.quantile(0.5)) < 1e-15);
  const Distribution shifted = Distribution::normal(10.0, 2.0);
  CHECK(shifted.quantile(0.975) == Approx(10.0 + 2.0 * 1.959963984540054).epsilon(1e-14));
}

TEST_CASE("uniform, triangular and lognormal quantiles at points known in closed form",
          "[sampling]") {
  const Distribution uniform = Distribution::uniform(2.0, 6.0);
  CHECK(uniform.kind() == DistributionKind::kUniform);
  CHECK(uniform.quantile(0.25) == Approx(3.0).epsilon(1e-15));
  // The mode of a triangular distribution lies at F = (mode - min) / (max - min).
  const Distribution triangular = Distribution::triangular(1.0, 2.0, 5.0);
  CHECK(triangular.kind() == DistributionKind::kTriangular);
  CHECK(triangular.quantile(0.25) == Approx(2.0).epsilon(1e-14));
  // Below the mode F(x) = (x - min)^2 / ((max - min)(mode - min)): F(1.5) = 0.0625.
  CHECK(triangular.quantile(0.0625) == Approx(1.5).epsilon(1e-14));
  // The median of a lognormal is exp(mu); its 0.975 quantile exp(mu + 1.959963984540054 sigma).
  const Distribution lognormal = Distribution::lognormal(0.3, 0.7);
  CHECK(lognormal.kind() == DistributionKind::kLognormal);
  CHECK(lognormal.quantile(0.5) == Approx(std::exp(0.3)).epsilon(1e-14));
  CHECK(lognormal.quantile(0.975) ==
        Approx(std::exp(0.3 + 0.7 * 1.959963984540054)).epsilon(1e-13));
}

TEST_CASE("quantiles are non-decreasing and stay inside the support", "[sampling]") {
  for (const Distribution& d : examples()) {
    INFO(d.describe());
    double previous = -kInf;
    const int n = 20000;
    for (int i = 0; i <= n; ++i) {
      // From 1e-300 to just below 1, denser near both ends.
      const double u = i == 0 ? 1e-300 : i == n ? 1.0 - 0x1p-53 : static_cast<double>(i) / n;
      const double x = d.quantile(u);
      REQUIRE(std::isfinite(x));
      REQUIRE(x >= previous);
      REQUIRE(x >= d.support_min());
      REQUIRE(x <= d.support_max());
      previous = x;
    }
  }
}

TEST_CASE("support bounds are the truncation bounds or the kind's natural ones", "[sampling]") {
  CHECK(Distribution::normal(0.0, 1.0).support_min() == -kInf);
  CHECK(Distribution::normal(0.0, 1.0).support_max() == kInf);
  CHECK(Distribution::normal(0.5, 0.1, 0.0, 1.0).support_min() == 0.0);
  CHECK(Distribution::normal(0.5, 0.1, 0.0, 1.0).support_max() == 1.0);
  CHECK(Distribution::lognormal(0.0, 1.0).support_min() == 0.0);
  CHECK(Distribution::lognormal(0.0, 1.0).support_max() == kInf);
  CHECK(Distribution::triangular(1.0, 1.5, 4.0).support_min() == 1.0);
  CHECK(Distribution::triangular(1.0, 1.5, 4.0).support_max() == 4.0);
  CHECK(Distribution::uniform(-2.0, 0.5).support_min() == -2.0);
  CHECK(Distribution::uniform(-2.0, 0.5).support_max() == 0.5);
  // A value of weight 0 can never be drawn, so it does not widen the support.
  const Distribution discrete = Distribution::discrete({0.0, 5.0, 1.0, 9.0}, {0.0, 1.0, 2.0, 0.0});
  CHECK(discrete.support_min() == 1.0);
  CHECK(discrete.support_max() == 5.0);
}

TEST_CASE("truncated normal means equal the analytic truncated-normal mean", "[sampling]") {
  struct Case {
    double mean, sd, lower, upper, tolerance;
  };
  // Half-infinite intervals converge more slowly under the midpoint rule (the quantile function
  // is unbounded at one end).
  const std::vector<Case> cases = {{0.5, 0.3, 0.0, 1.0, 1e-9},  {0.0, 1.0, 2.0, 3.0, 1e-9},
                                   {0.0, 1.0, 6.0, 7.0, 1e-9},  {0.0, 1.0, -1.0, 0.5, 1e-9},
                                   {1.0, 2.0, 1.0, kInf, 1e-4}, {0.0, 1.0, 8.0, kInf, 1e-4}};
  for (const Case& c : cases) {
    const Distribution d = Distribution::normal(c.mean, c.sd, c.lower, c.upper);
    INFO(d.describe());
    CHECK(mean_by_midpoints(d, 200000) ==
          Approx(truncated_normal_mean(c.mean, c.sd, c.lower, c.upper)).epsilon(c.tolerance));
  }
}

TEST_CASE("means of quantiles at (i + 0.5) / N approach the distributions' means", "[sampling]") {
  const int n = 200000;
  CHECK(mean_by_midpoints(Distribution::uniform(2.0, 5.0), n) == Approx(3.5).epsilon(1e-12));
  CHECK(mean_by_midpoints(Distribution::normal(3.0, 2.0), n) == Approx(3.0).epsilon(1e-10));
  // Triangular: (min + mode + max) / 3. Its quantile function has square-root ends, where the
  // midpoint rule's error falls as N^-1.5 only.
  CHECK(mean_by_midpoints(Distribution::triangular(1.0, 2.0, 6.0), n) == Approx(3.0).epsilon(1e-8));
  CHECK(mean_by_midpoints(Distribution::triangular(0.0, 0.0, 1.0), n) ==
        Approx(1.0 / 3.0).epsilon(1e-8));
  // Lognormal: exp(mu + sigma^2 / 2); the tail makes the midpoint rule converge slowly.
  CHECK(mean_by_midpoints(Distribution::lognormal(0.1, 0.5), n) ==
        Approx(std::exp(0.1 + 0.125)).epsilon(1e-5));
  CHECK(mean_by_midpoints(Distribution::lognormal(-1.0, 0.5, 0.1, 0.5), n) ==
        Approx(truncated_lognormal_mean(-1.0, 0.5, 0.1, 0.5)).epsilon(1e-9));
}

TEST_CASE("discrete values come with the frequencies of their weights", "[sampling]") {
  // Values given out of order; the quantile function takes them in increasing order.
  const Distribution d = Distribution::discrete({3.0, 1.0, 2.0}, {0.2, 0.5, 0.3});
  CHECK(d.kind() == DistributionKind::kDiscrete);
  const int n = 100000;
  std::vector<int> counts(4, 0);
  for (int i = 0; i < n; ++i) {
    const double x = d.quantile((i + 0.5) / n);
    REQUIRE((x == 1.0 || x == 2.0 || x == 3.0));
    ++counts[static_cast<std::size_t>(x)];
  }
  CHECK(counts[1] == Approx(0.5 * n).margin(1));
  CHECK(counts[2] == Approx(0.3 * n).margin(1));
  CHECK(counts[3] == Approx(0.2 * n).margin(1));
  // The value at the first index whose cumulative weight exceeds u.
  const Distribution halves = Distribution::discrete({10.0, 20.0});
  CHECK(halves.quantile(0.4999999) == 10.0);
  CHECK(halves.quantile(0.5) == 20.0);
  // Equal weights when none are given; a weight of 0 is never drawn.
  const Distribution thirds = Distribution::discrete({1.0, 2.0, 3.0});
  CHECK(thirds.quantile(0.3) == 1.0);
  CHECK(thirds.quantile(0.5) == 2.0);
  CHECK(thirds.quantile(0.7) == 3.0);
  const Distribution gap = Distribution::discrete({1.0, 2.0, 3.0}, {1.0, 0.0, 1.0});
  for (int i = 0; i < 1000; ++i) CHECK(gap.quantile((i + 0.5) / 1000) != 2.0);
}

TEST_CASE("quantile returns the same bits for the same u", "[sampling]") {
  for (const Distribution& d : examples()) {
    const Distribution copy = d;
    for (const double u : {1e-9, 0.1, 0.5, 0.77, 0.999999}) {
      CHECK(std::bit_cast<std::uint64_t>(d.quantile(u)) ==
            std::bit_cast<std::uint64_t>(copy.quantile(u)));
      CHECK(std::bit_cast<std::uint64_t>(d.quantile(u)) ==
            std::bit_cast<std::uint64_t>(d.quantile(u)));
    }
  }
}

TEST_CASE("describe names the kind and its parameters", "[sampling]") {
  CHECK(Distribution::uniform(0.0, 0.01).describe() == "uniform(0, 0.01)");
  CHECK(Distribution::normal(0.5, 0.1, 0.0, 1.0).describe() ==
        "normal(mean 0.5, sd 0.1, truncated to [0, 1])");
  CHECK(Distribution::normal(0.5, 0.1).describe() == "normal(mean 0.5, sd 0.1)");
  CHECK(Distribution::normal(0.0, 2.0, -kInf, 3.0).describe() ==
        "normal(mean 0, sd 2, truncated to [-inf, 3])");
  CHECK(Distribution::triangular(0.0, 0.25, 1.0).describe() ==
        "triangular(min 0, mode 0.25, max 1)");
  CHECK(Distribution::lognormal(0.0, 1.5).describe() == "lognormal(mu 0, sigma 1.5)");
  CHECK(Distribution::lognormal(0.0, 1.5, 0.5, 4.0).describe() ==
        "lognormal(mu 0, sigma 1.5, truncated to [0.5, 4])");
  CHECK(Distribution::discrete({2.0, 1.0}, {3.0, 1.0}).describe() ==
        "discrete(values {1, 2}, weights {1, 3})");
}

TEST_CASE("factories refuse bad arguments with a message naming the problem", "[sampling]") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(Distribution::normal(0.0, -1.0), Contains("sd must be positive, got -1"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, 0.0), Contains("sd must be positive, got 0"));
  CHECK_THROWS_WITH(Distribution::normal(kNaN, 1.0), Contains("mean must be a finite number"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, kInf), Contains("sd must be a finite number"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, 1.0, kNaN, 1.0), Contains("lower must be a number"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, 1.0, 0.0, kNaN), Contains("upper must be a number"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, 1.0, 1.0, 1.0),
                    Contains("lower must be less than upper, got 1 and 1"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, 1.0, kInf, kInf),
                    Contains("lower must be less than upper"));
  CHECK_THROWS_WITH(Distribution::normal(0.0, 1.0, 40.0, 50.0), Contains("leaves no probability"));
  CHECK_THROWS_WITH(Distribution::uniform(1.0, 0.0),
                    Contains("min must be less than max, got 1 and 0"));
  CHECK_THROWS_WITH(Distribution::uniform(0.0, kInf), Contains("max must be a finite number"));
  CHECK_THROWS_WITH(Distribution::uniform(kNaN, 1.0), Contains("min must be a finite number"));
  CHECK_THROWS_WITH(Distribution::triangular(0.0, 2.0, 1.0),
                    Contains("mode must lie between min and max"));
  CHECK_THROWS_WITH(Distribution::triangular(1.0, 1.0, 1.0), Contains("min must be less than max"));
  CHECK_THROWS_WITH(Distribution::triangular(0.0, kNaN, 1.0),
                    Contains("mode must be a finite number"));
  CHECK_THROWS_WITH(Distribution::lognormal(0.0, -0.5), Contains("sigma must be positive"));
  CHECK_THROWS_WITH(Distribution::lognormal(kInf, 0.5), Contains("mu must be a finite number"));
  CHECK_THROWS_WITH(Distribution::lognormal(0.0, 0.5, -1.0), Contains("lower must be at least 0"));
  CHECK_THROWS_WITH(Distribution::lognormal(0.0, 0.5, 2.0, 1.0),
                    Contains("lower must be less than upper"));
  CHECK_THROWS_WITH(Distribution::discrete({}), Contains("needs at least one value"));
  CHECK_THROWS_WITH(Distribution::discrete({1.0, kNaN}),
                    Contains("value 1 must be a finite number"));
  CHECK_THROWS_WITH(Distribution::discrete({1.0, 2.0}, {1.0}), Contains("1 weights for 2 values"));
  CHECK_THROWS_WITH(Distribution::discrete({1.0, 2.0}, {1.0, -1.0}),
                    Contains("weight 1 must be a finite number of at least 0, got -1"));
  CHECK_THROWS_WITH(Distribution::discrete({1.0, 2.0}, {0.0, 0.0}),
                    Contains("weights must not all be 0"));
  // Every message is a std::invalid_argument that names the kind.
  CHECK_THROWS_AS(Distribution::normal(0.0, -1.0), std::invalid_argument);
  CHECK_THROWS_WITH(Distribution::normal(0.0, -1.0), Contains("normal distribution: "));
  const Distribution d = Distribution::uniform(0.0, 1.0);
  CHECK_THROWS_WITH(d.quantile(0.0), Contains("u must lie strictly between 0 and 1, got 0"));
  CHECK_THROWS_WITH(d.quantile(1.0), Contains("u must lie strictly between 0 and 1, got 1"));
  CHECK_THROWS_AS(d.quantile(kNaN), std::invalid_argument);
}

TEST_CASE("infinite truncation bounds are accepted", "[sampling]") {
  const Distribution left = Distribution::normal(0.0, 1.0, -kInf, 0.0);
  // The left half of a standard normal: its median is Phi^-1(0.25).
  CHECK(left.quantile(0.5) == Approx(-0.6744897501960817).epsilon(1e-13));
  const Distribution right = Distribution::lognormal(0.0, 1.0, 1.0, kInf);
  // The upper half of a lognormal(0, 1): its median is exp(Phi^-1(0.75)).
  CHECK(right.quantile(0.5) == Approx(std::exp(0.6744897501960817)).epsilon(1e-13));
}
