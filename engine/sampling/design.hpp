// Sampling designs for parameter sweeps: where in the unit hypercube the runs of a sweep go.
// A point's coordinates are probabilities, turned into parameter values by each parameter's
// Distribution::quantile. Designs are pure functions of their arguments: the same
// (kind, points, dimensions, seed) gives the same bits on any machine (counter-based random
// numbers, Random123's Philox4x32-10, Salmon et al. 2011; no generator state, no std:: engines).
#pragma once

#include <Eigen/Dense>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lmsim::sampling {

enum class DesignKind {
  kRandom,          // independent uniforms (plain Monte Carlo)
  kLatinHypercube,  // one point in each of the n equal strata of every dimension (McKay et al.
                    // 1979)
  kSobol,           // Sobol' low-discrepancy sequence with a random digital shift
};

// The largest number of dimensions of a Sobol design (Boost's table of direction numbers,
// Joe and Kuo 2008).
inline constexpr std::size_t kMaxSobolDimensions = 3667;

// Row i is point i; every coordinate lies strictly inside (0, 1). Throws std::invalid_argument
// for zero points or dimensions, and for a Sobol design of more than kMaxSobolDimensions.
Eigen::MatrixXd unit_design(DesignKind kind, std::size_t points, std::size_t dimensions,
                            std::uint64_t seed);

// Every combination of levels: one row of level indices per combination, the last dimension
// varying fastest (row r of levels {2, 3} is {r / 3, r % 3}); the product of the level counts
// rows (no rows when a count is 0, one empty row for no dimensions).
std::vector<std::vector<std::size_t>> full_factorial(const std::vector<std::size_t>& levels);

}  // namespace lmsim::sampling
