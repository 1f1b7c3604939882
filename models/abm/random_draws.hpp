// Counter-based random numbers for the agent-based engine (Random123's Philox4x32-10, Salmon et
// al. 2011). A draw is a pure function of (seed, replicate, person, month, stream, call): there is
// no generator state to share between threads, so every person draws the same numbers whatever
// the thread that handles it, and a scenario and its baseline draw the same numbers for the
// same person in the same month and stream.
#pragma once

#include <Random123/philox.h>

#include <cstddef>
#include <cstdint>

namespace lmsim::model::abm {

struct RandomKey {
  std::uint64_t seed = 0;
  std::uint32_t replicate = 0;  // below 2^20
};

// What the numbers are for; each has its own sequence per person and month.
enum class Stream : std::uint32_t {
  kInitialCount,    // how many agents an initial cell gets (rounding of persons / scale)
  kInitialPerson,   // attributes of an initial agent
  kSupply,          // demography, migration, retirement, disability, participation, training
  kMatching,        // separation, search success, destination
  kNewcomerCount,   // how many agents a month's inflow gets
  kNewcomerPerson,  // attributes of a newcomer
  kHoursCut,        // whether a worker is a carer or a reservist (month 0: kept for life)
  kBirthMonth,      // a person's birth month, apart so that it changes no other draw
};

// Probability that any of a sequence of events happens, from that of the events before (passed)
// and the probability p of the next: 1 - (1 - passed)(1 - p). Draws::happens and the agent-based
// engine's fast path (event_probabilities) both use it, so they round the same way.
inline double probability_of_any(double passed, double p) {
  return passed + (1.0 - passed) * p;
}

class Draws {
 public:
  Draws(const RandomKey& key, std::uint64_t subject, std::uint32_t month, Stream stream)
      : key_{{static_cast<std::uint32_t>(key.seed), static_cast<std::uint32_t>(key.seed >> 32)}},
        counter_{{static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(subject >> 32),
                  month, counter_word3(key, stream)}} {
    chain_ = uniform();
  }

  // Draws whose first uniform the caller already has (from first_random_words, the first word
  // of the first block); the second word of that block is left to the caller, and the draws
  // go on with the second block.
  Draws(const RandomKey& key, std::uint64_t subject, std::uint32_t month, Stream stream,
        double first_uniform)
      : key_{{static_cast<std::uint32_t>(key.seed), static_cast<std::uint32_t>(key.seed >> 32)}},
        counter_{{static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(subject >> 32),
                  month, counter_word3(key, stream) + 1}},
        chain_(first_uniform) {}

  // The last counter word before the first block: replicate and stream; the low 8 bits count the
  // blocks of a sequence.
  static std::uint32_t counter_word3(const RandomKey& key, Stream stream) {
    return (key.replicate << 12) | (static_cast<std::uint32_t>(stream) << 8);
  }

  // A uniform number in (0, 1), 32 random bits.
  double uniform() {
    if (next_ == 4) refill();
    return (static_cast<double>(block_[next_++]) + 0.5) * 0x1p-32;
  }

  // Whether the next of a sequence of events with probabilities p1, p2, ... happens, where each
  // applies to the person as the earlier ones left it (the processes of a month in order). One
  // uniform serves the whole sequence until an event happens: event k happens when it lies in
  // [S(k-1), S(k)), S(k) = 1 - prod_{j<=k} (1 - p_j), which is exactly the probability
  // prod_{j<k} (1 - p_j) p_k of independent draws; after an event a fresh uniform starts the
  // rest of the sequence.
  bool happens(double p) {
    if (p <= 0.0) return false;
    const double reached = probability_of_any(passed_, p);
    if (chain_ < reached) {
      chain_ = uniform();
      passed_ = 0.0;
      return true;
    }
    passed_ = reached;
    return false;
  }

  // The uniform that decides the next event of the sequence (see happens): an event can
  // happen only if it is below the probability that any of the remaining events happens.
  double next_event_uniform() const { return chain_; }

  // Index i with probability cumulative[i] - cumulative[i - 1] (cumulative ends at 1; zero-width
  // entries are never chosen).
  std::size_t pick(const double* cumulative, std::size_t n) {
    const double u = uniform();
    for (std::size_t i = 0; i + 1 < n; ++i) {
      if (u < cumulative[i]) return i;
    }
    return n - 1;
  }

  // floor(x) + 1 with probability x - floor(x): an unbiased whole number for an expected count.
  std::uint64_t round_unbiased(double x) {
    const double whole = static_cast<double>(static_cast<std::uint64_t>(x));
    return static_cast<std::uint64_t>(whole) + (uniform() < x - whole ? 1 : 0);
  }

 private:
  void refill() {
    ++counter_.v[3];  // the low 8 bits count the blocks of a sequence
    block_ = generator_(counter_, key_);
    next_ = 0;
  }

  r123::Philox4x32 generator_;
  r123::Philox4x32::key_type key_;
  r123::Philox4x32::ctr_type counter_;
  r123::Philox4x32::ctr_type block_{};
  int next_ = 4;
  double chain_ = 0.0;
  double passed_ = 0.0;
};

}  // namespace lmsim::model::abm
