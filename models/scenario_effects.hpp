// What the scenario's levers do to the model in one month, gathered before the processes run:
// each lever adds its effect, each process reads the part it needs. Without levers every
// effect is neutral (additions 0, factors 1), so a run is the same as its base.
#pragma once

#include <cstddef>
#include <vector>

namespace lmsim::model {

struct ScenarioEffects {
  std::vector<double> demand_added;             // persons added to target demand, per work cell
  std::vector<double> labour_migration_factor;  // multiplies labour migrant inflow, per home cell

  void reset(std::size_t regions, std::size_t occupations) {
    demand_added.assign(regions * occupations, 0.0);
    labour_migration_factor.assign(regions * occupations, 1.0);
  }
};

}  // namespace lmsim::model
