// The short human summary printed after a run: the outlook the run assumes, national figures and
// tension per region in the first and last year, and the tightest region x occupation cells of
// the last year.
#pragma once

#include <string>

#include "engine/result_set.hpp"
#include "outputs/assumptions.hpp"

namespace lmsim::outputs {

// `language` applies to the outlook; the tables stay in English.
std::string summarise_run(const ResultSet& results, double ww_benefit_share,
                          const std::string& title, Language language = Language::kEnglish);

}  // namespace lmsim::outputs
