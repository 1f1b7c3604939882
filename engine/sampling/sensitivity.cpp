// Partial rank correlation coefficients (see sensitivity.hpp). The PRCC of parameter i is the
// partial correlation of rank(x_i) and rank(y) given the ranks of the other parameters. With C
// the correlation matrix of all the ranks and P = C^-1, it is -P(i, y) / sqrt(P(i, i) P(y, y))
// (Whittaker 1990, Graphical Models in Applied Multivariate Statistics, sect. 5.7), the same
// number as the correlation of the residuals of regressing rank(x_i) and rank(y) on the other
// ranks (Marino et al. 2008, sect. 2.6.3), computed once for all parameters.
//
// When some ranks are a linear function of others (typically an output that is an exact
// monotone function of one parameter), C is singular and that formula fails: a pseudo-inverse
// gives the wrong sign. Then each PRCC is computed from its definition instead, through the
// partial covariance of (x_i, y) given the others, C_AA - C_AZ C_ZZ^+ C_ZA (the covariance of
// the regression residuals), and is NaN where a residual vanishes.
#include "engine/sampling/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace lmsim::sampling {
namespace {

constexpr double kNotANumber = std::numeric_limits<double>::quiet_NaN();

// Below this share of its variance (a correlation matrix has 1 on the diagonal), what is left of
// a rank column after removing the others is rounding error: the others explain it completely.
constexpr double kExplainedCompletely = 1e-10;

bool is_constant(const Eigen::VectorXd& values) {
  return values.size() == 0 || values.minCoeff() == values.maxCoeff();
}

// Columns: the ranks of the parameters that vary, then those of y, minus their mean (n + 1) / 2.
// Ranks are multiples of 1/2, so these are exact, and so is their cross-product matrix as long as
// its entries (of order n^3 / 12) stay below 2^53: for up to about 400,000 points.
Eigen::MatrixXd centred_ranks(const Eigen::MatrixXd& X, const std::vector<Eigen::Index>& varying,
                              const Eigen::VectorXd& y) {
  const Eigen::Index n = X.rows();
  const double mean_rank = 0.5 * static_cast<double>(n + 1);
  const auto columns = static_cast<Eigen::Index>(varying.size()) + 1;
  Eigen::MatrixXd centred(n, columns);
  for (Eigen::Index c = 0; c + 1 < columns; ++c) {
    centred.col(c) = ranks(X.col(varying[static_cast<std::size_t>(c)])).array() - mean_rank;
  }
  centred.col(columns - 1) = ranks(y).array() - mean_rank;
  return centred;
}

Eigen::MatrixXd correlation_matrix(const Eigen::MatrixXd& centred) {
  const Eigen::MatrixXd cross = centred.transpose() * centred;
  const Eigen::VectorXd scale = cross.diagonal().cwiseSqrt();
  Eigen::MatrixXd correlation(cross.rows(), cross.cols());
  for (Eigen::Index i = 0; i < cross.rows(); ++i) {
    for (Eigen::Index j = 0; j < cross.cols(); ++j) {
      correlation(i, j) = cross(i, j) / (scale(i) * scale(j));
    }
  }
  return correlation;
}

Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> decomposition(const Eigen::MatrixXd& m) {
  Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(m.rows(), m.cols());
  cod.setThreshold(kExplainedCompletely);  // before compute: it decides the rank
  cod.compute(m);
  return cod;
}

double bounded_correlation(double covariance, double variance_a, double variance_b) {
  if (!(variance_a > kExplainedCompletely && variance_b > kExplainedCompletely)) {
    return kNotANumber;
  }
  return std::clamp(covariance / std::sqrt(variance_a * variance_b), -1.0, 1.0);
}

// The partial correlations of every column but the last with the last (y), or nothing when the
// correlation matrix is singular or nearly so (1 / P(v, v) is the share of column v's variance
// that the other columns leave unexplained).
std::vector<double> partial_correlations_from_inverse(const Eigen::MatrixXd& correlation) {
  const auto cod = decomposition(correlation);
  if (cod.rank() < correlation.rows()) return {};
  const Eigen::MatrixXd precision = cod.pseudoInverse();
  const Eigen::Index last = correlation.rows() - 1;
  if ((precision.diagonal().array() * kExplainedCompletely >= 1.0).any()) return {};
  std::vector<double> partial;
  for (Eigen::Index i = 0; i < last; ++i) {
    partial.push_back(
        bounded_correlation(-precision(i, last), precision(i, i), precision(last, last)));
  }
  return partial;
}

// The partial correlation of column i with the last column given all the others, from the
// partial covariance C_AA - C_AZ C_ZZ^+ C_ZA, A = {i, last}, Z = the rest (the covariance of the
// residuals of regressing the two on Z).
double partial_correlation_by_definition(const Eigen::MatrixXd& correlation, Eigen::Index i) {
  const Eigen::Index last = correlation.rows() - 1;
  std::vector<Eigen::Index> others;
  for (Eigen::Index c = 0; c < last; ++c) {
    if (c != i) others.push_back(c);
  }
  const std::vector<Eigen::Index> pair = {i, last};
  Eigen::MatrixXd partial = correlation(pair, pair);
  if (!others.empty()) {
    const Eigen::MatrixXd controls = correlation(others, others);
    const Eigen::MatrixXd cross = correlation(others, pair);
    partial -= cross.transpose() * decomposition(controls).solve(cross);
  }
  return bounded_correlation(partial(0, 1), partial(0, 0), partial(1, 1));
}

}  // namespace

