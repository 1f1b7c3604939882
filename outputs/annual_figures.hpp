// Annual figures of a run, from its monthly results (time x region x occupation variables and
// population by status): what the run summary prints and what a sweep keeps of each point.
// Annual values are means of the monthly values of the year.
#pragma once

#include <optional>
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

// The defence formation in a year: posts and the posts filled, annual means of defence_posts and
// defence_filled (Defensie's three streams, the reservists included); in files without them,
// the target demand and employed of DEF.
struct DefenceFormation {
  double filled = 0.0;
  double posts = 0.0;
  // filled / posts; NaN without posts
  double fill_rate() const;
};

class AnnualFigures {
 public:
  explicit AnnualFigures(const ResultSet& results);

  const std::vector<int>& years() const { return view_.years; }

  // Annual mean of a time x region x occupation variable, summed over all regions (region < 0)
  // or one, and all occupations (occupation < 0) or one; of a time x region variable, over the
  // regions only.
  double mean(const char* variable, int year, long region = -1, long occupation = -1) const;
  // Whether the results hold what UWV's tension needs: vacancies and WW counts.
  bool has_tension() const;
  // UWV tension as UWV computes it: annual mean vacancies / annual mean WW benefits under 6
  // months (infinite where there are none). Over all occupations (occupation < 0) it covers
  // UWV's occupation classes only: defence is left out (is_uwv_occupation).
  double tension(int year, long region = -1, long occupation = -1) const;
  // The index of the defence occupation (kDefenceOccupation), if the results have one.
  std::optional<long> defence_occupation() const { return defence_; }
  // Whether the results hold what the defence formation needs (DEF, employed, target_demand).
  bool has_defence_formation() const;
  // The defence formation in a year, for the country (region < 0) or one region of work.
  DefenceFormation defence_formation(int year, long region = -1) const;
  // Unemployment rate in percent as CBS counts it: unemployed / (working + unemployed), where
  // working includes students with a side job and working pensioners.
  double unemployment_rate(int year, long region = -1) const;

 private:
  // Annual mean summed as mean() does; with uwv_only, over UWV's occupation classes only.
  double sum(const char* variable, int year, long region, long occupation, bool uwv_only) const;

  const ResultSet& results_;
  YearlyView view_;
  std::optional<long> defence_;
};

}  // namespace lmsim::outputs
