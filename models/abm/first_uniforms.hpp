// The first uniform of many persons' draws at once (what Draws(...).next_event_uniform() and the
// first Draws::uniform() give), for the passes over all agents: most persons have no event in a
// month, which this number alone decides. The Philox4x32-10 rounds run on 16 persons at a time
// with AVX-512 where the processor has it, otherwise in a loop the compiler vectorises (AVX2 or
// the baseline). Integer arithmetic gives the same bits on every path; tests/models/abm checks
// both paths against Random123's Philox4x32.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

#include "models/abm/random_draws.hpp"

namespace lmsim::model::abm {

enum class Vectorisation { kBest, kPortable };

// Writes the first three 32-bit words of the draws of each ids[k] (k < n) in `month` and
// `stream`.
void first_random_words(const RandomKey& key, const std::uint64_t* ids, std::size_t n,
                        std::uint32_t month, Stream stream, std::uint32_t* first,
                        std::uint32_t* second, std::uint32_t* third,
                        Vectorisation vectorisation = Vectorisation::kBest);

// The uniform in (0, 1) that a word gives (as Draws::uniform).
inline double uniform_of(std::uint32_t word) {
  return (static_cast<double>(word) + 0.5) * 0x1p-32;
}

// The number of words whose uniform is below p: uniform_of(w) < p exactly when w < words_below(p),
// so a pass can compare words with whole numbers. (w + 0.5) 2^-32 < p is w < p 2^32 - 0.5, which
// double arithmetic computes exactly for p in [0, 1] (scaling by 2^32 is exact, and 0.5 lies
// within the bits of p 2^32).
inline std::uint64_t words_below(double p) {
  const double bound = p * 0x1p32 - 0.5;
  if (bound <= 0.0) return 0;
  if (bound >= 0x1p32) return std::uint64_t{1} << 32;
  return static_cast<std::uint64_t>(std::ceil(bound));
}

// words_below(p) as a 32-bit word, capped at 2^32 - 1 (words_below is 2^32 for p close to 1): a
// pass that tests word < compact_words_below(p) must also take the largest word, 2^32 - 1, as a
// possible event and decide it with the uniform, which keeps the test exact with half the memory.
inline std::uint32_t compact_words_below(double p) {
  constexpr std::uint64_t kLargest = 0xffffffffu;
  const std::uint64_t words = words_below(p);
  return static_cast<std::uint32_t>(words < kLargest ? words : kLargest);
}

}  // namespace lmsim::model::abm
