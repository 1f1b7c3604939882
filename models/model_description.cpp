#include "models/model_description.hpp"

#include <algorithm>
#include <cmath>

namespace lmsim::model {
namespace {

std::vector<double> monthly(const std::vector<double>& annual) {
  std::vector<double> result;
  for (double r : annual) result.push_back(monthly_from_annual(r));
  return result;
}

// Education attained when leaving school at a given age: before 18 low (early school leavers),
// 18-20 mostly mbo, from 21 mostly hbo/wo. Estimate that reproduces the attainment of the
// 25-34 year olds (about 20% low, 35% mid, 45% high, CBS); see docs/model.md.
std::array<double, kEducationLevels> education_when_leaving(int age) {
  if (age < 18) return {1.0, 0.0, 0.0};
  if (age < 19) return {0.35, 0.65, 0.0};
  if (age < 21) return {0.15, 0.75, 0.10};
  if (age < 23) return {0.05, 0.35, 0.60};
  return {0.03, 0.17, 0.80};
}

// The cumulative growth of the demand outlook per step and cell: a step that starts in a calendar
// year grows at that year's rate, for the part of a year the step lasts.
std::vector<double> outlook_index_of(const DemandOutlook& outlook, const TimeAxis& time,
                                     std::size_t cells) {
  if (outlook.empty()) return {};
  const auto steps = static_cast<std::size_t>(time.steps());
  std::vector<double> index(steps * cells, 1.0);
  for (std::size_t t = 1; t < steps; ++t) {
    const int step = static_cast<int>(t);
    const double part = time.years(step) - time.years(step - 1);
    const int year = time.year(step - 1);
    for (std::size_t c = 0; c < cells; ++c) {
      index[t * cells + c] =
          index[(t - 1) * cells + c] * std::pow(1.0 + outlook.growth_in(year, c), part);
    }
  }
  return index;
}

}  // namespace

ModelDescription::ModelDescription(const DataSet& data, const ModelParameters& parameters,
                                   const TimeAxis& time, LeverList levers)
    : data_(data), parameters_(parameters), time_(time) {
  const AgeRates& rates = data.age_rates;
  mortality = monthly(rates.mortality);
  disability = monthly(rates.disability);
  early_retirement = monthly(rates.early_retirement);
  emigration = monthly(rates.emigration);
  school_leaving = monthly(rates.school_leaving);
  school_leaving_base = school_leaving;
  disability_exit_by_age.assign(kAges, parameters.disability_exit);
  short_to_long_by_age.assign(kAges, parameters.short_to_long_unemployment);
  discouragement_by_age.assign(kAges, parameters.discouragement);
  past_aow_work_exit_by_age.assign(kAges, parameters.past_aow_work_exit);
  emigration_monthly = emigration;
  for (std::size_t g = 0; g < kBlockGroups; ++g)
    survival_by_group[g] = 1.0 - mortality[age_of_group(g)];
  double labour_migrants = 0.0;
  for (double inflow : data.labour_migrants_per_year)
    labour_migrants += inflow * parameters.labour_migration_scale / 12.0;
  other_immigrants_per_month =
      std::max(0.0, parameters.immigrants - labour_migrants - parameters.status_holders);
  double studying = 0.0;
  for (std::size_t a = 0; a < kAges; ++a) {
    student_immigration_share.push_back(rates.school_leaving[a] > 0.0 ? rates.immigration_share[a]
                                                                      : 0.0);
    studying += student_immigration_share.back();
  }
  for (double& share : student_immigration_share) share = studying > 0.0 ? share / studying : 0.0;
  for (double quarterly : rates.job_to_job_quarterly) {
    job_to_job_monthly.push_back(1.0 - std::pow(1.0 - quarterly, 1.0 / 3.0));
  }
  while (first_early_retirement_age < kAges &&
         early_retirement[first_early_retirement_age] <= 0.0) {
    ++first_early_retirement_age;
  }
  education_search_weight = {parameters.low_education_search_weight, 1.0, 1.0};

  const auto O = static_cast<Eigen::Index>(occupations());
  const Eigen::VectorXd national = data.employed.colwise().sum().transpose();
  occupation_given_education.resize(static_cast<Eigen::Index>(kEducationLevels), O);
  for (Eigen::Index e = 0; e < static_cast<Eigen::Index>(kEducationLevels); ++e) {
    for (Eigen::Index o = 0; o < O; ++o) {
      occupation_given_education(e, o) = data.education_occupation(o, e) * national(o);
    }
    occupation_given_education.row(e) /= occupation_given_education.row(e).sum();
  }

  std::vector<double> by_age(kAges, 0.0);
  education_mix_by_age.assign(kAgeEducationCells, 0.0);
  region_share_population.assign(regions(), 0.0);
  region_share_age15.assign(regions(), 0.0);
  for (std::size_t h = 0; h < regions(); ++h) {
    for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
      const double persons = data.population[h * kAgeEducationCells + ae];
      region_share_population[h] += persons;
      if (ae < kEducationLevels) region_share_age15[h] += persons;
      education_mix_by_age[ae] += persons;
      by_age[ae / kEducationLevels] += persons;
    }
  }
  const auto normalise = [](std::vector<double>& v) {
    double sum = 0.0;
    for (double x : v) sum += x;
    if (sum > 0.0)
      for (double& x : v) x /= sum;
  };
  normalise(region_share_population);
  normalise(region_share_age15);
  for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
    const double total = by_age[ae / kEducationLevels];
    education_mix_by_age[ae] =
        total > 0.0 ? education_mix_by_age[ae] / total : 1.0 / kEducationLevels;
  }

  labour_migrant_region_share = data.labour_migrant_arrivals_share;
  for (int age = kFirstAge; age <= kLastAge; ++age)
    leaving_education.push_back(education_when_leaving(age));

  potential_share.assign(kAgeEducationCells, 0.0);
  side_job_share.assign(kAgeEducationCells, 0.0);
  for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
    const auto& s = data.status_by_age[ae];
    const auto at = [&](InitialStatus status) { return s[static_cast<std::size_t>(status)]; };
    const double inactive = at(InitialStatus::kInactive) + at(InitialStatus::kInactivePotential);
    potential_share[ae] = inactive > 0.0 ? at(InitialStatus::kInactivePotential) / inactive : 0.0;
    const double students = at(InitialStatus::kStudent) + at(InitialStatus::kStudentSideJob);
    side_job_share[ae] = students > 0.0 ? at(InitialStatus::kStudentSideJob) / students : 0.0;
  }
  outlook_index = outlook_index_of(data.demand_outlook, time, regions() * occupations());
  geo = data.regional_mobility;
  occ = OccupationalMobility(data.occupational_mobility, data.mobility_storage);

  if (data.occupational_network) {
    use_published_rates();
  } else {
    calibrate(initial_state());
  }
  levers_ = std::move(levers);
}

