#include "outputs/stored_levers.hpp"

#include "engine/lever_summary.hpp"

namespace lmsim::outputs {
namespace {

const std::string* find_attribute(const ResultSet& results, const std::string& name) {
  for (const auto& [key, value] : results.attributes) {
    if (key == name) return &value;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> stored_levers(const ResultSet& results) {
  const std::string* scenario = find_attribute(results, "scenario");
  if (scenario == nullptr) return {"(no scenario stored)"};
  const auto levers = lever_summaries(*scenario);
  if (!levers) return {"(the stored scenario cannot be read)"};
  if (levers->empty()) return {"none"};
  return *levers;
}

std::string beside_label(const std::string& label, const std::vector<std::string>& lines) {
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    text += (i == 0 ? label : std::string(label.size(), ' ')) + lines[i] + "\n";
  }
  return text;
}

}  // namespace lmsim::outputs
