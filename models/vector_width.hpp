// The hottest loops over the cells of a block, compiled twice: for the build's baseline processor
// (SSE2 on x86-64: two doubles an instruction) and for AVX2 (four), and chosen once at run time.
// Each such loop computes every value in the same order either way: moves cell by cell, sums in
// explicit partial sums (cell_sum.hpp), and no fused multiply-add (-ffp-contract=off), so results
// are the same bit for bit on every processor and only the speed differs. Chosen by hand rather
// than by target_clones, whose resolver runs before the sanitizers' runtimes start and crashes
// every program built with ThreadSanitizer.
//
// A loop written once as an always-inline function F is given an AVX2 copy by a wrapper marked
// LMSIM_AVX2 that calls F (GCC inlines F into it and vectorises it for AVX2), and callers choose:
//   processor_has_avx2() ? f_avx2(...) : f(...).
#pragma once

#include <cstdlib>

#define LMSIM_AVX2 __attribute__((target("avx2")))
#define LMSIM_INLINE inline __attribute__((always_inline))

namespace lmsim::model {

// Whether to take the AVX2 copies: the processor runs AVX2 and the environment variable
// LMSIM_NO_AVX2 is not set, to any value (with it, a test runs the baseline copies and compares
// the results bit for bit). Asked once.
inline bool processor_has_avx2() {
  static const bool has_avx2 =
      __builtin_cpu_supports("avx2") && std::getenv("LMSIM_NO_AVX2") == nullptr;
  return has_avx2;
}

}  // namespace lmsim::model
