// Job search and matching: separations, openings and hires applied together (docs/model.md;
// the cell rule in search_and_matching.cpp). The chances of one person (person_chances,
// models/matching.hpp) serve both engines: the agents draw their separations, moves and hires
// with them in the labour-market pass (abm/matching_step.hpp).
#pragma once

#include "models/processes/process_list.hpp"
#include "models/state.hpp"

namespace lmsim::model {

class ModelDescription;

void apply_search_and_matching(const ModelDescription& model, LabourMarketState& state, int step);

namespace process {
struct SearchAndMatching {
  static constexpr const char* kName = "search_and_matching";
  static constexpr Scope kScope = Scope::kWholeMarket;
  static constexpr AgentRole kAgents = AgentRole::kPersonMarket;
  static constexpr auto apply = &apply_search_and_matching;
};
}  // namespace process

}  // namespace lmsim::model
