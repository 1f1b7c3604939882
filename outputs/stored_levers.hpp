// The levers of the scenario a result file stores (its attribute `scenario`), as lmsim info and
// lmsim compare list them: one line per lever (engine/lever_summary.hpp).
#pragma once

#include <string>
#include <vector>

#include "engine/parameter_registry.hpp"
#include "engine/result_set.hpp"

namespace lmsim::outputs {

// One line per lever; for a scenario without levers the one line "none", and for a file without
// a readable scenario one line that says so.
std::vector<std::string> stored_levers(const ResultSet& results);

// `lines` after `label`, the first beside it and the others aligned under it.
std::string beside_label(const std::string& label, const std::vector<std::string>& lines);

// The levers of both scenarios of lmsim compare, for the lines under its header: OTHER's first,
// as the header names it first. Empty for the csv, which holds only its table.
std::string format_compared_levers(const std::vector<std::string>& base_levers,
                                   const std::vector<std::string>& other_levers,
                                   TableFormat format);

}  // namespace lmsim::outputs
