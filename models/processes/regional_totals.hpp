// Adds up what the per-region processes recorded, in region order, so that the totals do not
// depend on the number of threads (engine/process_schedule.hpp). The agents' tallies are whole
// numbers, which add up the same in any order.
#pragma once

#include "models/processes/process_list.hpp"
#include "models/state.hpp"

namespace lmsim::model {

class ModelDescription;

void add_regional_totals(const ModelDescription& model, LabourMarketState& state, int step);

namespace process {
struct RegionalTotals {
  static constexpr const char* kName = "regional_totals";
  static constexpr Scope kScope = Scope::kWholeMarket;
  static constexpr AgentRole kAgents = AgentRole::kByConstruction;
  static constexpr auto apply = &add_regional_totals;
};
}  // namespace process

}  // namespace lmsim::model