void ModelDescription::set_population_paths() {
  const auto steps = static_cast<std::size_t>(std::max(time_.steps(), 1));
  flows_by_step_.assign(steps, PopulationFlows{});
  other_immigrants_by_step_.assign(steps, other_immigrants_per_month);
  emigration_by_step_.assign(steps, emigration_monthly);
  if (data_.population_outlook.empty()) return;
  const double labour_migrants =
      parameters_.immigrants - parameters_.status_holders - other_immigrants_per_month;
  // Emigrants other than returning labour migrants leave at the age rates times the calibrated
  // share c (docs/model.md, section 5); for the total to follow the outlook while the returns
  // follow the arrivals, that part changes by (f - (1 - c)) / c for a total changing by f.
  const double c = calibration_.emigration_scale;
  for (std::size_t t = 0; t < steps; ++t) {
    const PopulationFlows f =
        data_.population_outlook.relative_to_first(time_.year(static_cast<int>(t)));
    flows_by_step_[t] = f;
    other_immigrants_by_step_[t] = std::max(
        0.0, parameters_.immigrants * f.immigration - labour_migrants - parameters_.status_holders);
    const double rate_factor = c > 0.0 ? std::max(0.0, (f.emigration - (1.0 - c)) / c) : 1.0;
    for (std::size_t a = 0; a < kAges; ++a)
      emigration_by_step_[t][a] = std::min(1.0, emigration_monthly[a] * rate_factor);
  }
}

double ModelDescription::entrants_at_15_in(int t) const {
  const double factor = flows_by_step_.empty() ? 1.0 : flows_by_step_[path_step(t)].entrants_at_15;
  return parameters_.entrants_at_15 * factor;
}

double ModelDescription::other_immigrants_in(int t) const {
  return other_immigrants_by_step_.empty() ? other_immigrants_per_month
                                           : other_immigrants_by_step_[path_step(t)];
}

const std::vector<double>& ModelDescription::emigration_in(int t) const {
  return emigration_by_step_.empty() ? emigration_monthly : emigration_by_step_[path_step(t)];
}

int ModelDescription::birthday_month(int t) const {
  return time_.month(parameters_.supply_processes ? t : 0);
}

int ModelDescription::aow_age_months(int t) const {
  return data_.aow_age_months_in(time_.year(t));
}

int ModelDescription::rvu_window_months(int t) const {
  return data_.rvu_window_months_in(time_.year(t));
}

}  // namespace lmsim::model
