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

std::string markdown_list(const std::string& label, const std::vector<std::string>& lines) {
  std::string text = "\n" + label + "\n\n";
  for (const std::string& line : lines) text += "- " + line + "\n";
  return text;
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

std::string format_compared_levers(const std::vector<std::string>& base_levers,
                                   const std::vector<std::string>& other_levers,
                                   TableFormat format) {
  switch (format) {
    case TableFormat::kCsv:
      return "";
    case TableFormat::kMarkdown:
      return markdown_list("Levers of other:", other_levers) +
             markdown_list("Levers of base:", base_levers);
    case TableFormat::kText:
      break;
  }
  return beside_label("Levers of other: ", other_levers) +
         beside_label("Levers of base:  ", base_levers);
}

}  // namespace lmsim::outputs
