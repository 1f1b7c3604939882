#include "models/occupational_mobility.hpp"

#include <vector>

#include "models/vector_width.hpp"

namespace lmsim::model {

namespace {

bool rows_all_equal(const Eigen::MatrixXd& matrix) {
  for (Eigen::Index r = 1; r < matrix.rows(); ++r) {
    if (matrix.row(r) != matrix.row(0)) return false;
  }
  return matrix.rows() > 0;
}

OccupationalMobility::Form chosen_form(const Eigen::MatrixXd& matrix, MobilityStorage storage) {
  using Form = OccupationalMobility::Form;
  if (storage == MobilityStorage::kDense) return Form::kDense;
  if (storage == MobilityStorage::kSparse) return Form::kSparse;
  if (rows_all_equal(matrix)) return Form::kUniform;
  const auto entries = static_cast<double>(matrix.size());
  const auto non_zero = static_cast<double>((matrix.array() != 0.0).count());
  return non_zero <= OccupationalMobility::kSparseDensity * entries ? Form::kSparse : Form::kDense;
}

}  // namespace

OccupationalMobility::OccupationalMobility(const Eigen::MatrixXd& matrix, MobilityStorage storage)
    : dense_(matrix), form_(chosen_form(matrix, storage)) {
  if (sparse()) sparse_matrix_ = dense_.sparseView();
  if (uniform()) row_ = dense_.row(0);
}

RowMatrix OccupationalMobility::times(const RowMatrix& x) const {
  if (sparse()) return x * sparse_matrix_;
  if (uniform()) return x.rowwise().sum() * row_;  // x 1 r
  return x * dense_;
}

RowMatrix OccupationalMobility::times_transposed(const RowMatrix& x) const {
  if (sparse()) return x * sparse_matrix_.transpose();
  if (uniform()) return (x * row_.transpose()).replicate(1, dense_.rows());  // (x r^T) 1^T
  return x * dense_.transpose();
}

Eigen::RowVectorXd OccupationalMobility::destination_shares(Eigen::Index o,
                                                            const Eigen::RowVectorXd& g) const {
  Eigen::RowVectorXd shares = Eigen::RowVectorXd::Zero(dense_.cols());
  double norm = 0.0;
  if (sparse()) {
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

namespace {

// y += a x over n values. Each y[k] takes its terms one after another, in the order of the calls,
// so the result is the same whatever the vector width (vector_width.hpp).
LMSIM_INLINE void add_multiple_loop(double* __restrict y, double a, const double* __restrict x,
                                    std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) y[k] += a * x[k];
}

LMSIM_AVX2 void add_multiple_avx2(double* __restrict y, double a, const double* __restrict x,
                                  std::size_t n) {
  add_multiple_loop(y, a, x, n);
}

void add_multiple(double* __restrict y, double a, const double* __restrict x, std::size_t n) {
  if (processor_has_avx2()) {
    add_multiple_avx2(y, a, x, n);
  } else {
    add_multiple_loop(y, a, x, n);
  }
}

// Up to this many occupations a dense network's products cost less than looking for the groups
// without movers.
constexpr Eigen::Index kSmallNetwork = 64;

// The columns (groups) of a row-major matrix that hold a non-zero value, read row by row.
std::vector<Eigen::Index> columns_in_use(const RowMatrix& m) {
  std::vector<char> used(static_cast<std::size_t>(m.cols()), 0);
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    for (Eigen::Index c = 0; c < m.cols(); ++c) used[static_cast<std::size_t>(c)] |= m(r, c) != 0.0;
  }
  std::vector<Eigen::Index> columns;
  for (Eigen::Index c = 0; c < m.cols(); ++c) {
    if (used[static_cast<std::size_t>(c)] != 0) columns.push_back(c);
  }
  return columns;
}

}  // namespace

RowMatrix OccupationalMobility::arrivals(const Eigen::RowVectorXd& g,
                                         const Eigen::RowVectorXd& norm,
                                         const RowMatrix& movers) const {
  if (movers.cols() == 0) return RowMatrix::Zero(movers.rows(), 0);  // no group holds persons
  if (!sparse() && dense_.rows() <= kSmallNetwork) {
    // lmsim's own occupations: the movers of each occupation added to their destinations, row by
    // row, every group.
    RowMatrix result = RowMatrix::Zero(movers.rows(), movers.cols());
    const auto groups = static_cast<std::size_t>(movers.cols());
    for (Eigen::Index o = 0; o < dense_.rows(); ++o) {
      const Eigen::RowVectorXd shares = destination_shares(o, g);
      for (Eigen::Index to = 0; to < dense_.cols(); ++to) {
        if (shares(to) != 0.0) add_multiple(&result(to, 0), shares(to), &movers(o, 0), groups);
      }
    }
    return result;
  }
  // A large network: the same shares as destination_shares, as two products with the network
  // instead of the O x O matrix of shares, arrivals[o', k] = g[o'] sum_o Pocc[o,o'] movers[o,k]
  // / norm[o], over the groups that hold movers only. An occupation with movers reaches some
  // vacancy (its finding rate is positive), so its norm is positive.
  const std::vector<Eigen::Index> groups = columns_in_use(movers);
  const Eigen::VectorXd inverse =
      norm.transpose().unaryExpr([](double n) { return n > 0.0 ? 1.0 / n : 0.0; });
  RowMatrix scaled(movers.rows(), static_cast<Eigen::Index>(groups.size()));
  for (std::size_t i = 0; i < groups.size(); ++i)
    scaled.col(static_cast<Eigen::Index>(i)) = inverse.cwiseProduct(movers.col(groups[i]));
  // sent = Pocc^T scaled, taken as (scaled^T Pocc)^T: Eigen would copy a transposed sparse
  // matrix on every call.
  const RowMatrix sent = times(scaled.transpose()).transpose();
  RowMatrix result = RowMatrix::Zero(movers.rows(), movers.cols());
  for (std::size_t i = 0; i < groups.size(); ++i)
    result.col(groups[i]) = sent.col(static_cast<Eigen::Index>(i)).cwiseProduct(g.transpose());
  return result;
}

}  // namespace lmsim::model
