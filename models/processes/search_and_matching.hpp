// Job search and matching: separations, openings and hires applied together (docs/model.md;
// the cell rule in search_and_matching.cpp). The chances of one person (person_chances,
// models/matching.hpp) serve both engines: the agents draw their separations, moves and hires
// with them in the labour-market pass (abm/matching_step.hpp), by the person rule below.
#pragma once

#include "models/processes/process_list.hpp"
#include "models/processes/ww_benefits.hpp"
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

  // The events of an employee or job seeker in the month, decided by its uniform u of the month
  // and the chances of its cell (p.rates, abm::MatchingRates): an employee separates (and is
  // entitled to WW with the share of job losers, ww_benefits.hpp) or moves to another job; a job
  // seeker is hired or spends another month unemployed. A hire's destination occupation and work
  // region are drawn by p.take_job.
  template <class Person>
  static void person(Person& p, double u) {
    const Status status = p.status();
    const bool employed = status == Status::kEmployed;
    if (!employed && status != Status::kUnemployedShort && status != Status::kUnemployedLong)
      return;
    const auto& rates = p.rates;
    const std::size_t cell = p.home() * rates.occupations + p.occupation();
    const std::size_t k = cell * kBlockGroups + p.group();
    bool hired = false;
    if (employed) {
      const auto& chance = rates.employee_chances[k];
      if (u < chance.separating) {
        p.lose_job(entitled_to_ww(u, chance.separating, rates.ww_entitled_share));
        return;
      }
      hired = u < (p.flex_contract() ? chance.separating_or_moving_flex
                                     : chance.separating_or_moving_permanent);
    } else {
      const auto& chance = rates.seeker_chances[k];
      hired = u < (status == Status::kUnemployedShort ? chance.hired_short : chance.hired_long);
      if (!hired) {
        p.another_month_unemployed();
        return;
      }
      p.count_hire_from_unemployment(cell);
    }
    if (hired) p.take_job(cell);
  }
};
}  // namespace process

}  // namespace lmsim::model
