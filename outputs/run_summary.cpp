#include "outputs/run_summary.hpp"

#include "models/variable_names.hpp"
#include "outputs/annual_figures.hpp"
#include "outputs/number_text.hpp"
#include "outputs/tension_class.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace lmsim::outputs {

std::string summarise_run(const ResultSet& results, const std::string& title, Language language) {
  const AnnualFigures figures(results);
  const int first = figures.years().front();
  const int last = figures.years().back();
  const auto& regions = results.dimension("region").labels;
  const auto& occupations = results.dimension("occupation").labels;
  const TextCoordinate* region_names = nullptr;
  const TextCoordinate* occupation_names = nullptr;
  for (const auto& c : results.text_coordinates) {
    if (c.name == "region_name") region_names = &c;
    if (c.name == "occupation_name") occupation_names = &c;
  }
  const auto mean = [&](const char* name, int year) { return figures.mean(name, year); };
  const auto tension = [&](int year, long r = -1, long o = -1) {
    return figures.tension(year, r, o);
  };

  std::ostringstream out;
  char line[256];
  out << "lmsim run: " << title << " (" << first << "-" << last << ", " << regions.size()
      << " regions x " << occupations.size() << " occupations; annual means of the steps)\n";
  out << format_assumptions(results, language);
  // A single region is the published network model's, not the Netherlands.
  std::snprintf(line, sizeof line, "%-28s %14d %14d\n",
                regions.size() > 1 ? "Netherlands" : "total", first, last);
  out << line;
  // A run that writes only some variables ([outputs]) gets the lines its variables allow.
  const auto has = [&](const char* name) { return results.find_variable(name) != nullptr; };
  for (const char* name : {model::variables::kEmployed, model::variables::kUnemployed,
                           model::variables::kVacancies, model::variables::kTargetDemand}) {
    if (!has(name)) continue;
    // employed: employees and zzp in their jobs (students' side jobs and working pensioners aside)
    std::snprintf(line, sizeof line, "  %-26s %14s %14s\n", name,
                  whole_number(mean(name, first)).c_str(), whole_number(mean(name, last)).c_str());
    out << line;
  }
  if (has(model::variables::kPopulationByStatus)) {
    const auto rate = [&](int year) { return figures.unemployment_rate(year); };
    std::snprintf(line, sizeof line, "  %-26s %13.1f%% %13.1f%%\n", "unemployment rate",
                  rate(first), rate(last));
    out << line;
  }
  if (has(model::variables::kVacancies) && !figures.has_tension()) {
    // A result file of an older lmsim, or a run whose [outputs] leave the WW counts out.
    out << "  tension (UWV scale)        not shown: the results have no WW counts ("
        << model::variables::kWwUnder6Months
        << "); run the scenario again with this lmsim (--variables all)\n";
  }
  if (figures.has_tension()) {
    std::snprintf(line, sizeof line, "  %-26s %14.2f %14.2f  (%s -> %s)\n", "tension (UWV scale)",
                  tension(first), tension(last), uwv_tension_class(tension(first)),
                  uwv_tension_class(tension(last)));
    out << line;

    out << "Tension by region, " << first << " -> " << last << " (UWV occupation classes):\n";
    for (std::size_t r = 0; r < regions.size(); ++r) {
      const auto ri = static_cast<long>(r);
      std::snprintf(line, sizeof line, "  %-5s %-28s %6.2f -> %6.2f  %s\n", regions[r].c_str(),
                    region_names ? region_names->labels[r].c_str() : "", tension(first, ri),
                    tension(last, ri), uwv_tension_class(tension(last, ri)));
      out << line;
    }

    struct Cell {
      double tension;
      std::size_t r, o;
    };
    std::vector<Cell> cells;  // UWV's occupation classes only: defence has no tension class
    for (std::size_t r = 0; r < regions.size(); ++r) {
      for (std::size_t o = 0; o < occupations.size(); ++o) {
        if (!is_uwv_occupation(occupations[o])) continue;
        cells.push_back({tension(last, static_cast<long>(r), static_cast<long>(o)), r, o});
      }
    }
    std::partial_sort(
        cells.begin(),
        cells.begin() + std::min<std::ptrdiff_t>(5, static_cast<std::ptrdiff_t>(cells.size())),
        cells.end(), [](const Cell& a, const Cell& b) { return a.tension > b.tension; });
    out << "Tightest region x occupation cells in " << last << ":\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, cells.size()); ++i) {
      const Cell& c = cells[i];
      std::snprintf(line, sizeof line, "  %zu. %s %s, %s %s: %.2f (%s)\n", i + 1,
                    regions[c.r].c_str(), region_names ? region_names->labels[c.r].c_str() : "",
                    occupations[c.o].c_str(),
                    occupation_names ? occupation_names->labels[c.o].c_str() : "", c.tension,
                    uwv_tension_class(c.tension));
      out << line;
    }
  }
  if (figures.has_defence_formation()) {
    for (int year : {first, last}) {
      const DefenceFormation f = figures.defence_formation(year);
      out << defence_formation_text(f.filled, f.posts, language) << " (" << year << ")\n";
    }
  }
  return out.str();
}

}  // namespace lmsim::outputs
