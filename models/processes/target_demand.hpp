// Target demand d* per work region x occupation: the first month's demand along the demand
// outlook, with the levers' changes (docs/model.md, section 2.1; target_demand.cpp).
#pragma once

#include "models/processes/process_list.hpp"
#include "models/state.hpp"

namespace lmsim::model {

class ModelDescription;

void update_target_demand(const ModelDescription& model, LabourMarketState& state, int step);

namespace process {
struct TargetDemand {
  static constexpr const char* kName = "target_demand";
  static constexpr Scope kScope = Scope::kWholeMarket;
  static constexpr AgentRole kAgents = AgentRole::kOnCounts;
  static constexpr auto apply = &update_target_demand;
};
}  // namespace process

}  // namespace lmsim::model
