// Demand cycle: target demand follows a sine wave, d* x (1 - amplitude sin(2 pi (t + phase) /
// period)) from step `start_step` on, with t the step of the run (months for lmsim's monthly runs).
// The business cycle of del Rio-Chanona et al. (2021, the Beveridge curve run: amplitude 0.065,
// period 103 steps of 6.75 weeks, phase 80, from step 80) is one instance; a planner may use it
// for a boom and bust of any length in chosen regions and occupations.
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

class DemandCycle : public Lever {
 public:
  explicit DemandCycle(const LeverReader& reader);
  void add_effect_at(ScenarioEffects& effects, const TimeAxis& time, int step) const override;

 private:
  double amplitude_, period_, phase_, start_;
  std::vector<bool> cells_;  // work region x occupation
};

}  // namespace lmsim::model
