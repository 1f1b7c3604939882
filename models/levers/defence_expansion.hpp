// Defence expansion (docs/scenarios.md): target demand for the `defence` occupation grows from the
// personnel of defence.csv (about 80,000 in December 2025, incl. 9,172 reservists, NOS) toward
// target_personnel (100,000 by 2030 in the Kamerbrief of March 2025; 200,000 incl. reservists as
// the long-term ambition), split over the chosen regions by base presence (their share of the
// current defence personnel), phased in by the profile.
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class DefenceExpansion : public Lever {
 public:
  DefenceExpansion(const LeverReader& reader, const DataSet& data);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::size_t occupations_ = 0;
  std::size_t defence_ = 0;
  double extra_personnel_ = 0.0;  // target minus current, nationally
  std::vector<double> share_;     // of the extra personnel per region
  TimeProfile profile_;
};

}  // namespace lmsim::model
