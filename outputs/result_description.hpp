// What a result file holds, in a few lines a person can read (lmsim info): scenario (title,
// description, each marked where inherited, and levers), engine, version, horizon, replicates,
// the outlook the run assumed, dimensions and every variable with its units and meaning.
#pragma once

#include <string>

#include "engine/result_set.hpp"
#include "outputs/assumptions.hpp"

namespace lmsim::outputs {

// `results` is what read_whole_result_file read from `file`; `language` applies to the outlook.
std::string describe_results(const ResultSet& results, const std::string& file,
                             Language language = Language::kEnglish);

}  // namespace lmsim::outputs
