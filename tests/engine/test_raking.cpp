// Unit tests of engine/raking: iterative proportional fitting meets both margins, keeps the
// zeros of the seed and leaves a seed that already fits unchanged.
#include <catch2/catch.hpp>

#include <Eigen/Dense>

#include "engine/raking.hpp"

namespace {

double worst_margin_error(const Eigen::MatrixXd& m, const Eigen::VectorXd& rows,
                          const Eigen::VectorXd& columns) {
  const double row_error = (m.rowwise().sum() - rows).cwiseAbs().maxCoeff();
  const double column_error = (m.colwise().sum().transpose() - columns).cwiseAbs().maxCoeff();
  return std::max(row_error, column_error);
}

}  // namespace

TEST_CASE("rake meets both margins within 1e-10", "[engine]") {
  Eigen::MatrixXd seed(3, 4);
  seed << 1.0, 2.0, 3.0, 4.0,  //
      2.0, 1.0, 0.5, 3.0,      //
      5.0, 1.0, 1.0, 1.0;
  Eigen::VectorXd rows(3);
  rows << 30.0, 50.0, 20.0;
  Eigen::VectorXd columns(4);
  columns << 25.0, 25.0, 10.0, 40.0;
  const Eigen::MatrixXd raked = lmsim::rake(seed, rows, columns);
  REQUIRE(raked.rows() == 3);
  REQUIRE(raked.cols() == 4);
  CHECK(worst_margin_error(raked, rows, columns) <= 1e-10);
  CHECK((raked.array() > 0.0).all());
}

TEST_CASE("rake keeps zeros of the seed at zero", "[engine]") {
  Eigen::MatrixXd seed(3, 3);
  seed << 0.0, 1.0, 2.0,  //
      3.0, 0.0, 1.0,      //
      1.0, 1.0, 0.0;
  Eigen::VectorXd rows(3);
  rows << 10.0, 20.0, 30.0;
  Eigen::VectorXd columns(3);
  columns << 25.0, 15.0, 20.0;
  const Eigen::MatrixXd raked = lmsim::rake(seed, rows, columns);
  CHECK(worst_margin_error(raked, rows, columns) <= 1e-10);
  for (Eigen::Index i = 0; i < 3; ++i) {
    for (Eigen::Index j = 0; j < 3; ++j) {
      INFO(i << "," << j);
      if (seed(i, j) == 0.0) {
        CHECK(raked(i, j) == 0.0);
      } else {
        CHECK(raked(i, j) > 0.0);
      }
    }
  }
}

TEST_CASE("rake keeps the odds ratios of the seed", "[engine]") {
  // Raking scales rows and columns only, so cross-product ratios are invariant.
  Eigen::MatrixXd seed(2, 3);
  seed << 1.0, 2.0, 4.0,  //
      3.0, 1.0, 2.0;
  Eigen::VectorXd rows(2);
  rows << 70.0, 30.0;
  Eigen::VectorXd columns(3);
  columns << 20.0, 30.0, 50.0;
  const Eigen::MatrixXd raked = lmsim::rake(seed, rows, columns);
  CHECK(worst_margin_error(raked, rows, columns) <= 1e-10);
  const auto odds = [](const Eigen::MatrixXd& m, Eigen::Index j, Eigen::Index k) {
    return (m(0, j) * m(1, k)) / (m(0, k) * m(1, j));
  };
  CHECK(odds(raked, 0, 1) == Approx(odds(seed, 0, 1)).epsilon(1e-10));
  CHECK(odds(raked, 1, 2) == Approx(odds(seed, 1, 2)).epsilon(1e-10));
}

TEST_CASE("rake leaves a seed that already meets the margins unchanged", "[engine]") {
  Eigen::MatrixXd seed(2, 2);
  seed << 1.0, 2.0,  //
      3.0, 4.0;
  const Eigen::VectorXd rows = seed.rowwise().sum();
  const Eigen::VectorXd columns = seed.colwise().sum().transpose();
  const Eigen::MatrixXd raked = lmsim::rake(seed, rows, columns);
  CHECK((raked - seed).cwiseAbs().maxCoeff() <= 1e-12);
}

TEST_CASE("rake of a uniform seed gives the independence table", "[engine]") {
  const Eigen::MatrixXd seed = Eigen::MatrixXd::Ones(3, 2);
  Eigen::VectorXd rows(3);
  rows << 10.0, 30.0, 60.0;
  Eigen::VectorXd columns(2);
  columns << 40.0, 60.0;
  const Eigen::MatrixXd raked = lmsim::rake(seed, rows, columns);
  for (Eigen::Index i = 0; i < 3; ++i) {
    for (Eigen::Index j = 0; j < 2; ++j) {
      CHECK(raked(i, j) == Approx(rows(i) * columns(j) / 100.0).epsilon(1e-12));
    }
  }
}
