// Participation: the unemployed become long-term after 6 months (rate 1/6 a month), long-term
// unemployed may stop searching (discouragement), unused potential starts searching
// (activation), and exchanges that keep the age profiles of the data: inactive <-> inactive
// potential, students with <-> without side job, zzp <-> employees (zzp_share per occupation).
#include "models/processes/processes.hpp"
#include "models/processes/transfer.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

// Exchange between two statuses without occupation that keeps b / (a + b) at share(ae).
void exchange(LabourMarketState& state, Status a, Status b, double turnover,
              const std::vector<double>& share_b) {
  const std::vector<double> from_a = state.persons(a);
  const std::vector<double> from_b = state.persons(b);
  auto& pa = state.persons(a);
  auto& pb = state.persons(b);
  double a_to_b = 0.0;
  double b_to_a = 0.0;
  for (std::size_t i = 0; i < pa.size(); ++i) {
    const double s = share_b[i % kAgeEducationCells];
    const double up = from_a[i] * turnover * s;
    const double down = from_b[i] * turnover * (1.0 - s);
    pa[i] += down - up;
    pb[i] += up - down;
    a_to_b += up;
    b_to_a += down;
  }
  state.record.ledger.add(a, b, a_to_b);
  state.record.ledger.add(b, a, b_to_a);
}

void exchange_self_employment(const StockFlowModel& model, LabourMarketState& state) {
  const double turnover = model.parameters().self_employment_turnover;
  const auto& zzp_share = model.data().zzp_share;
  auto& employees = state.persons(Status::kEmployed);
  auto& zzp = state.persons(Status::kSelfEmployed);
  double to_zzp = 0.0;
  double to_employee = 0.0;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      const double share = std::min(zzp_share[o], 0.99);
      const double rate_to_zzp = turnover * share / (1.0 - share);
      const std::size_t base = state.block(h, o);
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
        const double up = employees[base + ae] * rate_to_zzp;
        const double down = zzp[base + ae] * turnover;
        employees[base + ae] += down - up;
        zzp[base + ae] += up - down;
        to_zzp += up;
        to_employee += down;
      }
    }
  }
  state.record.ledger.add(Status::kEmployed, Status::kSelfEmployed, to_zzp);
  state.record.ledger.add(Status::kSelfEmployed, Status::kEmployed, to_employee);
}

}  // namespace

void apply_participation(const StockFlowModel& model, LabourMarketState& state, int /*step*/) {
  const ModelParameters& p = model.parameters();
  if (!p.supply_processes) return;
  const auto constant = [](double rate) { return std::vector<double>(kAges, rate); };
  transfer_by_age(state, Status::kUnemployedShort, Status::kUnemployedLong, constant(p.short_to_long_unemployment));
  transfer_by_age(state, Status::kUnemployedLong, Status::kInactivePotential, constant(p.discouragement));
  const auto& potential = state.persons(Status::kInactivePotential);
  enter_with_occupation(
      state, Status::kInactivePotential, Status::kUnemployedShort,
      [&](std::size_t h, std::size_t ae) { return potential[state.block(h) + ae] * p.activation; },
      [&](std::size_t, std::size_t e, std::size_t o) {
        return model.occupation_given_education(static_cast<Eigen::Index>(e), static_cast<Eigen::Index>(o));
      });
  exchange(state, Status::kInactive, Status::kInactivePotential, p.inactive_turnover, model.potential_share);
  exchange(state, Status::kStudent, Status::kStudentSideJob, p.side_job_turnover, model.side_job_share);
  exchange_self_employment(model, state);
}

}  // namespace lmsim::model
