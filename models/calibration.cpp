// Calibration at the start of a run, so that the first month is a steady state of every labour
// market cell (docs/model.md, "Calibration"):
//  - emigration of others than returning labour migrants, so total emigration is 186,000 a year
//    (CBS 2024), and the early-retirement rates, so employee retirements are 93,000 a year (CBS
//    2024);
//  - the school-leaving rates, so the number of students is stationary (second month);
//  - the relative risk of job loss by age and education, so the mix of the unemployed is kept;
//  - target demand D0 = employee jobs + zzp + vacancies of the first month;
//  - the search efficiency of the searchers of every home region x occupation, so its unemployment
//    (labour_market.csv: 390,000 nationally, 3.8%) is stationary;
//  - the search effort of the long-term unemployed, so their share (35%) is stationary;
//  - the recruitment intensity of every work region x occupation (how visible its vacancies are
//    to searchers), so its employee jobs change at the national rate in the first month;
//  - the on-the-job search effort, so job-to-job moves follow job_to_job_quarterly of
//    age_rates.csv (about 4% of employees a quarter: CBS, quoted in InZicht Magazine AIZ,
//    June 2025; scenarios/data/SOURCES.md);
//  - the opening rate dv of every work cell, so openings equal hires and the vacancies of
//    labour_market.csv (389,000, CBS 2025Q2) are stationary.
#include <algorithm>
#include <cmath>

#include "models/matching.hpp"
#include "models/model_description.hpp"
#include "models/processes/month.hpp"

