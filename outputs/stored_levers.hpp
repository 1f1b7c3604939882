// The levers of the scenario a result file stores (its attribute `scenario`), as lmsim info and
// lmsim compare list them: one line per lever (engine/lever_summary.hpp).
#pragma once

#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// One line per lever; for a scenario without levers the one line "none", and for a file without
// a readable scenario one line that says so.
std::vector<std::string> stored_levers(const ResultSet& results);

// `lines` after `label`, the first beside it and the others aligned under it.
std::string beside_label(const std::string& label, const std::vector<std::string>& lines);

}  // namespace lmsim::outputs