Eigen::VectorXd ranks(const Eigen::VectorXd& values) {
  const Eigen::Index n = values.size();
  for (Eigen::Index i = 0; i < n; ++i) {
    if (std::isnan(values(i))) {
      throw std::invalid_argument("ranks: value " + std::to_string(i) +
                                  " is NaN; only numbers can be ranked");
    }
  }
  std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), Eigen::Index{0});
  std::sort(order.begin(), order.end(),
            [&values](Eigen::Index a, Eigen::Index b) { return values(a) < values(b); });
  Eigen::VectorXd result(n);
  std::size_t first = 0;
  while (first < order.size()) {
    std::size_t last = first;
    while (last + 1 < order.size() && values(order[last + 1]) == values(order[first])) ++last;
    // The average of the ranks first + 1 .. last + 1.
    const double shared_rank = 0.5 * static_cast<double>(first + last + 2);
    for (std::size_t k = first; k <= last; ++k) result(order[k]) = shared_rank;
    first = last + 1;
  }
  return result;
}

std::vector<double> partial_rank_correlation(const Eigen::MatrixXd& X, const Eigen::VectorXd& y) {
  if (X.rows() != y.size()) {
    throw std::invalid_argument("partial rank correlation: " + std::to_string(X.rows()) +
                                " points of parameters but " + std::to_string(y.size()) +
                                " outputs");
  }
  if (X.hasNaN() || y.hasNaN()) {
    throw std::invalid_argument("partial rank correlation: parameters and outputs must not be NaN");
  }
  const Eigen::Index k = X.cols();
  std::vector<double> prcc(static_cast<std::size_t>(k), kNotANumber);
  if (X.rows() < k + 2 || is_constant(y)) return prcc;
  std::vector<Eigen::Index> varying;
  for (Eigen::Index i = 0; i < k; ++i) {
    if (!is_constant(X.col(i))) varying.push_back(i);
  }
  if (varying.empty()) return prcc;
  const Eigen::MatrixXd correlation = correlation_matrix(centred_ranks(X, varying, y));
  std::vector<double> partial = partial_correlations_from_inverse(correlation);
  if (partial.empty()) {
    for (std::size_t c = 0; c < varying.size(); ++c) {
      partial.push_back(
          partial_correlation_by_definition(correlation, static_cast<Eigen::Index>(c)));
    }
  }
  for (std::size_t c = 0; c < varying.size(); ++c) {
    prcc[static_cast<std::size_t>(varying[c])] = partial[c];
  }
  return prcc;
}

}  // namespace lmsim::sampling
