// Reading a text input (a scenario, a sweep file, a CSV data file) whole, safely: the file is
// opened without blocking (a FIFO with no writer would wait for ever), checked on the open
// descriptor to be a regular file (a FIFO, device such as /dev/zero or folder is refused) and
// read bounded (never more than its limit and one byte, even if it grows while being read).
// The limits are documented in docs/scenarios.md, docs/data.md and docs/sweep.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace lmsim {

// The largest scenario or sweep file lmsim reads (a scenario of many levers is a few kB).
inline constexpr std::size_t kMaxTomlFileBytes = std::size_t{1} << 20;  // 1 MiB
// The largest CSV data file (the largest shipped one is about 130 kB; a published occupational
// network of a few thousand occupations fits).
inline constexpr std::size_t kMaxDataFileBytes = std::size_t{256} << 20;  // 256 MiB

// The bytes of `path`. `what` names the kind of file in the message for a missing one
// ("scenario file not found"). Throws InputError naming the file when it is missing, a
// symbolic-link loop, not readable, not a regular file or larger than max_bytes; RuntimeError when
// reading fails.
std::string read_text_file(const std::filesystem::path& path, const std::string& what,
                           std::size_t max_bytes);

// Whether nothing at all is at `path` (no file, no link): a link that loops or a folder that
// cannot be searched is there, and read_text_file says what is wrong with it.
bool nothing_at(const std::filesystem::path& path);

}  // namespace lmsim
