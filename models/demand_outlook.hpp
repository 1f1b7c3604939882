// The labour-demand outlook: how many jobs (employee jobs + zzp + vacancies) employers want,
// as a growth rate per calendar year, region and occupation (demand_outlook.csv; docs/data.md,
// "The outlook"). Target demand follows it from the demand of the first month.
#pragma once

#include <string>
#include <vector>

#include "engine/csv_table.hpp"
#include "models/dimensions.hpp"

namespace lmsim::model {

inline constexpr const char* kDefaultDemandOutlook = "demand_outlook.csv";

struct DemandOutlook {
  std::string file;  // the file's name in the data directory; empty: demand stays flat
  int first_year = 0;
  int last_year = -1;
  // growth[year - first_year][region x occupation]: growth of demand during that calendar year
  std::vector<std::vector<double>> growth;
  // The file's source tags in order of first appearance (for the run summary and the annex).
  std::vector<std::string> sources;

  bool empty() const { return growth.empty(); }
  // Growth during a calendar year in a cell; before the first listed year the first year's,
  // after the last year the last year's.
  double growth_in(int year, std::size_t cell) const;
};

// Reads demand_outlook.csv: columns region (an AM code, or NL for every region), occupation,
// year, growth and source. Every year from the first to the last must have an NL row for every
// occupation; a regional row replaces the NL row of its region, occupation and year.
DemandOutlook read_demand_outlook(const CsvTable& table, const Dimensions& dims);

}  // namespace lmsim::model
