// Row-major dense matrices: the layout of lmsim's region x occupation cells.
#pragma once

#include <Eigen/Dense>

namespace lmsim::model {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

}  // namespace lmsim::model
