// Unit tests of engine/sampling/sensitivity: ranks with ties, and partial rank correlation
// coefficients against their definition (the correlation of residuals of least-squares
// regressions on the other ranks, computed here independently), their sign and size for known
// relationships, and the cases where they are undefined.
#include <catch2/catch.hpp>

#include <Eigen/Dense>
#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "engine/sampling/design.hpp"
#include "engine/sampling/sensitivity.hpp"

namespace {

using lmsim::sampling::DesignKind;
using lmsim::sampling::partial_rank_correlation;
using lmsim::sampling::ranks;
using lmsim::sampling::unit_design;

Eigen::VectorXd vector_of(std::initializer_list<double> values) {
  Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
  Eigen::Index i = 0;
  for (const double x : values) v(i++) = x;
  return v;
}

// PRCC of column i by its definition (Marino et al. 2008, sect. 2.6.3): regress rank(x_i) and
// rank(y) on a constant and the ranks of the other columns (least squares on the data by a
// complete orthogonal decomposition, which also handles collinear columns), and correlate the
// residuals.
double prcc_by_residuals(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, Eigen::Index i) {
  Eigen::MatrixXd others(X.rows(), X.cols());
  others.col(0).setOnes();
  Eigen::Index c = 1;
  for (Eigen::Index j = 0; j < X.cols(); ++j) {
    if (j != i) others.col(c++) = ranks(X.col(j));
  }
  const auto least_squares = others.completeOrthogonalDecomposition();
  const Eigen::VectorXd rank_x = ranks(X.col(i));
  const Eigen::VectorXd rank_y = ranks(y);
  const Eigen::VectorXd residual_x = rank_x - others * least_squares.solve(rank_x);
  const Eigen::VectorXd residual_y = rank_y - others * least_squares.solve(rank_y);
  return residual_x.dot(residual_y) / (residual_x.norm() * residual_y.norm());
}

// Parameters of a sweep: a random design of `points` points, with a value per point of an
// extra column of `noise` that the output depends on but that is not a parameter.
struct Sample {
  Eigen::MatrixXd X;
  Eigen::VectorXd noise;
};

Sample sample(Eigen::Index points, Eigen::Index parameters, std::uint64_t seed) {
  const Eigen::MatrixXd u = unit_design(DesignKind::kRandom, static_cast<std::size_t>(points),
                                        static_cast<std::size_t>(parameters + 1), seed);
  return {u.leftCols(parameters), u.col(parameters)};
}

}  // namespace

TEST_CASE("ranks are 1-based and tied values share the average of their ranks", "[sampling]") {
  CHECK(ranks(vector_of({3.0, 1.0, 3.0})) == vector_of({2.5, 1.0, 2.5}));
  CHECK(ranks(vector_of({5.0, 4.0, 3.0, 2.0, 1.0})) == vector_of({5.0, 4.0, 3.0, 2.0, 1.0}));
  CHECK(ranks(vector_of({7.0, 7.0, 7.0, 7.0})) == vector_of({2.5, 2.5, 2.5, 2.5}));
  CHECK(ranks(vector_of({0.0, -0.0, -1.0})) == vector_of({2.5, 2.5, 1.0}));
  CHECK(ranks(vector_of({2.0, 9.0, 2.0, -4.0, 9.0, 2.0})) ==
        vector_of({3.0, 5.5, 3.0, 1.0, 5.5, 3.0}));
  CHECK(ranks(Eigen::VectorXd()).size() == 0);
  CHECK_THROWS_AS(ranks(vector_of({1.0, std::nan("")})), std::invalid_argument);
}

TEST_CASE("PRCC is near 1 for the parameter that drives the output and small for the others",
          "[sampling]") {
  const Sample s = sample(1000, 3, 11);
  // y rises with x1 only, plus a little noise from outside the parameters.
  const Eigen::VectorXd y = s.X.col(0).array().cube() + 0.05 * s.noise.array();
  const std::vector<double> prcc = partial_rank_correlation(s.X, y);
  REQUIRE(prcc.size() == 3);
  CHECK(prcc[0] > 0.95);
  // Under independence a PRCC has standard deviation about 1 / sqrt(n) = 0.03 here.
  CHECK(std::abs(prcc[1]) < 0.1);
  CHECK(std::abs(prcc[2]) < 0.1);
}

TEST_CASE("the sign of a PRCC follows the direction of the effect", "[sampling]") {
  const Sample s = sample(500, 3, 12);
  const Eigen::VectorXd y =
      s.X.col(0).array().exp() - 2.0 * s.X.col(1).array().square() + 0.3 * s.noise.array();
  const std::vector<double> prcc = partial_rank_correlation(s.X, y);
  CHECK(prcc[0] > 0.5);
  CHECK(prcc[1] < -0.5);
  CHECK(std::abs(prcc[2]) < 0.15);
}

TEST_CASE("PRCC equals the correlation of regression residuals", "[sampling]") {
  Sample s = sample(300, 5, 13);
  // One parameter with few values (ties in its ranks), as from a discrete distribution.
  s.X.col(3) = (s.X.col(3).array() * 4.0).floor();
  const Eigen::VectorXd y = s.X.col(0).array() + 2.0 * s.X.col(1).array().square() -
                            s.X.col(2).array() * s.X.col(3).array() + 0.5 * s.noise.array();
  const std::vector<double> prcc = partial_rank_correlation(s.X, y);
  REQUIRE(prcc.size() == 5);
  for (Eigen::Index i = 0; i < 5; ++i) {
    INFO("parameter " << i);
    CHECK(prcc[static_cast<std::size_t>(i)] == Approx(prcc_by_residuals(s.X, y, i)).margin(1e-10));
  }
}

