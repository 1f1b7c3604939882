// The short human summary printed after a run: the outlook the run assumes, national figures and
// tension per region in the first and last year, the tightest region x occupation cells of the
// last year (UWV's occupation classes only) and the fill rate of the defence formation.
#pragma once

#include <string>

#include "engine/result_set.hpp"
#include "outputs/assumptions.hpp"

namespace lmsim::outputs {

// `language` applies to the outlook and the defence formation; the tables stay in English.
std::string summarise_run(const ResultSet& results, const std::string& title,
                          Language language = Language::kEnglish);

}  // namespace lmsim::outputs
