// Labour demand: separations and vacancy openings per work region x occupation from the gap to
// target demand (docs/model.md; the rule in labour_demand.cpp). The agent-based engine plans them
// the same way from its counted persons.
#pragma once

#include "models/processes/process_list.hpp"
#include "models/state.hpp"

namespace lmsim::model {

class ModelDescription;

void apply_separations_and_openings(const ModelDescription& model, LabourMarketState& state,
                                    int step);

namespace process {
struct LabourDemand {
  static constexpr const char* kName = "labour_demand";
  static constexpr Scope kScope = Scope::kWholeMarket;
  static constexpr AgentRole kAgents = AgentRole::kOnCounts;
  static constexpr auto apply = &apply_separations_and_openings;
};
}  // namespace process

}  // namespace lmsim::model