TEST_CASE("PRCC depends on ranks only: monotone transformations change nothing", "[sampling]") {
  const Sample s = sample(200, 3, 14);
  const Eigen::VectorXd y = s.X.col(0).array() - s.X.col(1).array() + s.noise.array();
  const Eigen::MatrixXd transformed_X = s.X.array().exp() * 3.0 - 1.0;
  const Eigen::VectorXd transformed_y = y.array().cube();
  const std::vector<double> prcc = partial_rank_correlation(s.X, y);
  const std::vector<double> transformed = partial_rank_correlation(transformed_X, transformed_y);
  CHECK(prcc == transformed);
}

TEST_CASE("PRCC is NaN where it is undefined", "[sampling]") {
  Sample s = sample(100, 3, 15);
  const Eigen::VectorXd y = s.X.col(0).array() + s.noise.array();

  SECTION("a parameter with a single value") {
    Eigen::MatrixXd X = s.X;
    X.col(1).setConstant(0.3);
    const std::vector<double> prcc = partial_rank_correlation(X, y);
    CHECK(std::isnan(prcc[1]));
    // The others are those of the sample without that parameter.
    Eigen::MatrixXd without(X.rows(), 2);
    without << X.col(0), X.col(2);
    const std::vector<double> reduced = partial_rank_correlation(without, y);
    CHECK(prcc[0] == Approx(reduced[0]).margin(1e-12));
    CHECK(prcc[2] == Approx(reduced[1]).margin(1e-12));
  }
  SECTION("a constant output") {
    const std::vector<double> prcc =
        partial_rank_correlation(s.X, Eigen::VectorXd::Constant(100, 2.0));
    for (const double p : prcc) CHECK(std::isnan(p));
  }
  SECTION("fewer points than parameters + 2") {
    const std::vector<double> prcc = partial_rank_correlation(s.X.topRows(4), y.head(4));
    REQUIRE(prcc.size() == 3);
    for (const double p : prcc) CHECK(std::isnan(p));
    const std::vector<double> enough = partial_rank_correlation(s.X.topRows(5), y.head(5));
    for (const double p : enough) CHECK_FALSE(std::isnan(p));
  }
}

TEST_CASE("PRCC of an output that is an exact monotone function of one parameter", "[sampling]") {
  // The ranks of y equal those of x1: x1 explains y completely (PRCC 1), and nothing of y is left
  // for the other parameters once x1 is accounted for (0 / 0: NaN). The correlation matrix of the
  // ranks is singular here.
  const Sample s = sample(200, 3, 16);
  const Eigen::VectorXd y = s.X.col(0).array().exp();
  const std::vector<double> prcc = partial_rank_correlation(s.X, y);
  CHECK(prcc[0] == Approx(1.0).margin(1e-12));
  CHECK(std::isnan(prcc[1]));
  CHECK(std::isnan(prcc[2]));
  const Eigen::VectorXd falling = -y;
  CHECK(partial_rank_correlation(s.X, falling)[0] == Approx(-1.0).margin(1e-12));
}

TEST_CASE("PRCC of two parameters that always move together", "[sampling]") {
  // x2 has the ranks of x1: each explains the other completely, so neither has a partial
  // correlation of its own; x3's is still the one of its regression residuals.
  Sample s = sample(200, 3, 17);
  s.X.col(1) = s.X.col(0).array() * 2.0 + 1.0;
  const Eigen::VectorXd y = s.X.col(0).array() + s.X.col(2).array() + s.noise.array();
  const std::vector<double> prcc = partial_rank_correlation(s.X, y);
  CHECK(std::isnan(prcc[0]));
  CHECK(std::isnan(prcc[1]));
  CHECK(prcc[2] == Approx(prcc_by_residuals(s.X, y, 2)).margin(1e-10));
  CHECK(prcc[2] > 0.3);
}

TEST_CASE("PRCC gives the same bits for the same input", "[sampling]") {
  const Sample s = sample(250, 4, 18);
  const Eigen::VectorXd y = s.X.rowwise().sum() + s.noise;
  const std::vector<double> first = partial_rank_correlation(s.X, y);
  const std::vector<double> second = partial_rank_correlation(s.X, y);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(std::bit_cast<std::uint64_t>(first[i]) == std::bit_cast<std::uint64_t>(second[i]));
    CHECK(first[i] >= -1.0);
    CHECK(first[i] <= 1.0);
  }
}

TEST_CASE("PRCC refuses mismatched sizes and NaN", "[sampling]") {
  using Catch::Matchers::Contains;
  const Sample s = sample(20, 2, 19);
  CHECK_THROWS_WITH(partial_rank_correlation(s.X, s.noise.head(19)),
                    Contains("20 points of parameters but 19 outputs"));
  Eigen::VectorXd y = s.noise;
  y(3) = std::nan("");
  CHECK_THROWS_AS(partial_rank_correlation(s.X, y), std::invalid_argument);
}
