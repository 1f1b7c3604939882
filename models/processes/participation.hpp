// Participation: short- to long-term unemployment, discouragement, activation, and the splits
// kept at the data's shares (students with a side job, inactive potential, zzp among workers)
// (docs/model.md; the cell rule and its sources in participation.cpp). For a person the splits
// are the probabilities that move, in expectation, the cell rule's net flows
// (abm/supply_step.hpp, supply_rates).
#pragma once

#include "models/model_description.hpp"
#include "models/processes/process_list.hpp"

namespace lmsim::model {

void apply_participation(const ModelDescription& model, LabourMarketState& state, int step,
                         std::size_t h);
// The flows of participation before it keeps its splits at their shares (short- to long-term
// unemployment, discouragement, activation): the agent-based engine runs the processes up to
// here on the expected state to find the splits' flows.
void apply_participation_flows(const ModelDescription& model, LabourMarketState& state,
                               std::size_t h);
void apply_participation_splits(const ModelDescription& model, LabourMarketState& state,
                                std::size_t h);

namespace process {
struct Participation {
  static constexpr const char* kName = "participation";
  static constexpr Scope kScope = Scope::kHomeRegion;
  static constexpr AgentRole kAgents = AgentRole::kPersonSupply;
  static constexpr auto apply = &apply_participation;

  template <class Person>
  static bool person(Person& p) {
    if (!p.rates.supply_processes) return true;
    const ModelParameters& parameters = p.model.parameters();
    const auto& rates = p.rates;
    if (p.status == Status::kUnemployedShort && p.happens(parameters.short_to_long_unemployment))
      p.move(Status::kUnemployedLong);
    if (p.status == Status::kUnemployedLong && p.happens(parameters.discouragement))
      p.move(Status::kInactivePotential);
    if (p.status == Status::kInactivePotential && p.happens(rates.activation)) {
      p.occupation = p.seek(p.education);
      p.start_spell(Status::kUnemployedShort);
    }
    const std::size_t in_region = p.home * kBlockGroups + p.group();
    if (p.status == Status::kInactive && p.happens(rates.inactive_to_potential[in_region])) {
      p.move(Status::kInactivePotential);
    } else if (p.status == Status::kInactivePotential &&
               p.happens(rates.potential_to_inactive[in_region])) {
      p.move(Status::kInactive);
    }
    if (p.status == Status::kStudent && p.happens(rates.student_to_side_job[in_region])) {
      p.move(Status::kStudentSideJob);
    } else if (p.status == Status::kStudentSideJob &&
               p.happens(rates.side_job_to_student[in_region])) {
      p.move(Status::kStudent);
    }
    const std::size_t by_occupation =
        (p.home * rates.occupations + p.occupation) * kBlockGroups + p.group();
    if (p.status == Status::kSelfEmployed && p.happens(rates.zzp_stopping[by_occupation]))
      p.move(Status::kInactive);
    if (p.status == Status::kEmployed && p.happens(rates.employee_to_zzp[by_occupation])) {
      p.move(Status::kSelfEmployed);
    } else if (p.status == Status::kSelfEmployed &&
               p.happens(rates.zzp_to_employee[by_occupation])) {
      p.move(Status::kEmployed);
      p.work = static_cast<std::uint8_t>(
          p.pick(rates.work_region_of(p.home, p.occupation), rates.regions));
      p.start_new_job();
    }
    return true;
  }
};
}  // namespace process

}  // namespace lmsim::model