namespace lmsim::model {
namespace {

// Not every cell can be stationary: a cell whose searchers reach too few vacancies cannot absorb
// its inflow even at the largest search efficiency, and one whose unemployment falls even
// without hires cannot be held up. Such cells are left to the dynamics. The iteration stops when
// every other cell is within kCellTolerance, or after kMaxIterations; the worst relative error
// of the national totals (unemployment, long-term unemployment, job-to-job moves) is kept as
// Calibration::residual and reported with the results.
constexpr int kMaxIterations = 1500;
constexpr double kCellTolerance = 1e-4;
constexpr double kMinEfficiency = 1e-3;  // search efficiency relative to the national level
constexpr double kMaxEfficiency = 1e3;
constexpr double kMaxHireProbability = 0.9;
constexpr double kMaxSeparationRisk = 20.0;  // relative to the average employee

std::vector<double> demand_of(const LabourMarketState& state) {
  std::vector<double> demand = state.employee_jobs_by_work_cell();
  const auto& zzp = state.persons(Status::kSelfEmployed);
  for (std::size_t c = 0; c < demand.size(); ++c) {
    demand[c] += state.vacancies[c];
    for (std::size_t g = 0; g < kBlockGroups; ++g) demand[c] += zzp[c * kBlockGroups + g];
  }
  return demand;
}

std::vector<double> unemployed_of(const LabourMarketState& state) {
  std::vector<double> result(state.regions() * state.occupations(), 0.0);
  const auto& s = state.persons(Status::kUnemployedShort);
  const auto& l = state.persons(Status::kUnemployedLong);
  for (std::size_t c = 0; c < result.size(); ++c) {
    for (std::size_t g = 0; g < kBlockGroups; ++g) {
      result[c] += s[c * kBlockGroups + g] + l[c * kBlockGroups + g];
    }
  }
  return result;
}

double target_job_to_job(const ModelDescription& model, const LabourMarketState& state) {
  const auto& employed = state.persons(Status::kEmployed);
  double moves = 0.0;
  for (std::size_t i = 0; i < employed.size(); ++i) {
    moves += employed[i] * model.job_to_job_monthly[age_of_group(i % kBlockGroups)];
  }
  return moves;
}

// The rate r of w = r e + (1 - r) g that gives a wanted flow, where g is the gap term.
double rate_for_flow(double wanted, double e, double gap_term) {
  if (e - gap_term <= 0.0) return 0.0;
  return std::clamp((wanted - gap_term) / (e - gap_term), 0.0, 1.0);
}

}  // namespace

// School-leaving rates are scaled so that the number of students is stationary in the second
// month. Emigration in age_rates.csv is all emigration (186,000 a year, CBS 2024); labour migrants
// returning home (in a steady state as many as arrive) are modelled apart, so the age rates
// apply to the others at the share that leaves the total unchanged. Early retirement rates are
// scaled so that employees retiring in the first month match 93,000 a year (CBS 2024).
void ModelDescription::calibrate_supply(const LabourMarketState& initial) {
  double returns = 0.0;
  for (double inflow : data_.labour_migrants_per_year)
    returns += inflow * parameters_.labour_migration_scale;
  const double emigration_total = data_.target("emigration_15_74_per_year").value;
  calibration_.emigration_scale =
      emigration_total > 0.0 ? std::max(0.0, 1.0 - returns / emigration_total) : 1.0;
  for (std::size_t a = 0; a < kAges; ++a) {
    emigration_monthly[a] =
        std::min(1.0, emigration[a] * parameters_.emigration_scale * calibration_.emigration_scale);
  }
  set_population_paths();

  // School leaving: the rates of age_rates.csv scaled so that the number of students (with or
  // without side job) is stationary in the second month: as many leave as enter at 15 or arrive
  // to study, less those who die or emigrate. (The first month is not used: every student of the
  // last age of study leaves in it at once, a one-off.)
  const auto second_month_change = [&](double scale) {
    for (std::size_t a = 0; a < kAges; ++a) {
      // Where everyone leaves (probability 1, the last age of study) everyone still leaves.
      school_leaving[a] =
          school_leaving_base[a] >= 1.0 ? 1.0 : std::min(1.0, school_leaving_base[a] * scale);
    }
    LabourMarketState trial = initial;
    trial.target_demand = calibration_.initial_demand;
    month_schedule(regions()).step_before(*this, trial, 1, "labour_demand");
    const double after_first = trial.total(Status::kStudent) + trial.total(Status::kStudentSideJob);
    month_schedule(regions()).step_before(*this, trial, 2, "labour_demand");
    return trial.total(Status::kStudent) + trial.total(Status::kStudentSideJob) - after_first;
  };
  const double change_without = second_month_change(0.0);
  const double change_with = second_month_change(1.0);
  calibration_.school_leaving_scale =
      change_without > change_with ? std::max(0.0, change_without / (change_without - change_with))
                                   : 1.0;
  second_month_change(calibration_.school_leaving_scale);

  const auto retirements_with_scale = [&](double scale) {
    calibration_.early_retirement_scale = scale;
    LabourMarketState trial = initial;
    trial.target_demand = calibration_.initial_demand;
    month_schedule(regions()).step_before(*this, trial, 1, "disability");
    trial.add_region_records();  // stopped inside the region-local group: add them up here
    return trial.record.retirements_employees;
  };
  const double without_early = retirements_with_scale(0.0);
  const double with_early = retirements_with_scale(1.0);
  const double target = data_.target("retirements_employees_per_year").value / 12.0;
  calibration_.early_retirement_scale =
      with_early > without_early
          ? std::max(0.0, (target - without_early) / (with_early - without_early))
          : 1.0;
}

// The relative risk of losing one's job by age and education: young and low-educated workers
// (more often on flexible contracts) lose jobs more often. It is set so that the age x education
// mix of the unemployed of the data is kept: with job finding in proportion to search effort, an
// age x education group's share of separations must be its share of hires, so the risk is
// proportional to unemployed x search weight / employees (nationally), scaled to average 1 over
// the employees.
std::vector<double> separation_risk_of(const ModelDescription& model,
                                       const LabourMarketState& initial) {
  std::vector<double> unemployed(kAgeEducationCells, 0.0), employed(kAgeEducationCells, 0.0);
  const auto& s = initial.persons(Status::kUnemployedShort);
  const auto& l = initial.persons(Status::kUnemployedLong);
  const auto& e = initial.persons(Status::kEmployed);
  for (std::size_t i = 0; i < e.size(); ++i) {
    const std::size_t ae = age_cell_of_group(i % kBlockGroups);
    unemployed[ae] += s[i] + l[i];
    employed[ae] += e[i];
  }
  std::vector<double> risk(kAgeEducationCells, 0.0);
  double weighted = 0.0;
  double total = 0.0;
  for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
    if (employed[ae] <= 0.0) continue;
    risk[ae] = unemployed[ae] * model.education_search_weight[ae % kEducationLevels] / employed[ae];
    weighted += risk[ae] * employed[ae];
    total += employed[ae];
  }
  for (double& r : risk)
    r = weighted > 0.0 ? std::min(kMaxSeparationRisk, r * total / weighted) : 1.0;
  std::vector<double> by_group(kBlockGroups);
  for (std::size_t g = 0; g < kBlockGroups; ++g) by_group[g] = risk[age_cell_of_group(g)];
  return by_group;
}

