#include "models/matching.hpp"

#include <algorithm>
#include <cmath>

namespace lmsim::model {
namespace {

RowMatrix safe_divide(const RowMatrix& a, const RowMatrix& b) {
  return a.binaryExpr(b, [](double x, double y) { return y > 0.0 ? x / y : 0.0; });
}

}  // namespace

MatchingOutcome match(const RowMatrix& geo, const OccupationalMobility& occ,
                      const RowMatrix& vacancies, const RowMatrix& intensity,
                      const RowMatrix& unemployed, const RowMatrix& employed) {
  MatchingOutcome m;
  const RowMatrix visible = intensity.cwiseProduct(vacancies);
  m.z = occ.times_transposed(geo * visible);
  m.ratio_unemployed = safe_divide(unemployed, m.z);
  m.ratio_employed = safe_divide(employed, m.z);
  const RowMatrix ratio = m.ratio_unemployed + m.ratio_employed;
  const RowMatrix received = visible.cwiseProduct(occ.times(geo.transpose() * ratio));
  m.hires = vacancies.binaryExpr(
      received, [](double v, double a) { return v > 0.0 ? v * -std::expm1(-a / v) : 0.0; });
  m.filled = visible.cwiseProduct(safe_divide(m.hires, received));
  m.reach = geo * m.filled;
  m.offered = occ.times_transposed(m.reach);
  m.finding = safe_divide(m.offered, m.z);
  return m;
}

}  // namespace lmsim::model

namespace lmsim::model {
namespace {

// Sum over age x education of persons x effort, per home region x occupation, times the
// efficiency of the searchers' cell (nullptr: 1).
RowMatrix applications(const LabourMarketState& state, Status status,
                       const std::vector<double>& effort, const std::vector<double>* efficiency) {
  const Eigen::VectorXd sums = state.weighted_block_sums(status, effort);
  RowMatrix s = Eigen::Map<const RowMatrix>(sums.data(), static_cast<Eigen::Index>(state.regions()),
                                            static_cast<Eigen::Index>(state.occupations()));
  if (efficiency != nullptr) {
    s = s.cwiseProduct(Eigen::Map<const RowMatrix>(efficiency->data(), s.rows(), s.cols()));
  }
  return s;
}

}  // namespace

SearchEffort search_effort(const ModelDescription& model, bool with_scenario_scales) {
  const ModelParameters& p = model.parameters();
  const Calibration& c = model.calibration();
  // The scales of a scenario act on top of the calibrated effort (the calibration runs without
  // them, so that a scale of 2 doubles the effort the data imply).
  const double seekers = with_scenario_scales ? p.job_finding_scale : 1.0;
  const double long_term = with_scenario_scales ? p.long_term_search_scale : 1.0;
  const double on_job = with_scenario_scales ? p.on_the_job_search_scale : 1.0;
  SearchEffort effort;
  effort.unemployed_short.reserve(kBlockGroups);
  effort.unemployed_long.reserve(kBlockGroups);
  effort.on_the_job.reserve(kBlockGroups);
  for (std::size_t g = 0; g < kBlockGroups; ++g) {
    const double education = model.education_search_weight[education_of_group(g)];
    effort.unemployed_short.push_back(c.application_rate * education * seekers);
    effort.unemployed_long.push_back(c.application_rate * education * seekers * long_term *
                                     c.long_term_search);
    effort.on_the_job.push_back(c.application_rate * education * on_job * c.on_the_job_search *
                                model.job_to_job_monthly[age_of_group(g)]);
    effort.max_unemployed = std::max(
        {effort.max_unemployed, effort.unemployed_short.back(), effort.unemployed_long.back()});
    effort.max_on_the_job = std::max(effort.max_on_the_job, effort.on_the_job.back());
  }
  return effort;
}

Applications applications_sent(const ModelDescription& model, const LabourMarketState& state,
                               bool with_scenario_scales) {
  const SearchEffort effort = search_effort(model, with_scenario_scales);
  // The calibrated efficiency of a cell is that of its job seekers; employees searching on the
  // job search as employees of their age anywhere.
  const auto* efficiency = &model.calibration().search_efficiency;
  return {applications(state, Status::kUnemployedShort, effort.unemployed_short, efficiency),
          applications(state, Status::kUnemployedLong, effort.unemployed_long, efficiency),
          applications(state, Status::kEmployed, effort.on_the_job, nullptr)};
}

}  // namespace lmsim::model

namespace lmsim::model {

// Share of the employee jobs of every work cell that separates this month (w / e).
std::vector<double> separation_shares(const LabourMarketState& state) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const std::vector<double> employee_jobs = state.employee_jobs_by_work_cell();
  std::vector<double> shares(R * O, 0.0);
  for (std::size_t c = 0; c < R * O; ++c) {
    shares[c] = employee_jobs[c] > 0.0 ? state.record.separations[c] / employee_jobs[c] : 0.0;
  }
  return shares;
}

// Pgeo of this month: a housing constraint lowers the weights of commuting into a region (from
// other regions); each row is renormalised, so searchers look more at home and elsewhere.
RowMatrix regional_mobility(const ModelDescription& model, const ScenarioEffects& effects) {
  if (!effects.regional_mobility_changed) return model.geo;
  RowMatrix geo = model.geo;
  for (Eigen::Index h = 0; h < geo.rows(); ++h) {
    for (Eigen::Index w = 0; w < geo.cols(); ++w) {
      if (w != h) geo(h, w) *= effects.inflow_factor[static_cast<std::size_t>(w)];
    }
    const double sum = geo.row(h).sum();
    if (sum > 0.0) geo.row(h) /= sum;
  }
  return geo;
}

// x of this month: the calibrated recruitment intensity times what levers give (sector priority).
RowMatrix recruitment_intensity(const ModelDescription& model, const ScenarioEffects& effects) {
  const std::size_t R = model.regions();
  const std::size_t O = model.occupations();
  return as_matrix(model.calibration().recruitment_intensity, R, O)
      .cwiseProduct(as_matrix(effects.recruitment_factor, R, O));
}

HomeSeparation home_separation(const ModelDescription& model, const LabourMarketState& state,
                               std::size_t h, std::size_t o,
                               const std::vector<double>& separation_share) {
  HomeSeparation result;
  for (std::size_t w = 0; w < state.regions(); ++w) {
    const double j = state.jobs[state.job(h, w, o)];
    result.lost += j * separation_share[state.cell(w, o)];
    result.held += j;
  }
  // Who loses the job: the cell's separations spread over age and education by the relative
  // risk of each group (calibrated; docs/model.md).
  const auto& risk = model.calibration().separation_risk;
  const double* employed = &state.persons(Status::kEmployed)[state.block(h, o)];
  double at_risk = 0.0;
  for (std::size_t ae = state.groups().first; ae < state.groups().end; ++ae)
    at_risk += employed[ae] * risk[ae];
  result.share = at_risk > 0.0 ? result.lost / at_risk : 0.0;
  return result;
}

void update_vacancies(LabourMarketState& state) {
  for (std::size_t c = 0; c < state.vacancies.size(); ++c) {
    state.vacancies[c] =
        std::max(1e-15, state.vacancies[c] + state.record.openings[c] - state.record.hires[c]);
  }
}

}  // namespace lmsim::model
