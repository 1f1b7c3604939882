#include "engine/scenario_provenance.hpp"

#include <map>

namespace lmsim {
namespace {

namespace fs = std::filesystem;

bool set_by_a_base(const Scenario& scenario, const fs::path& set_by) {
  return !set_by.empty() && set_by != scenario.file;
}

// `prefix` + "_" + language for each translation, in the order of kTextLanguages.
void add_translations(const std::map<std::string, std::string>& translations,
                      const std::string& prefix,
                      std::vector<std::pair<std::string, std::string>>& attributes) {
  for (const std::string& language : kTextLanguages) {
    const auto it = translations.find(language);
    if (it != translations.end()) attributes.emplace_back(prefix + "_" + language, it->second);
  }
}

}  // namespace

bool inherits_title(const Scenario& scenario) {
  return set_by_a_base(scenario, scenario.title_set_by);
}

bool inherits_description(const Scenario& scenario) {
  return set_by_a_base(scenario, scenario.description_set_by);
}

std::string name_from_scenario_folder(const Scenario& scenario, const fs::path& file) {
  // Every base is named relative to the file that names it, so the chain's paths share the
  // scenario's own start and a relative path between them always exists.
  const fs::path folder =
      scenario.file.parent_path().empty() ? fs::path(".") : scenario.file.parent_path();
  const fs::path relative = file.lexically_normal().lexically_relative(folder.lexically_normal());
  return (relative.empty() ? file : relative).generic_string();
}

std::vector<std::pair<std::string, std::string>> title_attributes(const Scenario& scenario) {
  std::vector<std::pair<std::string, std::string>> attributes = {{"title", scenario.title}};
  add_translations(scenario.title_translations, "title", attributes);
  if (inherits_title(scenario)) {
    attributes.emplace_back("title_inherited_from",
                            name_from_scenario_folder(scenario, scenario.title_set_by));
  }
  return attributes;
}

std::vector<std::pair<std::string, std::string>> description_attributes(const Scenario& scenario) {
  std::vector<std::pair<std::string, std::string>> attributes;
  if (!inherits_description(scenario)) {
    attributes = {{"description", scenario.description}};
    add_translations(scenario.description_translations, "description", attributes);
    return attributes;
  }
  attributes = {{"description", ""}, {"description_inherited", scenario.description}};
  add_translations(scenario.description_translations, "description_inherited", attributes);
  attributes.emplace_back("description_inherited_from",
                          name_from_scenario_folder(scenario, scenario.description_set_by));
  return attributes;
}

}  // namespace lmsim
