// The short human summary printed after a run: national figures and tension per region in the
// first and last year, and the tightest region x occupation cells of the last year.
#pragma once

#include <string>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

std::string summarise_run(const ResultSet& results, double ww_benefit_share,
                          const std::string& title);

}  // namespace lmsim::outputs
