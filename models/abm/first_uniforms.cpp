#include "models/abm/first_uniforms.hpp"

namespace lmsim::model::abm {

__attribute__((target_clones("avx512f", "avx2", "default"))) void first_random_words(
    const RandomKey& key, const std::uint64_t* ids, std::size_t n, std::uint32_t month,
    Stream stream, std::uint32_t* first, std::uint32_t* second) {
  // Philox4x32 constants (Salmon et al. 2011; Random123's philox.h).
  constexpr std::uint32_t kMultiplier0 = 0xD2511F53;
  constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57;
  constexpr std::uint32_t kWeyl0 = 0x9E3779B9;
  constexpr std::uint32_t kWeyl1 = 0xBB67AE85;
  const std::uint32_t word3 = Draws::counter_word3(key, stream) + 1;  // first block
  const auto key0 = static_cast<std::uint32_t>(key.seed);
  const auto key1 = static_cast<std::uint32_t>(key.seed >> 32);
  for (std::size_t k = 0; k < n; ++k) {
    std::uint32_t c0 = static_cast<std::uint32_t>(ids[k]);
    std::uint32_t c1 = static_cast<std::uint32_t>(ids[k] >> 32);
    std::uint32_t c2 = month;
    std::uint32_t c3 = word3;
    std::uint32_t k0 = key0;
    std::uint32_t k1 = key1;
    for (int round = 0; round < 10; ++round) {
      const std::uint64_t p0 = std::uint64_t{kMultiplier0} * c0;
      const std::uint64_t p1 = std::uint64_t{kMultiplier1} * c2;
      const auto hi0 = static_cast<std::uint32_t>(p0 >> 32);
      const auto hi1 = static_cast<std::uint32_t>(p1 >> 32);
      c0 = hi1 ^ c1 ^ k0;
      c1 = static_cast<std::uint32_t>(p1);
      c2 = hi0 ^ c3 ^ k1;
      c3 = static_cast<std::uint32_t>(p0);
      k0 += kWeyl0;
      k1 += kWeyl1;
    }
    first[k] = c0;
    second[k] = c1;
  }
}

}  // namespace lmsim::model::abm
