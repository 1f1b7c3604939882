#include "models/occupational_mobility.hpp"

#include <vector>

namespace lmsim::model {

OccupationalMobility::OccupationalMobility(const Eigen::MatrixXd& matrix, MobilityStorage storage)
    : dense_(matrix) {
  const auto entries = static_cast<double>(matrix.size());
  const auto non_zero = static_cast<double>((matrix.array() != 0.0).count());
  sparse_ = storage == MobilityStorage::kSparse ||
            (storage == MobilityStorage::kAuto && non_zero <= kSparseDensity * entries);
  if (sparse_) sparse_matrix_ = dense_.sparseView();
}

RowMatrix OccupationalMobility::times(const RowMatrix& x) const {
  if (sparse_) return x * sparse_matrix_;
  return x * dense_;
}

RowMatrix OccupationalMobility::times_transposed(const RowMatrix& x) const {
  if (sparse_) return x * sparse_matrix_.transpose();
  return x * dense_.transpose();
}

Eigen::RowVectorXd OccupationalMobility::destination_shares(Eigen::Index o,
                                                            const Eigen::RowVectorXd& g) const {
  Eigen::RowVectorXd shares = Eigen::RowVectorXd::Zero(dense_.cols());
  double norm = 0.0;
  if (sparse_) {
    for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(sparse_matrix_, o); it;
         ++it) {
      shares(it.col()) = it.value() * g(it.col());
      norm += shares(it.col());
    }
  } else {
    shares = dense_.row(o).cwiseProduct(g);
    norm = dense_.row(o).dot(g);
  }
  if (norm <= 0.0) return Eigen::RowVectorXd::Zero(dense_.cols());
  return shares / norm;
}

RowMatrix OccupationalMobility::arrivals(const Eigen::RowVectorXd& g,
                                         const RowMatrix& movers) const {
  const Eigen::Index O = dense_.rows();
  std::vector<Eigen::Index> groups;
  for (Eigen::Index k = 0; k < movers.cols(); ++k) {
    if ((movers.col(k).array() != 0.0).any()) groups.push_back(k);
  }
  RowMatrix result = RowMatrix::Zero(O, movers.cols());
  if (groups.empty()) return result;
  // arrivals[o', k] = g[o'] sum_o Pocc[o,o'] movers[o,k] / norm[o], norm = Pocc g: two products
  // with the network instead of the O x O matrix of destination shares.
  const Eigen::VectorXd norm = times_transposed(g).transpose();
  RowMatrix scaled(O, static_cast<Eigen::Index>(groups.size()));
  for (std::size_t i = 0; i < groups.size(); ++i) {
    scaled.col(static_cast<Eigen::Index>(i)) = movers.col(groups[i]);
  }
  for (Eigen::Index o = 0; o < O; ++o) {
    // An occupation with movers reaches some vacancy (its finding rate is positive): norm > 0.
    scaled.row(o) *= norm(o) > 0.0 ? 1.0 / norm(o) : 0.0;
  }
  const RowMatrix sent = times(scaled.transpose()).transpose();
  for (std::size_t i = 0; i < groups.size(); ++i) {
    result.col(groups[i]) = sent.col(static_cast<Eigen::Index>(i)).cwiseProduct(g.transpose());
  }
  return result;
}

}  // namespace lmsim::model
