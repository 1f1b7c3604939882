// FNV-1a, 64 bits (Fowler, Noll and Vo): the checksum of the data files a result records, of a
// sweep's inputs (its journal's fingerprint) and of each journal record. Not cryptographic: it
// tells files and records apart, it does not guard against tampering.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lmsim {

inline constexpr std::uint64_t kFnv1aOffset = 0xcbf29ce484222325ULL;

// Continues `hash` over `bytes` bytes at `data` (start with kFnv1aOffset).
inline std::uint64_t fnv1a(const void* data, std::size_t bytes, std::uint64_t hash = kFnv1aOffset) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (std::size_t i = 0; i < bytes; ++i) {
    hash ^= p[i];
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

inline std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = kFnv1aOffset) {
  return fnv1a(text.data(), text.size(), hash);
}

}  // namespace lmsim
