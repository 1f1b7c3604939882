// Annual figures of a run, from its monthly results (time x region x occupation variables and
// population by status): what the run summary prints and what a sweep keeps of each point.
// Annual values are means of the monthly values of the year.
#pragma once

#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// The years of a run and the year of each step (monthly, or another time step such as the 6.75
// weeks of a published network's runs).
struct YearlyView {
  explicit YearlyView(const ResultSet& results);
  std::vector<int> years;
  std::vector<int> year_of_step;
  bool monthly = true;  // every step starts on the first day of a month
};

class AnnualFigures {
 public:
  // ww_benefit_share: the share of short-term unemployed on WW benefit (UWV's tension counts
  // vacancies per WW benefit).
  AnnualFigures(const ResultSet& results, double ww_benefit_share);

  const std::vector<int>& years() const { return view_.years; }

  // Annual mean of a time x region x occupation variable, summed over all regions (region < 0)
  // or one, and all occupations (occupation < 0) or one.
  double mean(const char* variable, int year, long region = -1, long occupation = -1) const;
  // UWV tension: vacancies per short-term unemployed on WW benefit (infinite without them).
  double tension(int year, long region = -1, long occupation = -1) const;
  // Unemployment rate in percent as CBS counts it: unemployed / (working + unemployed), where
  // working includes students with a side job and working pensioners.
  double unemployment_rate(int year, long region = -1) const;

 private:
  const ResultSet& results_;
  double ww_benefit_share_;
  YearlyView view_;
};

}  // namespace lmsim::outputs
