// Participation in one home region: the unemployed become long-term after 6 months (rate 1/6 a
// month), long-term unemployed may stop searching (discouragement), unused potential starts
// searching (activation). Three splits are kept at the shares of the data, closing a share of
// the gap every month (1 closes it at once): students with a side job among students and
// inactive potential among the inactive (status_by_age.csv, by age and education), and zzp among
// the workers of an occupation (zzp_share of occupations.csv). Only the net flow that closes
// the gap is moved and recorded.
#include <algorithm>
#include <array>

#include "models/cell_sum.hpp"

#include "models/model_description.hpp"
#include "models/processes/participation.hpp"
#include "models/processes/participation_rules.hpp"
#include "models/processes/transfer.hpp"

namespace lmsim::model {
namespace {

// Moves between a and b what brings b / (a + b) a fraction `speed` of the way to `share` in each
// of the n cells starting at the given pointers (n at most one block); returns the flows a->b and
// b->a. The moves run on vectors (a and b are blocks of different statuses); the flows are summed
// apart.
std::pair<double, double> keep_share(double* __restrict a, double* __restrict b, std::size_t n,
                                     double speed, const double* __restrict share,
                                     std::size_t share_stride) {
  std::array<double, kBlockGroups> gaps;
  for (std::size_t i = 0; i < n; ++i) {
    gaps[i] = share_gap(a[i], b[i], share[i * share_stride], speed);
    a[i] -= gaps[i];
    b[i] += gaps[i];
  }
  const double a_to_b = sum_over_cells(0, n, [&](std::size_t i) { return std::max(gaps[i], 0.0); });
  const double b_to_a =
      sum_over_cells(0, n, [&](std::size_t i) { return std::max(-gaps[i], 0.0); });
  return {a_to_b, b_to_a};
}

// share: by age x education (the model's age cells).
void keep_share_by_age(LabourMarketState& state, std::size_t h, Status a, Status b, double speed,
                       const std::vector<double>& share) {
  std::array<double, kBlockGroups> share_by_group;
  for (std::size_t g = 0; g < kBlockGroups; ++g) share_by_group[g] = share[age_cell_of_group(g)];
  const auto [a_to_b, b_to_a] =
      keep_share(&state.persons(a)[state.block(h)], &state.persons(b)[state.block(h)], kBlockGroups,
                 speed, share_by_group.data(), 1);
  state.ledger_of(h).add(a, b, a_to_b);
  state.ledger_of(h).add(b, a, b_to_a);
}

void keep_self_employment_share(const ModelDescription& model, LabourMarketState& state,
                                std::size_t h) {
  const double speed = model.parameters().self_employment_adjustment;
  const ScenarioEffects& effects = state.record.effects;
  double to_zzp = 0.0;
  double to_employee = 0.0;
  double stopped = 0.0;
  for (std::size_t o = 0; o < state.occupations(); ++o) {
    const double share = model.data().zzp_share[o] * effects.zzp_share_factor[o];
    // Enforcement against bogus self-employment: of the zzp above the lower share, a part stops
    // working (to inactive); keep_share below turns the rest into employees.
    if (effects.zzp_exit_share[o] > 0.0) {
      double* zzp = &state.persons(Status::kSelfEmployed)[state.block(h, o)];
      const double* employees = &state.persons(Status::kEmployed)[state.block(h, o)];
      double* inactive = &state.persons(Status::kInactive)[state.block(h)];
      for (std::size_t g = 0; g < kBlockGroups; ++g) {
        const double leaving =
            displaced_zzp_leaving(zzp[g], employees[g], model.data().zzp_share[o], share, speed,
                                  effects.zzp_exit_share[o]);
        zzp[g] -= leaving;
        inactive[g] += leaving;
        stopped += leaving;
      }
    }
    const auto [up, down] = keep_share(&state.persons(Status::kEmployed)[state.block(h, o)],
                                       &state.persons(Status::kSelfEmployed)[state.block(h, o)],
                                       kBlockGroups, speed, &share, 0);
    to_zzp += up;
    to_employee += down;
  }
  state.ledger_of(h).add(Status::kSelfEmployed, Status::kInactive, stopped);
  state.ledger_of(h).add(Status::kEmployed, Status::kSelfEmployed, to_zzp);
  state.ledger_of(h).add(Status::kSelfEmployed, Status::kEmployed, to_employee);
}

}  // namespace

void apply_participation_flows(const ModelDescription& model, LabourMarketState& state,
                               std::size_t h) {
  const ModelParameters& p = model.parameters();
  transfer_by_age(state, h, Status::kUnemployedShort, Status::kUnemployedLong,
                  model.short_to_long_by_age);
  transfer_by_age(state, h, Status::kUnemployedLong, Status::kInactivePotential,
                  model.discouragement_by_age);
  const double* potential = &state.persons(Status::kInactivePotential)[state.block(h)];
  enter_with_occupation(
      state, h, Status::kInactivePotential, Status::kUnemployedShort,
      [&](std::size_t g) {
        return potential[g] *
               activation_probability(p.activation, state.record.effects.activation_factor);
      },
      [&](std::size_t e, std::size_t o) {
        return model.occupation_given_education(static_cast<Eigen::Index>(e),
                                                static_cast<Eigen::Index>(o));
      });
}

void apply_participation(const ModelDescription& model, LabourMarketState& state, int /*step*/,
                         std::size_t h) {
  const ModelParameters& p = model.parameters();
  if (!p.supply_processes) return;
  apply_participation_flows(model, state, h);
  apply_participation_splits(model, state, h);
}

void apply_participation_splits(const ModelDescription& model, LabourMarketState& state,
                                std::size_t h) {
  const ModelParameters& p = model.parameters();
  keep_share_by_age(state, h, Status::kInactive, Status::kInactivePotential,
                    p.inactive_potential_adjustment, model.potential_share);
  keep_share_by_age(state, h, Status::kStudent, Status::kStudentSideJob, p.side_job_adjustment,
                    model.side_job_share);
  keep_self_employment_share(model, state, h);
}

}  // namespace lmsim::model
