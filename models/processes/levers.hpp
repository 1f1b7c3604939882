// The scenario's levers, which open the month: they clear the month's records and set the
// effects that the later processes read (models/levers/, docs/scenarios.md).
#pragma once

#include "models/processes/process_list.hpp"
#include "models/state.hpp"

namespace lmsim::model {

class ModelDescription;

void apply_levers(const ModelDescription& model, LabourMarketState& state, int step);

namespace process {
struct Levers {
  static constexpr const char* kName = "levers";
  static constexpr Scope kScope = Scope::kWholeMarket;
  static constexpr AgentRole kAgents = AgentRole::kOnCounts;
  static constexpr auto apply = &apply_levers;
};
}  // namespace process

}  // namespace lmsim::model
