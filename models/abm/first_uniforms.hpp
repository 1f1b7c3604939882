// The first uniform of many persons' draws at once (what Draws(...).next_event_uniform() and the
// first Draws::uniform() give), for the passes over all agents: most persons have no event in a
// month, which this number alone decides. The Philox4x32-10 rounds run on 16 persons at a time
// with AVX-512 where the processor has it, otherwise in a loop the compiler vectorises (AVX2 or
// the baseline). Integer arithmetic gives the same bits on every path; tests/models/abm checks
// both paths against Random123's Philox4x32.
#pragma once

#include <cstddef>
#include <cstdint>

#include "models/abm/random_draws.hpp"

namespace lmsim::model::abm {

enum class Vectorisation { kBest, kPortable };

// Writes the first two 32-bit words of the draws of each ids[k] (k < n) in `month` and `stream`.
void first_random_words(const RandomKey& key, const std::uint64_t* ids, std::size_t n,
                        std::uint32_t month, Stream stream, std::uint32_t* first,
                        std::uint32_t* second, Vectorisation vectorisation = Vectorisation::kBest);

// The uniform in (0, 1) that a word gives (as Draws::uniform).
inline double uniform_of(std::uint32_t word) {
  return (static_cast<double>(word) + 0.5) * 0x1p-32;
}

}  // namespace lmsim::model::abm
