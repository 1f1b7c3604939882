// libFuzzer target for the TOML pre-scan (engine/toml_prescan.hpp): the input is scanned as
// TOML text; text the scan lets pass is parsed by toml++, and the document it gives must be no
// deeper than the scan promises (2 x kMaxTomlDepth + 1: an array of tables adds a level per part
// of its header). A scan that missed a level would let toml++ build, and later destroy,
// documents nested without limit. An InputError from the scan is the expected answer to deep
// input; any other exception, a crash, a sanitizer report or a document too deep is a finding.

#include <toml++/toml.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/error.hpp"
#include "engine/toml_prescan.hpp"

namespace {

constexpr int kPromisedDepth = 2 * lmsim::kMaxTomlDepth + 1;

// The deepest level below `node`, which lies at `depth`; stops counting past the promise, so that
// a finding is reported rather than overflowing this function's own stack.
int deepest(const toml::node& node, int depth) {
  if (depth > kPromisedDepth) return depth;
  int result = depth;
  if (const auto* table = node.as_table()) {
    for (const auto& [key, value] : *table) {
      static_cast<void>(key);
      result = std::max(result, deepest(value, depth + 1));
    }
  } else if (const auto* array = node.as_array()) {
    for (const auto& value : *array) result = std::max(result, deepest(value, depth + 1));
  }
  return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  try {
    lmsim::prescan_toml(text, "input.toml");
  } catch (const lmsim::InputError&) {
    return 0;  // expected for deep input
  }
  try {
    const toml::table document = toml::parse(text, std::string("input.toml"));
    if (deepest(document, 0) > kPromisedDepth) std::abort();
  } catch (const toml::parse_error&) {
    // Not TOML: toml++ refuses it, as lmsim's readers do.
  }
  return 0;
}
