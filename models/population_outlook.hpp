// The population outlook: persons entering at 15, immigrants and emigrants aged 15-74 per
// calendar year, along one CBS forecast (population_outlook.csv; docs/data.md and
// scenarios/data/SOURCES.md). The model's flows follow the ratio of a year's figure to that of
// the first listed year, on top of the parameters' levels, which hold for that first year.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/csv_table.hpp"

namespace lmsim::model {

inline constexpr const char* kPopulationOutlook = "population_outlook.csv";

struct PopulationFlows {
  double entrants_at_15 = 1.0;
  double immigration = 1.0;
  double emigration = 1.0;
};

struct PopulationOutlook {
  std::map<int, PopulationFlows> by_year;  // persons a year
  std::vector<std::string> sources;        // the distinct sources, in order of first appearance

  bool empty() const { return by_year.empty(); }
  // The flows of a year relative to the first listed year (1 where the outlook is empty); a
  // year before the first takes the first's, one after the last the last's.
  PopulationFlows relative_to_first(int year) const;
};

PopulationOutlook read_population_outlook(const CsvTable& table);

}  // namespace lmsim::model
