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

// `title`, the title the run goes by (its own, or where its file sets none its base's), its
// translations (`title_nl`, `title_en`) where the file that set it gives them, and where it is
// inherited `title_inherited_from`, the base that set it (and its translations).
std::vector<std::pair<std::string, std::string>> title_attributes(const Scenario& scenario);

// `description`, the scenario's own (empty where its file sets none) with its translations
// (`description_nl`, `description_en`), and where it inherits one, `description_inherited` (the
// text), its translations (`description_inherited_nl`, `description_inherited_en`) and
// `description_inherited_from` (the base that set them).
std::vector<std::pair<std::string, std::string>> description_attributes(const Scenario& scenario);

}  // namespace lmsim