void ModelDescription::calibrate(const LabourMarketState& initial) {
  const std::size_t cells = regions() * occupations();
  calibration_.initial_demand = demand_of(initial);
  calibration_.opening_rate.assign(cells, 0.0);
  calibration_.separation_rate.assign(cells, parameters_.separation_rate);
  calibration_.search_efficiency.assign(cells, 1.0);
  calibration_.recruitment_intensity.assign(cells, 1.0);
  calibration_.separation_risk = separation_risk_of(*this, initial);
  calibration_.application_rate = 1.0;
  calibration_.on_the_job_search = 1.0;
  calibrate_supply(initial);

  LabourMarketState after_supply = initial;
  after_supply.target_demand = calibration_.initial_demand;
  month_schedule(regions()).step_before(*this, after_supply, 1, "labour_demand");
  calibrate_cells(after_supply, initial);
  calibrate_ww_benefits(initial);
}

// WW benefits under 6 months, to UWV's count (calibration_targets.csv): at the start, a share of
// the short-term unemployed (spread evenly over the months of benefit, as the agent-based engine
// spreads their spells); and the share of job losers entitled, so that with the separations and
// hire probabilities of the first month the recipients settle at the same count. The recipients
// of a month depend on the six months before only, so six months at the first month's rates,
// from none, give the settled count exactly; it is proportional to the entitled share.
void ModelDescription::calibrate_ww_benefits(const LabourMarketState& initial) {
  const double target = data_.target("ww_benefits_under_6_months").value;
  const double short_term = initial.total(Status::kUnemployedShort);
  calibration_.initial_ww_share = short_term > 0.0 ? std::min(1.0, target / short_term) : 0.0;
  calibration_.ww_entitled_share = 1.0;
  LabourMarketState trial = initial;
  trial.target_demand = calibration_.initial_demand;
  month_schedule(regions()).step(*this, trial, 1);
  trial.ww.resize(regions() * occupations());
  for (std::size_t month = 0; month < kWwMonths; ++month) apply_ww_benefits(*this, trial, 1);
  const double settled = trial.ww.total();
  calibration_.ww_entitled_share = settled > 0.0 ? std::min(1.0, target / settled) : 0.0;
}

