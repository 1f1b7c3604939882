// Demography: deaths, ageing, 15-year-olds entering, school leaving (docs/model.md; the cell
// rule and its sources in demography.cpp). A person dies at the mortality of its age, then
// reaches the next age (decided apart by the agent-based engine: `ages`), leaving the model past
// 74, and leaves school at the school-leaving rate of its age with the education of that age,
// seeking work in an occupation of its education.
#pragma once

#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"

namespace lmsim::model {

void apply_demography(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h);

namespace process {
struct Demography {
  static constexpr const char* kName = "demography";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kPersonSupply;
  static constexpr auto apply = &apply_demography;

  template <class Person>
  static bool person(Person& p) {
    if (!p.rates.supply_processes) return true;
    if (p.first == SupplyStage::kWholeMonth) {
      if (p.happens(p.model.mortality[p.age])) return p.leave();
      if (p.ages) {
        if (p.age + 1 == kAges) return p.leave();
        ++p.age;
      }
    }
    if (p.first != SupplyStage::kFromRetirement &&
        (p.status == Status::kStudent || p.status == Status::kStudentSideJob) &&
        p.happens(p.model.school_leaving[p.age])) {
      p.education = p.pick(&p.rates.leaving_education[p.age * kEducationLevels], kEducationLevels);
      p.occupation = p.seek(p.education);
      p.start_spell(Status::kUnemployedShort);
    }
    return true;
  }
};
}  // namespace process

}  // namespace lmsim::model
