#include "engine/raking.hpp"

#include <cmath>

namespace lmsim {
namespace {

void scale_rows(Eigen::MatrixXd& m, const Eigen::VectorXd& targets) {
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    const double sum = m.row(i).sum();
    if (sum > 0.0) m.row(i) *= targets(i) / sum;
  }
}

double worst_error(const Eigen::MatrixXd& m, const Eigen::VectorXd& rows,
                   const Eigen::VectorXd& cols) {
  const double scale = std::max(rows.sum(), 1e-300);
  const double row_error = (m.rowwise().sum() - rows).cwiseAbs().maxCoeff();
  const double col_error = (m.colwise().sum().transpose() - cols).cwiseAbs().maxCoeff();
  return std::max(row_error, col_error) / scale;
}

}  // namespace

Eigen::MatrixXd rake(Eigen::MatrixXd seed, const Eigen::VectorXd& row_totals,
                     const Eigen::VectorXd& column_totals, double tolerance_rel,
                     int max_iterations) {
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    scale_rows(seed, row_totals);
    Eigen::MatrixXd transposed = seed.transpose();
    scale_rows(transposed, column_totals);
    seed = transposed.transpose();
    if (worst_error(seed, row_totals, column_totals) <= tolerance_rel) break;
  }
  return seed;
}

}  // namespace lmsim
