// The short human summary printed after a run: national figures and tension per region in the
// first and last year, and the tightest region x occupation cells of the last year.
#pragma once

#include <string>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

struct YearlyView {
  // Annual means of monthly values from a ResultSet with dimensions time x region x occupation.
  explicit YearlyView(const ResultSet& results);
  std::vector<int> years;
  std::vector<int> year_of_step;
};

std::string summarise_run(const ResultSet& results, double ww_benefit_share,
                          const std::string& title);

}  // namespace lmsim::outputs
