// Test support: a small ResultSet with awkward contents, for the writer, reader and exporters.
#pragma once

#include <string>

#include "engine/result_set.hpp"

namespace lmsim::test {

// A region label holding a comma and quotes, as CSV must quote it.
inline const std::string kAwkwardLabel = "Noord, \"oost\"";

// time (January .. March 2025, days since 2025-01-01) x region (2 labels), a region_name text
// coordinate with kAwkwardLabel, a time x region variable with awkward values (0.1 + 0.2, 1/3,
// +infinity, a subnormal-sized number) and a variable over time alone; title and engine.
ResultSet small_result_set();

}  // namespace lmsim::test
