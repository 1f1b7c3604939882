// Global sensitivity of a sweep's output to its parameters: partial rank correlation
// coefficients (PRCC; Marino, Hogue, Ray and Kirschner 2008, "A methodology for performing
// global uncertainty and sensitivity analysis in systems biology", J. Theor. Biol. 254:178;
// Saltelli et al. 2008, Global Sensitivity Analysis: The Primer). A PRCC measures how strongly,
// and in which direction, the output rises or falls with one parameter once the others are
// accounted for; it assumes monotone, not linear, relationships. Works for a sample of any
// design (random, Latin hypercube, Sobol).
#pragma once

#include <Eigen/Dense>
#include <vector>

namespace lmsim::sampling {

// X: points x k parameter values, y: one output per point. Returns k PRCCs in [-1, 1]: the
// correlation of the ranks of parameter i and of y after removing the linear effect of the
// ranks of all other parameters. NaN for a parameter with a single value, and for a parameter
// whose ranks, or the output's, the other parameters' ranks explain completely (then the
// partial correlation is 0 / 0); all NaN when y is constant or points < k + 2. Throws
// std::invalid_argument when X and y have different numbers of points or hold NaN. The same
// input gives the same bits.
std::vector<double> partial_rank_correlation(const Eigen::MatrixXd& X, const Eigen::VectorXd& y);

// Ranks 1 .. n in increasing order of the values; tied values share the average of their ranks
// ({3, 1, 3} -> {2.5, 1, 2.5}). Throws std::invalid_argument for NaN values.
Eigen::VectorXd ranks(const Eigen::VectorXd& values);

}  // namespace lmsim::sampling
