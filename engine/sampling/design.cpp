// Sampling designs of the unit hypercube (see design.hpp). Every random number is a Philox4x32-10
// block (Salmon et al. 2011, "Parallel random numbers: as easy as 1, 2, 3") keyed by the seed,
// with the counter (index, dimension, stream): a pure function, the same on every machine.
#include "engine/sampling/design.hpp"

#include <Random123/philox.h>

#include <array>
#include <boost/random/sobol.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace lmsim::sampling {
namespace {

// What the numbers of a block are for; each stream has its own counters. The stream sits in the
// top 8 bits of the last counter word, the low 24 bits count the attempts of a rejection draw.
enum class Stream : std::uint32_t {
  kRandomPoint = 1,         // the coordinates of a random design
  kStratumPermutation = 2,  // the Fisher-Yates draws of a Latin hypercube
  kStratumJitter = 3,       // where in its stratum a Latin hypercube point lies
  kSobolShift = 4,          // the digital shift of a Sobol dimension
};

r123::Philox4x32::ctr_type philox_block(std::uint64_t seed, std::uint64_t index,
                                        std::size_t dimension, Stream stream,
                                        std::uint32_t attempt = 0) {
  const r123::Philox4x32::key_type key = {
      {static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}};
  const r123::Philox4x32::ctr_type counter = {
      {static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(index >> 32),
       static_cast<std::uint32_t>(dimension),
       (static_cast<std::uint32_t>(stream) << 24) | (attempt & 0xFFFFFFu)}};
  return r123::Philox4x32()(counter, key);
}

// 52 random bits from two 32-bit words.
std::uint64_t bits52(std::uint32_t high, std::uint32_t low) {
  return (static_cast<std::uint64_t>(high) << 20) | (low >> 12);
}

// (k + 0.5) / 2^52 for a 52-bit k: exact (k + 0.5 needs 53 significant bits, a double's
// precision), so the value lies in [2^-53, 1 - 2^-53], never 0 or 1. With 53 bits, k + 0.5
// would round and the largest k would give exactly 1.
double open_unit(std::uint64_t k52) {
  return (static_cast<double>(k52) + 0.5) * 0x1p-52;
}

double random_uniform(std::uint64_t seed, std::uint64_t index, std::size_t dimension,
                      Stream stream) {
  const auto block = philox_block(seed, index, dimension, stream);
  return open_unit(bits52(block[0], block[1]));
}

// A uniform integer in [0, range), range >= 1, without bias: 64-bit draws below 2^64 mod range
// are rejected, so that the accepted ones cover every residue equally often (the method of
// OpenBSD's arc4random_uniform). A draw is rejected with probability below range / 2^64.
std::uint64_t uniform_below(std::uint64_t range, std::uint64_t seed, std::uint64_t step,
                            std::size_t dimension) {
  const std::uint64_t threshold = (0 - range) % range;  // 2^64 mod range
  for (std::uint32_t attempt = 0;; ++attempt) {
    const auto block = philox_block(seed, step, dimension, Stream::kStratumPermutation, attempt);
    const std::array<std::uint64_t, 2> draws = {
        (static_cast<std::uint64_t>(block[0]) << 32) | block[1],
        (static_cast<std::uint64_t>(block[2]) << 32) | block[3]};
    for (const std::uint64_t draw : draws) {
      if (draw >= threshold) return draw % range;
    }
  }
}

// A random permutation of 0 .. n-1: Fisher-Yates (Knuth, TAOCP vol. 2, algorithm 3.4.2 P).
std::vector<std::size_t> random_permutation(std::size_t n, std::uint64_t seed,
                                            std::size_t dimension) {
  std::vector<std::size_t> permutation(n);
  std::iota(permutation.begin(), permutation.end(), std::size_t{0});
  for (std::size_t i = n; i-- > 1;) {
    const auto j = static_cast<std::size_t>(uniform_below(i + 1, seed, i, dimension));
    std::swap(permutation[i], permutation[j]);
  }
  return permutation;
}

// (stratum + jitter) / n, moved by the few ulps that rounding may have taken it out of the
// stratum: floor(u n) == stratum, computed in doubles, and 0 < u < 1.
double point_in_stratum(std::size_t stratum, double jitter, std::size_t n) {
  const double strata = static_cast<double>(n);
  const double k = static_cast<double>(stratum);
  double u = (k + jitter) / strata;
  while (u >= 1.0 || u * strata >= k + 1.0) u = std::nextafter(u, 0.0);
  while (u <= 0.0 || u * strata < k) u = std::nextafter(u, 1.0);
  return u;
}

Eigen::MatrixXd random_design(std::size_t points, std::size_t dimensions, std::uint64_t seed) {
  Eigen::MatrixXd design(static_cast<Eigen::Index>(points), static_cast<Eigen::Index>(dimensions));
  for (std::size_t i = 0; i < points; ++i) {
    for (std::size_t j = 0; j < dimensions; ++j) {
      design(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          random_uniform(seed, i, j, Stream::kRandomPoint);
    }
  }
  return design;
}

// Latin hypercube sampling (McKay, Beckman and Conover 1979, Technometrics 21:239): in every
// dimension, point i lies in stratum permutation[i] of the n strata [k/n, (k+1)/n), at a random
// place inside it.
Eigen::MatrixXd latin_hypercube(std::size_t points, std::size_t dimensions, std::uint64_t seed) {
  Eigen::MatrixXd design(static_cast<Eigen::Index>(points), static_cast<Eigen::Index>(dimensions));
  for (std::size_t j = 0; j < dimensions; ++j) {
    const std::vector<std::size_t> strata = random_permutation(points, seed, j);
    for (std::size_t i = 0; i < points; ++i) {
      const double jitter = random_uniform(seed, i, j, Stream::kStratumJitter);
      design(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          point_in_stratum(strata[i], jitter, points);
    }
  }
  return design;
}

// Sobol' sequence (Sobol' 1967; Bratley and Fox 1988, ACM TOMS 14:88) from Boost's 64-bit
// generator, the top 52 bits of each coordinate, with a random digital shift: the coordinate's
// bits XOR a random 52-bit word of its dimension (Owen 2003, "Quasi-Monte Carlo sampling",
// SIGGRAPH course notes), then u = (shifted + 0.5) / 2^52, which stays inside (0, 1).
//
// The first point is the origin, which Boost's generator skips; it is put back. Dropping it would
// break the balance of the sequence (Owen 2020, "On dropping the first Sobol' point",
// arXiv:2008.08051): the first 2^m points of the sequence with the origin are a (t, m, s)-net in
// base 2, so in every dimension each interval [k/2^m, (k+1)/2^m) holds exactly one of them. An
// XOR with a fixed word maps each such interval onto another one, so the shifted points keep that
// property, and the + 0.5 keeps the origin (and every other point) away from 0 and 1.
Eigen::MatrixXd sobol_design(std::size_t points, std::size_t dimensions, std::uint64_t seed) {
  if (dimensions > kMaxSobolDimensions) {
    throw std::invalid_argument("Sobol design: at most " + std::to_string(kMaxSobolDimensions) +
                                " dimensions, got " + std::to_string(dimensions));
  }
  std::vector<std::uint64_t> shift(dimensions);
  for (std::size_t j = 0; j < dimensions; ++j) {
    const auto block = philox_block(seed, 0, j, Stream::kSobolShift);
    shift[j] = bits52(block[0], block[1]);
  }
  boost::random::sobol sequence(dimensions);
  Eigen::MatrixXd design(static_cast<Eigen::Index>(points), static_cast<Eigen::Index>(dimensions));
  for (std::size_t i = 0; i < points; ++i) {
    for (std::size_t j = 0; j < dimensions; ++j) {
      const std::uint64_t bits = i == 0 ? 0 : static_cast<std::uint64_t>(sequence()) >> 12;
      design(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          open_unit(bits ^ shift[j]);
    }
  }
  return design;
}

}  // namespace

Eigen::MatrixXd unit_design(DesignKind kind, std::size_t points, std::size_t dimensions,
                            std::uint64_t seed) {
  if (points == 0) throw std::invalid_argument("design: needs at least one point");
  if (dimensions == 0) throw std::invalid_argument("design: needs at least one dimension");
  // The dimension is one 32-bit word of the random-number counter.
  if (dimensions > std::numeric_limits<std::uint32_t>::max()) {
    throw std::invalid_argument("design: at most 4294967295 dimensions, got " +
                                std::to_string(dimensions));
  }
  switch (kind) {
    case DesignKind::kRandom:
      return random_design(points, dimensions, seed);
    case DesignKind::kLatinHypercube:
      return latin_hypercube(points, dimensions, seed);
    case DesignKind::kSobol:
      return sobol_design(points, dimensions, seed);
  }
  throw std::logic_error("unit_design: unknown design kind");
}

std::vector<std::vector<std::size_t>> full_factorial(const std::vector<std::size_t>& levels) {
  std::size_t rows = 1;
  for (const std::size_t count : levels) {
    if (count != 0 && rows > std::numeric_limits<std::size_t>::max() / count) {
      throw std::invalid_argument("full factorial: the level counts multiply to more rows than " +
                                  std::to_string(std::numeric_limits<std::size_t>::max()));
    }
    rows *= count;
  }
  std::vector<std::vector<std::size_t>> design(rows, std::vector<std::size_t>(levels.size()));
  for (std::size_t r = 0; r < rows; ++r) {
    std::size_t rest = r;
    for (std::size_t d = levels.size(); d-- > 0;) {
      design[r][d] = rest % levels[d];
      rest /= levels[d];
    }
  }
  return design;
}

}  // namespace lmsim::sampling
