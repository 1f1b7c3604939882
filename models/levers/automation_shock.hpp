// Automation shock (del Rio-Chanona et al. 2021): target demand moves from D0 to
// Df = D0 (1 - p) sum(D0) / sum(D0 (1 - p)), where p is each occupation's automation
// probability, along a logistic curve: from step `start_step` on,
//   d* = D0 + (Df - D0) / (1 + exp(-k (t - t0))),  h = duration_steps / 2, t0 = start + h,
//   k = -ln(1 / completion - 1) / h,
// so the shift is (1 - completion) done at the start and `completion` done at its end; total
// demand is unchanged. The probabilities are read from a CSV file in the data directory, one row
// per occupation (the published run: Frey and Osborne's probabilities, over 30 years of 6.75-week
// steps from step 100, completion 0.9999). In lmsim's regional data D0 is taken, for the
// rescaling, as each occupation's employment plus vacancies in the data set.
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class AutomationShock : public Lever {
 public:
  AutomationShock(const LeverReader& reader, const DataSet& data);
  void add_effect_at(ScenarioEffects& effects, const TimeAxis& time, int step) const override;
  std::map<std::string, std::uint64_t> input_checksums() const override { return checksums_; }

 private:
  std::map<std::string, std::uint64_t> checksums_;
  double start_, midpoint_, steepness_;
  std::vector<double> full_change_;  // Df / D0 - 1 per work cell
};

}  // namespace lmsim::model
