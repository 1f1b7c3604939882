// International migration: emigration by age, labour migrants returning after their mean stay,
// and immigration (docs/model.md; the cell rule and its sources in migration.cpp). A person
// emigrates at the month's emigration rate of its age; an employee returns home at the share of
// its home region and occupation's employees that the cell rule takes (labour_migrants_returning
// over the employees). Immigrants enter as newcomers (abm/newcomers.hpp).
#pragma once

#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"

namespace lmsim::model {

void apply_migration(const ModelDescription& model, LabourMarketState& state, int step,
                     std::size_t h);
// The parts of migration: emigration by age, then labour migrants returning (persons of the
// employees of a home region and occupation who return this month) and all immigration.
void apply_emigration(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h);
double labour_migrants_returning(const ModelDescription& model, const LabourMarketState& state,
                                 std::size_t h, std::size_t o);
void apply_returns_and_immigration(const ModelDescription& model, LabourMarketState& state,
                                   int step, std::size_t h);

namespace process {
struct Migration {
  static constexpr const char* kName = "migration";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kPersonSupply;
  static constexpr auto apply = &apply_migration;

  template <class Person>
  static bool person(Person& p) {
    if (!p.rates.supply_processes || p.first == SupplyStage::kFromRetirement) return true;
    if (p.happens(p.rates.emigration[p.age])) return p.leave();
    if (p.status == Status::kEmployed &&
        p.happens(p.rates.labour_migrant_return[p.home * p.rates.occupations + p.occupation]))
      return p.leave();
    return true;
  }
};
}  // namespace process

}  // namespace lmsim::model
