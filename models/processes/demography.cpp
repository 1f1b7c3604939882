// Demography of one home region: mortality by age (age_rates.csv, scaled to 49,000 deaths 15-74
// a year, CBS 2024), birthdays in the birth month (age_slots.hpp: birth months uniform within
// the year), persons passing 75 leaving the model, 15-year-olds entering as
// students (197,000 a year, CBS 2024) and school leavers entering the labour market as
// short-term unemployed, with the education they leave with and an occupation sought in
// proportion to the employment of their education level.
#include <array>
#include <vector>

#include "models/cell_sum.hpp"
#include "models/vector_width.hpp"

#include "models/model_description.hpp"
#include "models/processes/demography.hpp"
#include "models/processes/inflows.hpp"
#include "models/processes/transfer.hpp"

namespace lmsim::model {
namespace {

// Deaths at the mortality of each group over one block, in place; returns the deaths.
LMSIM_INLINE double survive(double* __restrict persons, const double* __restrict survival) {
  const double deaths = sum_over_cells(
      0, kBlockGroups, [&](std::size_t g) { return persons[g] * (1.0 - survival[g]); });
  for (std::size_t g = 0; g < kBlockGroups; ++g) persons[g] *= survival[g];
  return deaths;
}

LMSIM_AVX2 double survive_avx2(double* persons, const double* survival) {
  return survive(persons, survival);
}

// Deaths at the mortality of each age, then the birthdays of the month: persons reach the next
// age in their birth month (age_slots.hpp) and those passing 74 leave the model.
void apply_survival_and_ageing(const ModelDescription& model, LabourMarketState& state, int step,
                               std::size_t h) {
  const int month = model.time().month(step);
  const std::vector<Birthday> moves = birthdays_of(month);
  const double* survival = model.survival_by_group.data();
  const bool avx2 = processor_has_avx2();
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const std::size_t blocks = has_occupation(status) ? state.occupations() : 1;
    double* persons =
        &state.persons(status)[has_occupation(status) ? state.block(h, 0) : state.block(h)];
    double leaving = 0.0;
    for (std::size_t b = 0; b < blocks; ++b) {
      double* block = persons + b * kBlockGroups;
      leaving += avx2 ? survive_avx2(block, survival) : survive(block, survival);
      if (month == 1) start_new_year(block, 1, kEducationLevels);
      leaving += have_birthdays(block, moves, kEducationLevels);
    }
    state.ledger_of(h).add(s, kOutside, leaving);
  }
}

void add_entrants(const ModelDescription& model, LabourMarketState& state, int step,
                  std::size_t h) {
  const double entrants = entrants_at_15(model, h, step);
  // Age 15 (their birthday this month), low education.
  state.persons(Status::kStudent)[state.block(h) + group_of(had_slot(0), 0)] += entrants;
  state.ledger_of(h).add(kOutside, index(Status::kStudent), entrants);
}

// School leavers leave with the education of their leaving age and seek work in an occupation
// drawn from the occupations of that education level.
void apply_school_leaving(const ModelDescription& model, LabourMarketState& state, std::size_t h) {
  auto& unemployed = state.persons(Status::kUnemployedShort);
  for (Status from : {Status::kStudent, Status::kStudentSideJob}) {
    double* students = &state.persons(from)[state.block(h)];
    double moved = 0.0;
    for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
      const std::size_t a = age_of_slot(slot);
      const double p = model.school_leaving[a];
      if (p <= 0.0) continue;
      double leavers = 0.0;
      for (std::size_t e = 0; e < kEducationLevels; ++e) {
        leavers += students[group_of(slot, e)] * p;
        students[group_of(slot, e)] *= 1.0 - p;
      }
      moved += leavers;
      for (std::size_t e = 0; e < kEducationLevels; ++e) {
        const double with_level = leavers * model.leaving_education[a][e];
        for (std::size_t o = 0; o < state.occupations(); ++o) {
          unemployed[state.block(h, o) + group_of(slot, e)] +=
              with_level * model.occupation_given_education(static_cast<Eigen::Index>(e),
                                                            static_cast<Eigen::Index>(o));
        }
      }
    }
    state.ledger_of(h).add(from, Status::kUnemployedShort, moved);
  }
}

}  // namespace

void apply_demography(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h) {
  if (!model.parameters().supply_processes) return;
  apply_survival_and_ageing(model, state, step, h);
  add_entrants(model, state, step, h);
  apply_school_leaving(model, state, h);
}

}  // namespace lmsim::model
