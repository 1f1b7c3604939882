// A bounded pre-scan of TOML text before toml++ parses it. toml++ builds and destroys nested
// tables and arrays recursively, so a dotted key or table header tens of thousands of levels deep
// ([a.a.a....b]) overflows the stack, in the parser or in the destructor of a document that
// parsed. The scan is one linear pass that knows strings (basic, literal, multi-line) and
// comments, and refuses text nested deeper than kMaxTomlDepth before toml++ sees it.
// docs/scenarios.md ("Limits") says what counts.
#pragma once

#include <string>
#include <string_view>

namespace lmsim {

// Tables in tables (header parts and dotted key parts), inline tables and arrays together.
inline constexpr int kMaxTomlDepth = 64;

// Throws InputError at file:line:column of the key part or bracket that goes deeper than
// kMaxTomlDepth. Text that is not valid TOML is left for toml++ to refuse: the scan only
// guarantees that whatever toml++ builds from `text` is at most 2 x kMaxTomlDepth + 1 deep (a
// header part that names an array of tables adds the array and its table).
void refuse_deep_toml(std::string_view text, const std::string& file);

}  // namespace lmsim
