// What a run assumes, in words: the outlook recorded in its result file (the attributes
// demand_outlook, demand_outlook_sources, population_outlook_sources and aow_age_law_until,
// written by lmsim run from its data set) and the defence formation's fill rate. Printed by the
// run summary and lmsim info, in English or Dutch; outputs/report/texts.py says the same in the
// annex.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/result_set.hpp"
#include "outputs/language.hpp"
#include "outputs/number_text.hpp"

namespace lmsim::outputs {

// The outlook attributes of a run, as lmsim run writes them. demand_outlook is the outlook
// file's name (empty without one), the sources are the files' source tags joined by "; ", and
// aow_age_law_until is the last year whose AOW age is fixed by law (absent if none is).
inline constexpr const char* kDemandOutlookAttribute = "demand_outlook";
inline constexpr const char* kDemandSourcesAttribute = "demand_outlook_sources";
inline constexpr const char* kPopulationSourcesAttribute = "population_outlook_sources";
inline constexpr const char* kAowLawAttribute = "aow_age_law_until";

// The run's outlook and main assumptions as (topic, sentence) pairs: demand, supply (migration
// and entrants), AOW age and defence (the last only where the results have the DEF occupation).
// A file without the outlook attributes (written before lmsim recorded them) gives one pair
// saying that no outlook was recorded.
std::vector<std::pair<std::string, std::string>> run_assumptions(const ResultSet& results,
                                                                 Language language);

// run_assumptions under a heading, each line starting with `indent`, wrapped at 100 characters,
// for the terminal.
std::string format_assumptions(const ResultSet& results, Language language,
                               const std::string& indent = "");

// "N of M posts filled, fill rate X%, unfilled G" (or in Dutch), N, M and G rounded to whole
// persons, X to one decimal; "n/a" without posts.
std::string formation_fill_text(double filled, double posts, Language language);

// "Defence formation (not a UWV occupation class): " (or in Dutch) and formation_fill_text.
std::string defence_formation_text(double filled, double posts, Language language);

}  // namespace lmsim::outputs
