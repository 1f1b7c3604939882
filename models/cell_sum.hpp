// Sums over the cells of a block (ages x education) in four interleaved partial sums, added in a
// fixed order at the end. A single running sum makes every addition wait for the one before
// (four cycles each), which made these sums, not the arithmetic of the moves, the cost of most
// passes over the state; four independent sums let the processor overlap them (benchmarks/
// README.md, "Where the time goes"). The result is the same on every run and machine: the
// grouping is fixed, only different from a left-to-right sum in the last bits.
#pragma once

#include <cstddef>

namespace lmsim::model {

// Returns the sum of term(i) for i in [first, end), calling term in increasing order of i (so a
// term may also move the persons of cell i).
template <class Term>
inline double sum_over_cells(std::size_t first, std::size_t end, Term&& term) {
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  const std::size_t quads = (end - first) / 4;
  for (std::size_t q = 0; q < quads; ++q) {
    const std::size_t i = first + 4 * q;
    s0 += term(i);
    s1 += term(i + 1);
    s2 += term(i + 2);
    s3 += term(i + 3);
  }
  for (std::size_t i = first + 4 * quads; i < end; ++i) s0 += term(i);
  return (s0 + s1) + (s2 + s3);
}

}  // namespace lmsim::model
