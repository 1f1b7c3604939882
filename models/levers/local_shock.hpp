// Local shock (docs/levers.md): a plant, distribution centre or base opening or closing in one
// region. Target demand of one work region x occupation changes by `jobs` persons (positive for
// an opening, negative for a closing), phased in by the profile, as defence_expansion adds its
// posts. A closing may not remove more than the cell has at the start: its employed and
// vacancies of labour_market.csv (the demand the run starts from is only known after calibration,
// after the levers are built).
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class LocalShock : public Lever {
 public:
  LocalShock(const LeverReader& reader, const DataSet& data);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  std::size_t cell_ = 0;  // work region x occupation, region-major
  double jobs_ = 0.0;     // persons of target demand at the full size
  TimeProfile profile_;
};

}  // namespace lmsim::model
