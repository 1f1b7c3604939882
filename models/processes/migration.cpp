// International migration: emigration by age (age_rates.csv, 186,000 a year 15-74, CBS 2024);
// labour migrants arriving into work in their occupations (migration.csv) in regions in
// proportion to the occupation's employment, returning after their mean stay; asylum status
// holders entering as inactive potential; other immigrants (study, family) entering as students,
// inactive or inactive potential. Immigration in total is 277,000 a year 15-74 (CBS 2024).
#include "models/processes/processes.hpp"
#include "models/processes/transfer.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

void apply_emigration(const StockFlowModel& model, LabourMarketState& state) {
  const double scale = model.parameters().emigration_scale * model.calibration().emigration_scale;
  std::vector<double> probability = model.emigration;
  for (double& p : probability) p = std::min(1.0, p * scale);
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    transfer_by_age(state, static_cast<Status>(s), kOutside, probability);
  }
}

// Labour migrants return home at rate 1 / mean stay; they leave their employee cell in
// proportion to its age x education profile.
void apply_returns(const StockFlowModel& model, LabourMarketState& state) {
  auto& employed = state.persons(Status::kEmployed);
  double returned = 0.0;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      double& migrants = state.labour_migrants[state.cell(h, o)];
      const double employees = state.employees(h, o);
      if (migrants <= 0.0 || employees <= 0.0) continue;
      const double leaving = migrants * monthly_from_annual(1.0 / model.data().labour_migrant_stay_years[o]);
      const double share = leaving / employees;
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) employed[state.block(h, o) + ae] *= 1.0 - share;
      migrants -= leaving;
      returned += leaving;
    }
  }
  state.record.ledger.add(index(Status::kEmployed), kOutside, returned);
}

void add_labour_migrants(const StockFlowModel& model, LabourMarketState& state) {
  auto& employed = state.persons(Status::kEmployed);
  const auto& share_by_age = model.data().age_rates.immigration_share;
  const double scale = model.parameters().labour_migration_scale / 12.0;
  double arrived = 0.0;
  for (std::size_t o = 0; o < state.occupations(); ++o) {
    const double inflow = model.data().labour_migrants_per_year[o] * scale;
    if (inflow <= 0.0) continue;
    for (std::size_t h = 0; h < state.regions(); ++h) {
      const double to_region = inflow * model.labour_migrant_region_share(static_cast<Eigen::Index>(h), static_cast<Eigen::Index>(o));
      for (std::size_t a = 0; a < kAges; ++a) {
        for (std::size_t e = 0; e < kEducationLevels; ++e) {
          employed[state.block(h, o) + a * kEducationLevels + e] +=
              to_region * share_by_age[a] * model.data().education_occupation(static_cast<Eigen::Index>(o), static_cast<Eigen::Index>(e));
        }
      }
      state.labour_migrants[state.cell(h, o)] += to_region;
      arrived += to_region;
    }
  }
  state.record.ledger.add(kOutside, index(Status::kEmployed), arrived);
}

// Immigrants who do not come for a job: spread by region population, age (immigration_share)
// and the education mix of that age.
void add_other_immigrants(const StockFlowModel& model, LabourMarketState& state, Status status,
                          double persons) {
  if (persons <= 0.0) return;
  auto& target = state.persons(status);
  const auto& share_by_age = model.data().age_rates.immigration_share;
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
      target[state.block(h) + ae] += persons * model.region_share_population[h] *
                                     share_by_age[ae / kEducationLevels] * model.education_mix_by_age[ae];
    }
  }
  state.record.ledger.add(kOutside, index(status), persons);
}

}  // namespace

void apply_migration(const StockFlowModel& model, LabourMarketState& state, int /*step*/) {
  const ModelParameters& p = model.parameters();
  if (!p.supply_processes) return;
  apply_emigration(model, state);
  apply_returns(model, state);
  add_labour_migrants(model, state);
  double labour_migrants = 0.0;
  for (double inflow : model.data().labour_migrants_per_year) labour_migrants += inflow;
  labour_migrants *= p.labour_migration_scale / 12.0;
  add_other_immigrants(model, state, Status::kInactivePotential, p.status_holders);
  const double others = std::max(0.0, p.immigrants - labour_migrants - p.status_holders);
  add_other_immigrants(model, state, Status::kStudent, others * p.immigrant_student_share);
  add_other_immigrants(model, state, Status::kInactive, others * p.immigrant_inactive_share);
  add_other_immigrants(model, state, Status::kInactivePotential,
                       others * (1.0 - p.immigrant_student_share - p.immigrant_inactive_share));
}

}  // namespace lmsim::model
