// Demography of one home region: mortality by age (age_rates.csv, scaled to 49,000 deaths 15-74
// a year, CBS 2024), ageing of one twelfth of every single-year age group per month (ages
// uniform within a year), persons passing 75 leaving the model, 15-year-olds entering as
// students (197,000 a year, CBS 2024) and school leavers entering the labour market as
// short-term unemployed, with the education they leave with and an occupation sought in
// proportion to the employment of their education level.
#include <array>

#include "models/cell_sum.hpp"
#include "models/vector_width.hpp"

#include "models/model_description.hpp"
#include "models/processes/demography.hpp"
#include "models/processes/inflows.hpp"
#include "models/processes/transfer.hpp"

namespace lmsim::model {
namespace {

// survivors[g] = persons[g] x survival[g] over the groups of one block.
LMSIM_INLINE void survive(const double* __restrict persons, const double* __restrict survival,
                          double* __restrict survivors) {
  for (std::size_t g = 0; g < kBlockGroups; ++g) survivors[g] = persons[g] * survival[g];
}

// A block's survivors, aged: group g keeps its survivors that stay and takes those of the group
// one slot below that move up (the oldest movers leave the model). Survivors and persons are
// separate arrays, so the loop runs on vectors.
LMSIM_INLINE void age_by_a_month(const double* __restrict survivors, double* __restrict persons) {
  static_assert(kAgeSlots == kAges, "ageing by one twelfth assumes one slot per year of age");
  for (std::size_t g = 0; g < kEducationLevels; ++g)
    persons[g] = survivors[g] * (1.0 - kAgeingPerMonth);
  for (std::size_t g = kEducationLevels; g < kBlockGroups; ++g) {
    persons[g] =
        survivors[g] * (1.0 - kAgeingPerMonth) + survivors[g - kEducationLevels] * kAgeingPerMonth;
  }
}

struct Leaving {
  double deaths = 0.0, aged_out = 0.0;
};

// Deaths at the mortality of each age, then ageing of the survivors, in `blocks` consecutive
// blocks; adds the deaths and those ageing out of the model to `leaving`.
LMSIM_INLINE void survive_and_age_blocks(double* persons, std::size_t blocks,
                                         const double* survival, Leaving& leaving) {
  constexpr std::size_t kLastSlotFirstGroup = (kAgeSlots - 1) * kEducationLevels;
  std::array<double, kBlockGroups> survivors;
  for (std::size_t b = 0; b < blocks; ++b) {
    double* p = persons + b * kBlockGroups;
    leaving.deaths +=
        sum_over_cells(0, kBlockGroups, [&](std::size_t i) { return p[i] * (1.0 - survival[i]); });
    survive(p, survival, survivors.data());
    for (std::size_t i = kLastSlotFirstGroup; i < kBlockGroups; ++i)
      leaving.aged_out += survivors[i] * kAgeingPerMonth;
    age_by_a_month(survivors.data(), p);
  }
}

LMSIM_AVX2 void survive_and_age_blocks_avx2(double* persons, std::size_t blocks,
                                            const double* survival, Leaving& leaving) {
  survive_and_age_blocks(persons, blocks, survival, leaving);
}

// Deaths at the mortality of each age, then ageing of the survivors: one twelfth of each age
// moves to the next age and the oldest twelfth leaves the model.
void apply_survival_and_ageing(const ModelDescription& model, LabourMarketState& state,
                               std::size_t h) {
  const double* survival = model.survival_by_group.data();
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const std::size_t blocks = has_occupation(status) ? state.occupations() : 1;
    double* persons =
        &state.persons(status)[has_occupation(status) ? state.block(h, 0) : state.block(h)];
    Leaving leaving;
    if (processor_has_avx2()) {
      survive_and_age_blocks_avx2(persons, blocks, survival, leaving);
    } else {
      survive_and_age_blocks(persons, blocks, survival, leaving);
    }
    state.ledger_of(h).add(s, kOutside, leaving.deaths + leaving.aged_out);
  }
}

void add_entrants(const ModelDescription& model, LabourMarketState& state, int step,
                  std::size_t h) {
  const double entrants = entrants_at_15(model, h, step);
  // Age 15, low education: the first group of the block.
  state.persons(Status::kStudent)[state.block(h) + group_of(first_slot_of_age(0), 0)] += entrants;
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
  apply_survival_and_ageing(model, state, h);
  add_entrants(model, state, step, h);
  apply_school_leaving(model, state, h);
}

}  // namespace lmsim::model
