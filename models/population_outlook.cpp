#include "models/population_outlook.hpp"

#include <algorithm>

#include "models/plausible_ranges.hpp"

namespace lmsim::model {
namespace {

const PlausibleRange& population_range_of(const CsvTable& t, std::size_t column) {
  return plausible_range(kPopulationOutlook, t.header().at(column));
}

}  // namespace

PopulationFlows PopulationOutlook::relative_to_first(int year) const {
  if (by_year.empty()) return {};
  const PopulationFlows& first = by_year.begin()->second;
  auto it = by_year.upper_bound(year);
  const PopulationFlows& now = it == by_year.begin() ? first : std::prev(it)->second;
  const auto ratio = [](double a, double b) { return b > 0.0 ? a / b : 1.0; };
  return {ratio(now.entrants_at_15, first.entrants_at_15),
          ratio(now.immigration, first.immigration), ratio(now.emigration, first.emigration)};
}

PopulationOutlook read_population_outlook(const CsvTable& t) {
  const auto year = t.column("year"), entrants = t.column("entrants_at_15"),
             immigration = t.column("immigration"), emigration = t.column("emigration"),
             source = t.column("source");
  const PlausibleRange &entrants_range = population_range_of(t, entrants),
                       &immigration_range = population_range_of(t, immigration),
                       &emigration_range = population_range_of(t, emigration);
  PopulationOutlook outlook;
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const long y = t.integer(r, year);
    if (y < 2000 || y > 2100) t.fail(r, year, "year must lie in 2000..2100");
    if (!outlook.by_year.empty() && y != outlook.by_year.rbegin()->first + 1) {
      t.fail(r, year, "years must be consecutive and ascending");
    }
    PopulationFlows flows{plausible_value(t, r, entrants, entrants_range),
                          plausible_value(t, r, immigration, immigration_range),
                          plausible_value(t, r, emigration, emigration_range)};
    if (r == 0 &&
        (flows.entrants_at_15 <= 0.0 || flows.immigration <= 0.0 || flows.emigration <= 0.0)) {
      t.fail(r, entrants,
             "the first year's flows must be above 0: later years are read relative to them");
    }
    outlook.by_year[static_cast<int>(y)] = flows;
    const std::string& tag = t.text(r, source);
    if (std::find(outlook.sources.begin(), outlook.sources.end(), tag) == outlook.sources.end())
      outlook.sources.push_back(tag);
  }
  return outlook;
}

}  // namespace lmsim::model
