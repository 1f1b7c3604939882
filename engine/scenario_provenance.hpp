// Where a scenario's title and description come from: its own file, or a base it inherits them
// from (docs/scenarios.md, "Keys"). A result file stores the scenario's own description and marks
// an inherited title or description with the base that set it (docs/output.md, "Global
// attributes"), so that a scenario does not present its base's description as its own.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "engine/scenario.hpp"

namespace lmsim {

// Whether the title or description comes from a base rather than the scenario's own file.
bool inherits_title(const Scenario& scenario);
bool inherits_description(const Scenario& scenario);

// A file of the scenario's chain as a `base` key in the scenario's folder names it
// ("baseline.toml", "../baseline.toml").
std::string name_from_scenario_folder(const Scenario& scenario, const std::filesystem::path& file);

// `title`, the title the run goes by (its own, or where its file sets none its base's), and where
// it is inherited `title_inherited_from`, the base that set it.
std::vector<std::pair<std::string, std::string>> title_attributes(const Scenario& scenario);

// `description`, the scenario's own (empty where its file sets none), and where it inherits one,
// `description_inherited` (the text) and `description_inherited_from` (the base that set it).
std::vector<std::pair<std::string, std::string>> description_attributes(const Scenario& scenario);

}  // namespace lmsim
