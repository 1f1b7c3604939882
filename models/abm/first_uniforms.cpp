#include "models/abm/first_uniforms.hpp"

// GCC 12 warns that the AVX-512 intrinsics' own undefined pass-through vectors may be used
// uninitialised (GCC bug 105593, fixed in GCC 13); the warning is about the header, not this code.
#pragma GCC diagnostic push
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>

namespace lmsim::model::abm {
namespace {

// Philox4x32 constants (Salmon et al. 2011; Random123's philox.h).
constexpr std::uint32_t kMultiplier0 = 0xD2511F53;
constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57;
constexpr std::uint32_t kWeyl0 = 0x9E3779B9;
constexpr std::uint32_t kWeyl1 = 0xBB67AE85;
constexpr int kRounds = 10;

// An AVX2 clone of the portable loop, chosen at load time by an ifunc resolver. ThreadSanitizer
// builds go without it: the resolver runs before the sanitizer's runtime is set up, and its
// instrumented code crashes the program at start.
#if defined(__SANITIZE_THREAD__)
#define LMSIM_AVX2_CLONE
#else
#define LMSIM_AVX2_CLONE __attribute__((target_clones("avx2", "default")))
#endif

// The rounds one person at a time; the compiler vectorises the loop where it can.
LMSIM_AVX2_CLONE void first_words_portable(std::uint32_t key0, std::uint32_t key1,
                                           const std::uint64_t* ids, std::size_t n,
                                           std::uint32_t month, std::uint32_t word3,
                                           std::uint32_t* first, std::uint32_t* second,
                                           std::uint32_t* third) {
  for (std::size_t k = 0; k < n; ++k) {
    std::uint32_t c0 = static_cast<std::uint32_t>(ids[k]);
    std::uint32_t c1 = static_cast<std::uint32_t>(ids[k] >> 32);
    std::uint32_t c2 = month;
    std::uint32_t c3 = word3;
    std::uint32_t k0 = key0;
    std::uint32_t k1 = key1;
    for (int round = 0; round < kRounds; ++round) {
      const std::uint64_t p0 = std::uint64_t{kMultiplier0} * c0;
      const std::uint64_t p1 = std::uint64_t{kMultiplier1} * c2;
      c0 = static_cast<std::uint32_t>(p1 >> 32) ^ c1 ^ k0;
      c1 = static_cast<std::uint32_t>(p1);
      c2 = static_cast<std::uint32_t>(p0 >> 32) ^ c3 ^ k1;
      c3 = static_cast<std::uint32_t>(p0);
      k0 += kWeyl0;
      k1 += kWeyl1;
    }
    first[k] = c0;
    second[k] = c1;
    third[k] = c2;
  }
}

// High and low 32 bits of the 32 x 32-bit products of the 16 lanes of x with m: vpmuludq
// multiplies the even lanes; the odd lanes are shifted down and multiplied the same way.
__attribute__((target("avx512f"))) inline void multiply_avx512(__m512i x, __m512i m, __m512i& hi,
                                                               __m512i& lo) {
  const __m512i even = _mm512_mul_epu32(x, m);
  const __m512i odd = _mm512_mul_epu32(_mm512_srli_epi64(x, 32), m);
  constexpr __mmask16 kOddLanes = 0xAAAA;
  hi = _mm512_mask_blend_epi32(kOddLanes, _mm512_srli_epi64(even, 32), odd);
  lo = _mm512_mask_blend_epi32(kOddLanes, even, _mm512_slli_epi64(odd, 32));
}

// The same rounds on 16 persons at a time with AVX-512; the rest one at a time.
__attribute__((target("avx512f"))) void first_words_avx512(std::uint32_t key0, std::uint32_t key1,
                                                           const std::uint64_t* ids, std::size_t n,
                                                           std::uint32_t month, std::uint32_t word3,
                                                           std::uint32_t* first,
                                                           std::uint32_t* second,
                                                           std::uint32_t* third) {
  const __m512i m0 = _mm512_set1_epi32(static_cast<int>(kMultiplier0));
  const __m512i m1 = _mm512_set1_epi32(static_cast<int>(kMultiplier1));
  // Gathers the low and high halves of 16 ids into two vectors of 32-bit lanes.
  const __m512i low_halves =
      _mm512_set_epi32(30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0);
  const __m512i high_halves =
      _mm512_set_epi32(31, 29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1);
  std::size_t k = 0;
  for (; k + 16 <= n; k += 16) {
    const __m512i a = _mm512_loadu_si512(ids + k);
    const __m512i b = _mm512_loadu_si512(ids + k + 8);
    __m512i c0 = _mm512_permutex2var_epi32(a, low_halves, b);
    __m512i c1 = _mm512_permutex2var_epi32(a, high_halves, b);
    __m512i c2 = _mm512_set1_epi32(static_cast<int>(month));
    __m512i c3 = _mm512_set1_epi32(static_cast<int>(word3));
    std::uint32_t k0 = key0;
    std::uint32_t k1 = key1;
    for (int round = 0; round < kRounds; ++round) {
      __m512i hi0, lo0, hi1, lo1;
      multiply_avx512(c0, m0, hi0, lo0);
      multiply_avx512(c2, m1, hi1, lo1);
      c0 = _mm512_xor_si512(_mm512_xor_si512(hi1, c1), _mm512_set1_epi32(static_cast<int>(k0)));
      c1 = lo1;
      c2 = _mm512_xor_si512(_mm512_xor_si512(hi0, c3), _mm512_set1_epi32(static_cast<int>(k1)));
      c3 = lo0;
      k0 += kWeyl0;
      k1 += kWeyl1;
    }
    _mm512_storeu_si512(first + k, c0);
    _mm512_storeu_si512(second + k, c1);
    _mm512_storeu_si512(third + k, c2);
  }
  first_words_portable(key0, key1, ids + k, n - k, month, word3, first + k, second + k, third + k);
}

}  // namespace

#pragma GCC diagnostic pop

void first_random_words(const RandomKey& key, const std::uint64_t* ids, std::size_t n,
                        std::uint32_t month, Stream stream, std::uint32_t* first,
                        std::uint32_t* second, std::uint32_t* third, Vectorisation vectorisation) {
  const auto key0 = static_cast<std::uint32_t>(key.seed);
  const auto key1 = static_cast<std::uint32_t>(key.seed >> 32);
  const std::uint32_t word3 = Draws::counter_word3(key, stream) + 1;  // the first block
  static const bool has_avx512 = __builtin_cpu_supports("avx512f");
  if (vectorisation == Vectorisation::kBest && has_avx512) {
    first_words_avx512(key0, key1, ids, n, month, word3, first, second, third);
  } else {
    first_words_portable(key0, key1, ids, n, month, word3, first, second, third);
  }
}

}  // namespace lmsim::model::abm
