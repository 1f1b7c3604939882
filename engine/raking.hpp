// Iterative proportional fitting (raking): scales a non-negative seed matrix until its row and
// column sums match given margins (Deming and Stephan, 1940). Used to combine a structure
// (e.g. education mix by occupation) with known totals. The margins must have the same sum.
#pragma once

#include <Eigen/Dense>

namespace lmsim {

// Returns the raked matrix; stops when every margin is met to tolerance_rel or after
// max_iterations.
Eigen::MatrixXd rake(Eigen::MatrixXd seed, const Eigen::VectorXd& row_totals,
                     const Eigen::VectorXd& column_totals, double tolerance_rel = 1e-12,
                     int max_iterations = 500);

}  // namespace lmsim
