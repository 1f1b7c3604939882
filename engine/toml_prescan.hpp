// A bounded pre-scan of TOML text before toml++ parses it, for two things toml++ (Debian's
// header package, which lmsim cannot patch) does not survive:
// - toml++ builds and destroys nested tables and arrays recursively, so a dotted key or table
//   header tens of thousands of levels deep ([a.a.a....b]) overflows the stack, in the parser or
//   in the destructor of a document that parsed;
// - toml++'s test for non-ASCII whitespace reaches undefined behaviour (TOML_UNREACHABLE) for
//   some characters, such as an accented letter, written outside a string or comment.
// The scan is one linear pass that knows strings (basic, literal, multi-line) and comments. It
// refuses text nested deeper than kMaxTomlDepth, and a character outside ASCII anywhere but in a
// string, a comment or a byte-order mark at the start (TOML allows them nowhere else), before
// toml++ sees it. docs/scenarios.md ("Limits") says what counts.
#pragma once

#include <string>
#include <string_view>

namespace lmsim {

// Tables in tables (header parts and dotted key parts), inline tables and arrays together.
inline constexpr int kMaxTomlDepth = 64;

// Throws InputError at file:line:column of the key part or bracket that goes deeper than
// kMaxTomlDepth, or of a character outside ASCII outside strings and comments. Other text that
// is not valid TOML is left for toml++ to refuse: the scan only guarantees that whatever toml++
// builds from `text` is at most 2 x kMaxTomlDepth + 1 deep (a header part that names an array of
// tables adds the array and its table).
void prescan_toml(std::string_view text, const std::string& file);

}  // namespace lmsim
