#include "outputs/result_description.hpp"

#include <algorithm>
#include <sstream>

#include "engine/scenario.hpp"
#include "models/variable_names.hpp"
#include "outputs/stored_levers.hpp"
#include "outputs/time_coordinate.hpp"

namespace lmsim::outputs {
namespace {

std::string attribute_or(const ResultSet& results, const std::string& name,
                         const std::string& fallback) {
  for (const auto& [key, value] : results.attributes) {
    if (key == name && !value.empty()) return value;
  }
  return fallback;
}

// Columns of a description's lines after the label: a line of at most 100 columns.
constexpr std::size_t kDescriptionWidth = 85;

// The words of `text` in lines of at most `width` characters (a longer word on a line of its
// own).
std::vector<std::string> wrapped(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  std::string word;
  std::string line;
  while (words >> word) {
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  lines.push_back(line);
  return lines;
}

// The title, marked where the scenario inherits it from a base (docs/output.md).
std::string title(const ResultSet& results) {
  const std::string base = attribute_or(results, "title_inherited_from", "");
  return attribute_or(results, "title", "(none)") +
         (base.empty() ? "" : " (inherited from " + base + ")");
}

// A line for the title in each language the scenario gives it in (`title_nl`, `title_en`:
// docs/output.md), below the title it goes by.
std::string translated_titles(const ResultSet& results) {
  std::string lines;
  for (const std::string& language : kTextLanguages) {
    const std::string key = "title_" + language;
    const std::string text = attribute_or(results, key, "");
    // The key in the column of the labels ("title        ").
    if (!text.empty()) lines += "  " + key + std::string(13 - key.size(), ' ') + text + "\n";
  }
  return lines;
}

// The scenario's own description; of one inherited from a base only where it comes from (its
// text is the base's, not this scenario's).
std::string description(const ResultSet& results) {
  const std::string base = attribute_or(results, "description_inherited_from", "");
  if (!base.empty()) return "none of its own (inherits that of " + base + ")";
  const bool stored = std::any_of(results.attributes.begin(), results.attributes.end(),
                                  [](const auto& a) { return a.first == "description"; });
  return stored ? attribute_or(results, "description", "none") : "(not stored)";
}

std::string horizon(const ResultSet& results, const std::string& file) {
  const Dimension* time = results.find_dimension("time");
  if (time == nullptr || time->size() == 0) return "no time dimension";
  const std::vector<std::string> dates = iso_dates(*time, file);
  return dates.front().substr(0, 7) + " .. " + dates.back().substr(0, 7) + " (" +
         step_count(dates) + ")";
}

std::string replicates(const ResultSet& results) {
  std::string text;
  if (const Dimension* r = results.find_dimension("replicate")) {
    text = std::to_string(r->size()) + " replicates";
  }
  if (const Dimension* s = results.find_dimension("statistic")) {
    std::string names;
    for (const std::string& label : s->labels) names += (names.empty() ? "" : ", ") + label;
    text += (text.empty() ? "" : "; ") + std::string("statistics over replicates: ") + names;
  }
  return text.empty() ? "none (one deterministic path)" : text;
}

bool has_variable(const ResultSet& results, const std::string& name) {
  return std::any_of(results.variables.begin(), results.variables.end(),
                     [&](const Variable& v) { return v.name == name; });
}

std::string joined_dims(const std::vector<std::string>& dims) {
  std::string text;
  for (const std::string& d : dims) text += (text.empty() ? "" : " x ") + d;
  return text.empty() ? "scalar" : text;
}

std::string padded(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

}  // namespace

std::string describe_results(const ResultSet& results, const std::string& file, Language language) {
  std::ostringstream out;
  out << file << ": lmsim result file\n";
  out << "  title        " << title(results) << "\n";
  out << translated_titles(results);
  out << beside_label("  description  ", wrapped(description(results), kDescriptionWidth));
  out << "  engine       " << attribute_or(results, "engine", "(not stored)") << "\n";
  out << "  version      lmsim " << attribute_or(results, "lmsim_version", "(not stored)") << "\n";
  out << "  created      " << attribute_or(results, "created", "(not stored)") << "\n";
  out << "  seed         " << attribute_or(results, "seed", "(not stored)") << "\n";
  out << "  data         " << attribute_or(results, "data_dir", "(not stored)") << "\n";
  out << "  horizon      " << horizon(results, file) << "\n";
  out << "  replicates   " << replicates(results) << "\n";
  out << beside_label("  levers       ", stored_levers(results));
  out << format_assumptions(results, language, "  ");
  out << "  dimensions   ";
  for (std::size_t i = 0; i < results.dimensions.size(); ++i) {
    out << (i > 0 ? ", " : "") << results.dimensions[i].name << " " << results.dimensions[i].size();
  }
  out << "\n  coordinates  ";
  for (std::size_t i = 0; i < results.text_coordinates.size(); ++i) {
    const TextCoordinate& c = results.text_coordinates[i];
    out << (i > 0 ? ", " : "") << c.name << " (" << c.dim << ")";
  }
  out << "\n  variables    " << results.variables.size() << "\n";
  std::size_t name_width = 0;
  std::size_t dims_width = 0;
  std::size_t units_width = 0;
  for (const Variable& v : results.variables) {
    name_width = std::max(name_width, v.name.size() + 2);
    dims_width = std::max(dims_width, joined_dims(v.dims).size() + 2);
    units_width = std::max(units_width, v.units.size() + 2);
  }
  for (const Variable& v : results.variables) {
    out << "    " << padded(v.name, name_width) << padded(joined_dims(v.dims), dims_width)
        << padded(v.units, units_width) << v.long_name << "\n";
  }
  if (has_variable(results, model::variables::kTension) &&
      !has_variable(results, model::variables::kWwUnder6Months)) {
    out << "\nThis file has no WW counts (" << model::variables::kWwUnder6Months
        << "): its tension divides vacancies by "
        << "an assumed share of the short-term unemployed, not by UWV's WW benefits under 6 "
        << "months; run the scenario again with this lmsim for UWV's tension.\n";
  }
  out << "\n'lmsim info " << file << " --scenario' prints the scenario, '--parameters' every "
      << "parameter value.\n";
  return out.str();
}

}  // namespace lmsim::outputs
