// Unit tests of models/occupational_mobility: the products with the network and the movers'
// destinations are the same, to rounding, stored dense or sparse, and equal their definitions.
#include <catch2/catch.hpp>
#include <random>

#include "models/occupational_mobility.hpp"

namespace lmsim::model {
namespace {

// A row-stochastic n x n matrix with a self weight and three neighbours per row.
Eigen::MatrixXd sparse_network(Eigen::Index n) {
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    a(i, i) = 0.55;
    a(i, (i + 1) % n) = 0.2;
    a(i, (i + 7) % n) = 0.15;
    a(i, (i + 19) % n) = 0.1;
  }
  return a;
}

RowMatrix random_matrix(Eigen::Index rows, Eigen::Index cols, unsigned seed) {
  std::mt19937 generator(seed);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  RowMatrix m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = uniform(generator);
  return m;
}

TEST_CASE("dense and sparse storage of a network give the same products", "[matching]") {
  const Eigen::MatrixXd a = sparse_network(60);
  const OccupationalMobility dense(a, MobilityStorage::kDense);
  const OccupationalMobility sparse(a, MobilityStorage::kSparse);
  const OccupationalMobility automatic(a, MobilityStorage::kAuto);
  CHECK_FALSE(dense.sparse());
  CHECK(sparse.sparse());
  CHECK(automatic.sparse());  // 4 of 60 entries a row: under 10%
  CHECK_FALSE(
      OccupationalMobility(Eigen::MatrixXd::Constant(14, 14, 1.0 / 14), MobilityStorage::kAuto)
          .sparse());
  const RowMatrix x = random_matrix(3, 60, 1);
  CHECK(dense.times(x).isApprox(x * a, 1e-14));
  CHECK(sparse.times(x).isApprox(x * a, 1e-14));
  CHECK(dense.times_transposed(x).isApprox(x * a.transpose(), 1e-14));
  CHECK(sparse.times_transposed(x).isApprox(x * a.transpose(), 1e-14));
}

TEST_CASE("a network with equal rows is evaluated as rank one, with the dense products",
          "[matching]") {
  // Rows all equal (the published complete network is 1/n everywhere; here varied weights).
  const Eigen::RowVectorXd r = random_matrix(1, 70, 4);
  const Eigen::MatrixXd a = Eigen::VectorXd::Ones(70) * r;
  const OccupationalMobility automatic(a, MobilityStorage::kAuto);
  const OccupationalMobility dense(a, MobilityStorage::kDense);
  CHECK(automatic.uniform());
  CHECK_FALSE(automatic.sparse());
  CHECK_FALSE(dense.uniform());
  CHECK_FALSE(OccupationalMobility(sparse_network(60), MobilityStorage::kAuto).uniform());
  const RowMatrix x = random_matrix(3, 70, 5);
  CHECK(automatic.times(x).isApprox(dense.times(x), 1e-14));
  CHECK(automatic.times_transposed(x).isApprox(dense.times_transposed(x), 1e-14));
  const Eigen::RowVectorXd g = random_matrix(1, 70, 6);
  const RowMatrix movers = random_matrix(70, 4, 7);
  CHECK(automatic.arrivals(g, automatic.times_transposed(g), movers)
            .isApprox(dense.arrivals(g, dense.times_transposed(g), movers), 1e-13));
  CHECK(automatic.destination_shares(3, g).isApprox(dense.destination_shares(3, g), 1e-14));
}

TEST_CASE("movers go to their destinations as the network and the weights say", "[matching]") {
  const Eigen::MatrixXd a = sparse_network(40);
  const Eigen::RowVectorXd g = random_matrix(1, 40, 2);
  RowMatrix movers = random_matrix(40, 6, 3);
  movers.col(2).setZero();  // a group without movers is skipped, and stays zero
  RowMatrix expected = RowMatrix::Zero(40, 6);
  for (Eigen::Index o = 0; o < 40; ++o) {
    const Eigen::RowVectorXd weights = a.row(o).cwiseProduct(g);
    expected += (weights / weights.sum()).transpose() * movers.row(o);
  }
  for (MobilityStorage storage : {MobilityStorage::kDense, MobilityStorage::kSparse}) {
    const OccupationalMobility network(a, storage);
    const RowMatrix arrivals = network.arrivals(g, network.times_transposed(g), movers);
    CHECK(arrivals.isApprox(expected, 1e-13));
    CHECK(arrivals.col(2).isZero(0.0));
    // Nobody is lost: every group's movers all arrive somewhere.
    CHECK(arrivals.colwise().sum().isApprox(movers.colwise().sum(), 1e-13));
    const Eigen::RowVectorXd shares = network.destination_shares(5, g);
    CHECK(shares.sum() == Approx(1.0).epsilon(1e-14));
    CHECK(shares(6) > 0.0);
    CHECK(shares(7) == 0.0);
  }
  const OccupationalMobility network(a, MobilityStorage::kSparse);
  CHECK(network.destination_shares(5, Eigen::RowVectorXd::Zero(40)).isZero(0.0));
}

}  // namespace
}  // namespace lmsim::model
