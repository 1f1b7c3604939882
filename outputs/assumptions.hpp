// What a run assumes, in words: the outlook recorded in its result file (the attributes
// demand_outlook, demand_outlook_sources, population_outlook_sources and aow_age_law_until,
// written by lmsim run from its data set). Printed by the run summary and lmsim info, in English
// or Dutch.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

enum class Language { kEnglish, kDutch };

// "en" or "nl"; nothing for any other code.
std::optional<Language> language_from_code(const std::string& code);

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

}  // namespace lmsim::outputs
