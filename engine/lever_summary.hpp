// One line per lever of a resolved scenario (the TOML of resolved_scenario_toml, which every
// result file stores as its attribute `scenario`), for lmsim info and lmsim compare:
//
//   defence_expansion: target_personnel = 100000, regional_split = base_presence; linear 2026 ..
//   2030
//
// the lever's type; its numbers (the sizes), then its other keys, leaving out those that restrict
// nothing (regions = "all"); then its profile (shape, from, to).
// The keys are read as written, whatever the lever's type, so that a lever type added to the
// model is listed without a change here.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lmsim {

// Empty for a scenario without levers; std::nullopt where the text is not a scenario's TOML (a
// damaged or foreign file).
std::optional<std::vector<std::string>> lever_summaries(const std::string& scenario_toml);

}  // namespace lmsim
