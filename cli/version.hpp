#pragma once

namespace lmsim::cli {
inline constexpr const char* kVersion = LMSIM_VERSION;
}  // namespace lmsim::cli
