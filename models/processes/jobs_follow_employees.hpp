// Employee jobs follow the employees of their home region and occupation after the supply
// processes have moved them (jobs_follow_employees.cpp). An agent keeps its work region while it
// works, and a new employee takes one where its cell's jobs are (abm/supply_step.hpp).
#pragma once

#include "models/processes/process_list.hpp"
#include "models/state.hpp"

namespace lmsim::model {

class ModelDescription;

void apply_jobs_follow_employees(const ModelDescription& model, LabourMarketState& state, int step,
                                 std::size_t h);

namespace process {
struct JobsFollowEmployees {
  static constexpr const char* kName = "jobs_follow_employees";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kByConstruction;
  static constexpr auto apply = &apply_jobs_follow_employees;
};
}  // namespace process

}  // namespace lmsim::model
