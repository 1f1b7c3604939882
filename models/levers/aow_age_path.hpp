// AOW age path (docs/scenarios.md): the state pension age by year. aow_age.csv holds the law (67
// until 2027, 67y3m from 2028) and a projection by the rule of +3 months per +4.5 months of life
// expectancy; this lever sets another path, for example a faster rise or a freeze. `age_by_year`
// gives the age in years from a year on (67.25 = 67 years and 3 months), held until the next.
#pragma once

#include <map>

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class AowAgePath : public Lever {
 public:
  explicit AowAgePath(const LeverReader& reader);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::map<int, int> months_by_year_;
};

}  // namespace lmsim::model
