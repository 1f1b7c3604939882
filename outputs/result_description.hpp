// What a result file holds, in a few lines a person can read (lmsim info): scenario, engine,
// version, horizon, replicates, dimensions and every variable with its units and meaning.
#pragma once

#include <string>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// `results` is what read_whole_result_file read from `file`.
std::string describe_results(const ResultSet& results, const std::string& file);

}  // namespace lmsim::outputs
