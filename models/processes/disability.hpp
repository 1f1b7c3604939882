// Disability: workers and the unemployed enter WIA at the rate of their age; the disabled leave
// to inactivity at disability_exit (docs/model.md; the cell rule and its sources in
// disability.cpp).
#pragma once

#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"

namespace lmsim::model {

void apply_disability(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h);

namespace process {
struct Disability {
  static constexpr const char* kName = "disability";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kPersonSupply;
  static constexpr auto apply = &apply_disability;

  template <class Person>
  static bool person(Person& p) {
    if (!p.rates.supply_processes) return true;
    if ((p.status == Status::kEmployed || p.status == Status::kSelfEmployed ||
         is_unemployed(p.status)) &&
        p.happens(p.model.disability[p.age]))
      p.move(Status::kDisabled);
    if (p.status == Status::kDisabled && p.happens(p.model.parameters().disability_exit))
      p.move(Status::kInactive);
    return true;
  }
};
}  // namespace process

}  // namespace lmsim::model
