// International migration of one home region: emigration by age (age_rates.csv; with the
// returning labour migrants 186,000 a year 15-74, CBS 2024); labour migrants arriving into work
// in their occupations (migration.csv) in the home regions of labour_migrant_regions.csv, and
// returning after their mean stay; asylum status holders entering as inactive potential; other
// immigrants (study, family) entering as students (at the ages at which people study),
// inactive or inactive potential. Immigration in total is 277,000 a year 15-74 (CBS 2024).
#include <algorithm>

#include "models/model_description.hpp"
#include "models/processes/inflows.hpp"
#include "models/processes/migration.hpp"
#include "models/processes/transfer.hpp"

namespace lmsim::model {
namespace {

// Labour migrants return home at the monthly rate 1 / (12 x mean stay), so that a stock of
// inflow x stay returns as many as arrive; they leave their employee cell in proportion to its
// age x education profile.
void apply_returns(const ModelDescription& model, LabourMarketState& state, std::size_t h) {
  auto& employed = state.persons(Status::kEmployed);
  double returned = 0.0;
  for (std::size_t o = 0; o < state.occupations(); ++o) {
    const double leaving = labour_migrants_returning(model, state, h, o);
    if (leaving <= 0.0) continue;
    const double share = leaving / state.employees(h, o);
    for (std::size_t g = 0; g < kBlockGroups; ++g) employed[state.block(h, o) + g] *= 1.0 - share;
    state.labour_migrants[state.cell(h, o)] -= leaving;
    returned += leaving;
  }
  state.ledger_of(h).add(index(Status::kEmployed), kOutside, returned);
}

// Arrivals are spread over the slots of their age by birth month (age_slots.hpp).
void add_labour_migrants(const ModelDescription& model, LabourMarketState& state, int month,
                         std::size_t h) {
  auto& employed = state.persons(Status::kEmployed);
  const auto& share_by_age = model.data().age_rates.immigration_share;
  double arrived = 0.0;
  for (std::size_t o = 0; o < state.occupations(); ++o) {
    const double to_region = labour_migrants_arriving(model, state.record.effects, h, o);
    if (to_region <= 0.0) continue;
    for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
      for (std::size_t e = 0; e < kEducationLevels; ++e) {
        employed[state.block(h, o) + group_of(slot, e)] +=
            to_region * share_by_age[age_of_slot(slot)] * slot_share_of_age(slot, month) *
            model.data().education_occupation(static_cast<Eigen::Index>(o),
                                              static_cast<Eigen::Index>(e));
      }
    }
    state.labour_migrants[state.cell(h, o)] += to_region;
    arrived += to_region;
  }
  state.ledger_of(h).add(kOutside, index(Status::kEmployed), arrived);
}

void add_other_immigrants(const ModelDescription& model, LabourMarketState& state, int month,
                          std::size_t h, const ImmigrantGroup& group) {
  if (group.persons <= 0.0) return;
  double* target = &state.persons(group.status)[state.block(h)];
  for (std::size_t g = 0; g < kBlockGroups; ++g) {
    target[g] += group.persons * (*group.age_share)[age_of_group(g)] *
                 slot_share_of_age(slot_of_group(g), month) *
                 model.education_mix_by_age[age_cell_of_group(g)];
  }
  state.ledger_of(h).add(kOutside, index(group.status), group.persons);
}

}  // namespace

void apply_emigration(const ModelDescription& model, LabourMarketState& state, int step,
                      std::size_t h) {
  const std::vector<double>& rates = model.emigration_in(step);
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    transfer_by_age(state, h, static_cast<Status>(s), kOutside, rates);
  }
}

double labour_migrants_returning(const ModelDescription& model, const LabourMarketState& state,
                                 std::size_t h, std::size_t o) {
  const double migrants = state.labour_migrants[state.cell(h, o)];
  const double employees = state.employees(h, o);
  if (migrants <= 0.0 || employees <= 0.0) return 0.0;
  return std::min(employees, migrants / (12.0 * model.data().labour_migrant_stay_years[o]));
}

void apply_returns_and_immigration(const ModelDescription& model, LabourMarketState& state,
                                   int step, std::size_t h) {
  apply_returns(model, state, h);
  const int month = model.time().month(step);
  add_labour_migrants(model, state, month, h);
  for (const ImmigrantGroup& group : other_immigrants(model, h, step))
    add_other_immigrants(model, state, month, h, group);
}

void apply_migration(const ModelDescription& model, LabourMarketState& state, int step,
                     std::size_t h) {
  if (!model.parameters().supply_processes) return;
  apply_emigration(model, state, step, h);
  apply_returns_and_immigration(model, state, step, h);
}

}  // namespace lmsim::model
