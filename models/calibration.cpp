// Calibration at the start of a run, so that the first month is a steady state of the
// national labour market (docs/model.md, "Calibration"):
//  - target demand D0 = employee jobs + zzp + vacancies of the first month (gap D = 0);
//  - the application rate of job seekers such that the hires from unemployment equal the net
//    inflow into unemployment, so national unemployment (about 390,000, 3.8-4.0%, CBS 2025) is
//    stationary;
//  - the on-the-job search effort such that job-to-job moves equal job_to_job_quarterly of
//    age_rates.csv (about 4% of employees a quarter, MODEL.md);
//  - the vacancy opening rate dv of every work cell such that openings equal hires, so the
//    vacancies of labour_market.csv (389,000, CBS 2025Q2) are stationary.
#include <cmath>

#include "models/processes/processes.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

constexpr int kMaxIterations = 200;
constexpr double kTolerance = 1e-10;

std::vector<double> demand_of(const LabourMarketState& state) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  std::vector<double> demand = state.vacancies;
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t w = 0; w < R; ++w) {
      for (std::size_t o = 0; o < O; ++o) demand[state.cell(w, o)] += state.jobs[state.job(h, w, o)];
    }
    for (std::size_t o = 0; o < O; ++o) {
      const auto& zzp = state.persons(Status::kSelfEmployed);
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) demand[state.cell(h, o)] += zzp[state.block(h, o) + ae];
    }
  }
  return demand;
}

double unemployed(const LabourMarketState& state) {
  return state.total(Status::kUnemployedShort) + state.total(Status::kUnemployedLong);
}

double target_job_to_job(const StockFlowModel& model, const LabourMarketState& state) {
  const auto& employed = state.persons(Status::kEmployed);
  double moves = 0.0;
  for (std::size_t i = 0; i < employed.size(); ++i) {
    moves += employed[i] * model.job_to_job_monthly[(i % kAgeEducationCells) / kEducationLevels];
  }
  return moves;
}

}  // namespace

// Emigration in age_rates.csv is all emigration (186,000 a year, CBS 2024); labour migrants
// returning home (in a steady state as many as arrive) are modelled apart, so the age rates
// apply to the others at the share that leaves the total unchanged. Early retirement rates are
// scaled so that employees retiring in the first month match 93,000 a year (CBS 2024).
void StockFlowModel::calibrate_supply(const LabourMarketState& initial) {
  double returns = 0.0;
  for (double inflow : data_.labour_migrants_per_year) returns += inflow * parameters_.labour_migration_scale;
  const double emigration_total = data_.target("emigration_15_74_per_year").value;
  calibration_.emigration_scale = emigration_total > 0.0 ? std::max(0.0, 1.0 - returns / emigration_total) : 1.0;

  const auto retirements_with_scale = [&](double scale) {
    calibration_.early_retirement_scale = scale;
    LabourMarketState trial = initial;
    trial.target_demand = calibration_.initial_demand;
    schedule_.step_before(trial, 1, "disability");
    return trial.record.retirements_employees;
  };
  const double without_early = retirements_with_scale(0.0);
  const double with_early = retirements_with_scale(1.0);
  const double target = data_.target("retirements_employees_per_year").value / 12.0;
  calibration_.early_retirement_scale =
      with_early > without_early ? std::max(0.0, (target - without_early) / (with_early - without_early)) : 1.0;
}

void StockFlowModel::calibrate(const LabourMarketState& initial) {
  calibration_.initial_demand = demand_of(initial);
  calibration_.opening_rate.assign(calibration_.initial_demand.size(), 0.0);
  calibration_.application_rate = 0.5;
  calibration_.on_the_job_search = 1.0;

  calibrate_supply(initial);
  LabourMarketState before_matching = initial;
  before_matching.target_demand = calibration_.initial_demand;
  schedule_.step_before(before_matching, 1, "search_and_matching");
  double separations = 0.0;
  for (double s : before_matching.record.separations) separations += s;
  // Hires from unemployment that leave national unemployment where it started.
  const double needed_hires = unemployed(before_matching) + separations - unemployed(initial);
  const double needed_moves = target_job_to_job(*this, before_matching);
  if (needed_hires <= 0.0) {
    throw RuntimeError("calibration: unemployment falls in the first month even without hires; "
                       "check the inflow rates of the data set");
  }

  LabourMarketState trial = before_matching;
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    trial = before_matching;
    apply_search_and_matching(*this, trial, 1);
    const FlowLedger& ledger = trial.record.ledger;
    const double hires = ledger.flow(index(Status::kUnemployedShort), index(Status::kEmployed)) +
                         ledger.flow(index(Status::kUnemployedLong), index(Status::kEmployed));
    const double moves = ledger.flow(index(Status::kEmployed), index(Status::kEmployed));
    const double hires_error = hires / needed_hires - 1.0;
    const double moves_error = needed_moves > 0.0 ? moves / needed_moves - 1.0 : 0.0;
    if (std::fabs(hires_error) < kTolerance && std::fabs(moves_error) < kTolerance) break;
    if (iteration + 1 == kMaxIterations) {
      throw RuntimeError("calibration of search effort did not converge (hires off by " +
                         std::to_string(hires_error) + ", job-to-job moves off by " + std::to_string(moves_error) + ")");
    }
    // Hires rise less than proportionally with search effort (urn-ball), so the proportional
    // update converges from either side.
    calibration_.application_rate *= needed_hires / hires;
    if (needed_moves > 0.0 && moves > 0.0) calibration_.on_the_job_search *= needed_moves / moves;
  }

  // Openings equal hires in every cell in the first month: dv = hires / employee jobs.
  std::vector<double> employee_jobs(calibration_.opening_rate.size(), 0.0);
  for (std::size_t h = 0; h < before_matching.regions(); ++h) {
    for (std::size_t w = 0; w < before_matching.regions(); ++w) {
      for (std::size_t o = 0; o < before_matching.occupations(); ++o) {
        employee_jobs[before_matching.cell(w, o)] += before_matching.jobs[before_matching.job(h, w, o)];
      }
    }
  }
  for (std::size_t c = 0; c < employee_jobs.size(); ++c) {
    calibration_.opening_rate[c] =
        employee_jobs[c] > 0.0 ? std::min(1.0, trial.record.hires[c] / employee_jobs[c]) : 0.0;
  }
}

}  // namespace lmsim::model