void ModelDescription::calibrate_cells(const LabourMarketState& after_supply,
                                       const LabourMarketState& initial) {
  const std::size_t R = regions();
  const std::size_t O = occupations();
  Calibration& c = calibration_;
  const std::vector<double> unemployed_target = unemployed_of(initial);
  const std::vector<double> jobs_before = after_supply.employee_jobs_by_work_cell();
  const std::vector<double> unemployed_before = unemployed_of(after_supply);
  const double moves_target = target_job_to_job(*this, after_supply);

  // The gap D = e + zzp + v - d* of the first month and its terms in the published equations.
  const double gap_speed = parameters_.demand_gap_speed;
  const std::vector<double> demand_now = demand_of(after_supply);
  std::vector<double> separation_gap(R * O), opening_gap(R * O), held(R * O, 0.0);
  for (std::size_t cell = 0; cell < R * O; ++cell) {
    const double gap = demand_now[cell] - c.initial_demand[cell];
    separation_gap[cell] = std::min(jobs_before[cell], gap_speed * std::max(0.0, gap));
    opening_gap[cell] = std::min(jobs_before[cell], gap_speed * std::max(0.0, -gap));
  }
  const auto& jobs = after_supply.jobs;
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t w = 0; w < R; ++w) {
      for (std::size_t o = 0; o < O; ++o)
        held[after_supply.cell(h, o)] += jobs[after_supply.job(h, w, o)];
    }
  }

  // Applications at unit efficiency; the efficiencies found below multiply them, as in the
  // search_and_matching process. The whole month is evaluated on cell totals, with the same
  // matching function as the process, so an iteration is cheap.
  c.application_rate = 1.0;
  c.on_the_job_search = 1.0;
  c.long_term_search = 1.0;
  const Applications base = applications_sent(*this, after_supply, false);
  const RowMatrix vacancies = Eigen::Map<const RowMatrix>(
      after_supply.vacancies.data(), static_cast<Eigen::Index>(R), static_cast<Eigen::Index>(O));
  const Eigen::Map<const RowMatrix> intensity_map(
      c.recruitment_intensity.data(), static_cast<Eigen::Index>(R), static_cast<Eigen::Index>(O));
  const Eigen::Map<const RowMatrix> efficiency_map(
      c.search_efficiency.data(), static_cast<Eigen::Index>(R), static_cast<Eigen::Index>(O));
  // Largest effort of a job seeker at unit efficiency, short-term and long-term (the latter
  // times the long-term effort found below).
  double max_short_effort = 0.0;
  double max_long_effort = 0.0;
  {
    const SearchEffort effort = search_effort(*this, false);
    for (std::size_t g = 0; g < kBlockGroups; ++g) {
      max_short_effort = std::max(max_short_effort, effort.unemployed_short[g]);
      max_long_effort = std::max(max_long_effort, effort.unemployed_long[g]);
    }
  }
  MatchingOutcome m;
  std::vector<double> separation_share(R * O), leaving(R * O), jobs_after(R * O);
  const std::vector<double> jobs_initial = initial.employee_jobs_by_work_cell();
  double jobs_initial_total = 0.0;
  for (double j : jobs_initial) jobs_initial_total += j;
  double worst = 0.0;
  double national_unemployed_excess = 0.0, moves_error = 0.0, long_error = 0.0;
  const double long_hires_needed =
      after_supply.total(Status::kUnemployedLong) - initial.total(Status::kUnemployedLong);
  double unemployed_total = 0.0;
  for (double u : unemployed_target) unemployed_total += u;
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    const RowMatrix long_sent =
        base.unemployed_long.cwiseProduct(efficiency_map) * c.long_term_search;
    const RowMatrix unemployed_sent =
        base.unemployed_short.cwiseProduct(efficiency_map) + long_sent;
    const RowMatrix employed_sent = base.employed * c.on_the_job_search;
    m = match(geo, occ, vacancies, intensity_map, unemployed_sent, employed_sent);
    for (std::size_t cell = 0; cell < R * O; ++cell) {
      const double du = c.separation_rate[cell];
      const double separations = du * jobs_before[cell] + (1.0 - du) * separation_gap[cell];
      separation_share[cell] = jobs_before[cell] > 0.0 ? separations / jobs_before[cell] : 0.0;
    }
    std::fill(leaving.begin(), leaving.end(), 0.0);
    double moves = 0.0;
    double long_hires = 0.0;
    worst = 0.0;
    national_unemployed_excess = 0.0;
    for (std::size_t h = 0; h < R; ++h) {
      for (std::size_t o = 0; o < O; ++o) {
        const std::size_t cell = after_supply.cell(h, o);
        const auto hi = static_cast<Eigen::Index>(h);
        const auto oi = static_cast<Eigen::Index>(o);
        const double hires = unemployed_sent(hi, oi) * m.finding(hi, oi);
        const double moving = employed_sent(hi, oi) * m.finding(hi, oi);
        long_hires += long_sent(hi, oi) * m.finding(hi, oi);
        moves += moving;
        double separated = 0.0;
        for (std::size_t w = 0; w < R; ++w) {
          const double j = jobs[after_supply.job(h, w, o)];
          separated += j * separation_share[after_supply.cell(w, o)];
          if (held[cell] > 0.0) leaving[after_supply.cell(w, o)] += j * moving / held[cell];
        }
        // Unemployment of the searchers' cell: search harder when it grows, less when it falls.
        const double excess = unemployed_before[cell] + separated - hires - unemployed_target[cell];
        national_unemployed_excess += excess;
        // A searcher finds a job with probability effort x efficiency x finding; it stays below
        // kMaxHireProbability (the model needs a probability, and a month of search).
        const double max_effort = std::max(max_short_effort, max_long_effort * c.long_term_search);
        const double max_efficiency = m.finding(hi, oi) > 0.0
                                          ? kMaxHireProbability / (max_effort * m.finding(hi, oi))
                                          : kMaxEfficiency;
        const double upper = std::min(kMaxEfficiency, max_efficiency);
        if (hires > 0.0) {
          c.search_efficiency[cell] =
              std::clamp(c.search_efficiency[cell] *
                             std::sqrt(std::clamp((hires + excess) / hires, 0.25, 4.0)),
                         kMinEfficiency, upper);
        }
        const bool can_adjust =
            c.search_efficiency[cell] > kMinEfficiency && c.search_efficiency[cell] < upper;
        if (can_adjust)
          worst = std::max(worst, std::fabs(excess) / std::max(1.0, unemployed_target[cell]));
      }
    }
    // Employee jobs of every work cell change at the national rate g in the first month (hires
    // replace separations, moves and exits in proportion): cells that hire too little make
    // their vacancies more visible, cells that hire too much less.
    double jobs_after_total = 0.0;
    for (std::size_t cell = 0; cell < R * O; ++cell) {
      const double hires =
          m.hires(static_cast<Eigen::Index>(cell / O), static_cast<Eigen::Index>(cell % O));
      jobs_after[cell] = jobs_before[cell] * (1.0 - separation_share[cell]) - leaving[cell] + hires;
      jobs_after_total += jobs_after[cell];
    }
    const double growth = jobs_after_total / jobs_initial_total;
    for (std::size_t cell = 0; cell < R * O; ++cell) {
      const double hires =
          m.hires(static_cast<Eigen::Index>(cell / O), static_cast<Eigen::Index>(cell % O));
      const double excess = jobs_after[cell] - growth * jobs_initial[cell];
      if (hires > 0.0) {
        c.recruitment_intensity[cell] =
            std::clamp(c.recruitment_intensity[cell] *
                           std::sqrt(std::clamp((hires - excess) / hires, 0.25, 4.0)),
                       kMinEfficiency, kMaxEfficiency);
      }
      const bool can_adjust = c.recruitment_intensity[cell] > kMinEfficiency &&
                              c.recruitment_intensity[cell] < kMaxEfficiency;
      if (can_adjust)
        worst = std::max(worst, std::fabs(excess) / std::max(1.0, jobs_initial[cell]));
    }
    if (moves > 0.0) c.on_the_job_search *= moves_target / moves;
    // The long-term unemployed keep their share: their hires take out what entered.
    if (long_hires > 0.0 && long_hires_needed > 0.0) {
      c.long_term_search *= std::sqrt(long_hires_needed / long_hires);
      long_error = std::fabs(long_hires / long_hires_needed - 1.0);
      worst = std::max(worst, long_error);
    }
    moves_error = moves > 0.0 ? std::fabs(moves / moves_target - 1.0) : 0.0;
    worst = std::max(worst, moves_error);
    if (worst < kCellTolerance) break;
  }
  const double national =
      std::max({std::fabs(national_unemployed_excess) / unemployed_total, moves_error, long_error});
  // With some parameter values the first month cannot be stationary (e.g. when more persons
  // leave unemployment for inactivity than enter it); the run goes on and reports the residual.
  c.residual = national;
  // Openings equal hires in every work cell: n = dv e + (1 - dv) min(e, gv max(0, -D)).
  for (std::size_t cell = 0; cell < R * O; ++cell) {
    const double hires =
        m.hires(static_cast<Eigen::Index>(cell / O), static_cast<Eigen::Index>(cell % O));
    c.opening_rate[cell] = rate_for_flow(hires, jobs_before[cell], opening_gap[cell]);
  }
}

}  // namespace lmsim::model
