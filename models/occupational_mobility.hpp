// Pocc, the occupational mobility network (row o: where searchers of occupation o apply), and the
// products the matching takes with it. lmsim's 14 occupations form a dense matrix; a published
// network of hundreds of occupations links each to a few neighbours and is evaluated as a sparse
// matrix; a network whose rows are all the same (the published complete network, 1/n everywhere)
// is the rank-one matrix 1 r, whose products take one sum or one dot product per row of x. The
// three give the same results to rounding (tests/models/test_occupational_mobility.cpp).
#pragma once

#include <Eigen/SparseCore>

#include "models/data_set.hpp"
#include "models/row_matrix.hpp"

namespace lmsim::model {

class OccupationalMobility {
 public:
  OccupationalMobility() = default;
  // kAuto takes the uniform form when every row equals the first, else stores the matrix sparse
  // when at most kSparseDensity of its entries are non-zero.
  OccupationalMobility(const Eigen::MatrixXd& matrix, MobilityStorage storage);
  static constexpr double kSparseDensity = 0.1;

  enum class Form { kDense, kSparse, kUniform };
  bool sparse() const { return form_ == Form::kSparse; }
  bool uniform() const { return form_ == Form::kUniform; }

  RowMatrix times(const RowMatrix& x) const;             // x Pocc
  RowMatrix times_transposed(const RowMatrix& x) const;  // x Pocc^T

  // Where a hired searcher of occupation o goes: o' with weight Pocc[o,o'] g[o'], normalised
  // (zero when no destination has weight).
  Eigen::RowVectorXd destination_shares(Eigen::Index o, const Eigen::RowVectorXd& g) const;
  // The movers of every occupation (rows) and group (columns) sent to their destinations:
  // arrivals[o', k] = sum_o destination_shares(o, g)[o'] movers[o, k]. norm is g Pocc^T, the
  // shares' denominators, as the matching has computed them. In a large network only the groups
  // that hold movers are multiplied.
  RowMatrix arrivals(const Eigen::RowVectorXd& g, const Eigen::RowVectorXd& norm,
                     const RowMatrix& movers) const;

 private:
  RowMatrix dense_;
  Eigen::SparseMatrix<double, Eigen::RowMajor> sparse_matrix_;
  Eigen::RowVectorXd row_;  // r, the one row of a uniform network
  Form form_ = Form::kDense;
};

}  // namespace lmsim::model
