// Retirement: crossing the AOW age, keeping working past it, early retirement and RVU
// (docs/model.md; the cell rule and its sources in retirement.cpp, the rates in
// retirement_rates.hpp, shared by both engines). A worker reaching the AOW age keeps working as a
// working pensioner or retires; others cross to retired; workers retire early at the hazard of
// their age; an RVU-eligible employee takes up RVU at the rate that gives the cell rule's entries
// (abm/supply_step.hpp, rvu_of_eligible); working pensioners stop at past_aow_work_exit.
#pragma once

#include <algorithm>

#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"
#include "models/processes/retirement_rates.hpp"

namespace lmsim::model {

void apply_retirement(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h);

namespace process {
struct Retirement {
  static constexpr const char* kName = "retirement";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kPersonSupply;
  static constexpr auto apply = &apply_retirement;

  template <class Person>
  static bool person(Person& p) {
    if (!p.rates.supply_processes) return true;
    const RetirementRates& r = p.rates.retirement;
    const std::size_t slot = p.slot();
    if (works_before_aow(p.status)) {
      if (p.happens(r.keep_working[slot])) {
        p.move(Status::kWorkingPensioner);
      } else if (p.happens(r.retire_at_aow[slot])) {
        p.retire(Status::kRetired);
      }
    }
    if (std::find(kNonWorkingBeforeAow.begin(), kNonWorkingBeforeAow.end(), p.status) !=
            kNonWorkingBeforeAow.end() &&
        p.happens(r.crossing[slot]))
      p.move(Status::kRetired);
    if (works_before_aow(p.status) && p.happens(r.early[slot])) p.retire(Status::kRetired);
    if (p.status == Status::kEmployed && p.rvu_eligible() &&
        p.happens(p.rates.rvu_eligible[p.occupation * kAgeSlots + slot]))
      p.retire(Status::kRvu);
    if (p.status == Status::kWorkingPensioner && p.age >= r.past_aow.first &&
        p.happens(p.model.parameters().past_aow_work_exit))
      p.retire(Status::kRetired);
    return true;
  }
};
}  // namespace process

}  // namespace lmsim::model
