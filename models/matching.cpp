#include "models/matching.hpp"

#include <algorithm>
#include <cmath>

namespace lmsim::model {
namespace {

RowMatrix safe_divide(const RowMatrix& a, const RowMatrix& b) {
  return a.binaryExpr(b, [](double x, double y) { return y > 0.0 ? x / y : 0.0; });
}

}  // namespace

MatchingOutcome match(const RowMatrix& geo, const RowMatrix& occ, const RowMatrix& vacancies,
                      const RowMatrix& intensity, const RowMatrix& unemployed,
                      const RowMatrix& employed) {
  MatchingOutcome m;
  const RowMatrix visible = intensity.cwiseProduct(vacancies);
  m.z = geo * visible * occ.transpose();
  m.ratio_unemployed = safe_divide(unemployed, m.z);
  m.ratio_employed = safe_divide(employed, m.z);
  const RowMatrix ratio = m.ratio_unemployed + m.ratio_employed;
  const RowMatrix received = visible.cwiseProduct(geo.transpose() * ratio * occ);
  m.hires = vacancies.binaryExpr(
      received, [](double v, double a) { return v > 0.0 ? v * -std::expm1(-a / v) : 0.0; });
  m.filled = visible.cwiseProduct(safe_divide(m.hires, received));
  m.reach = geo * m.filled;
  m.finding = safe_divide(m.reach * occ.transpose(), m.z);
  m.arrivals = ratio * occ;
  m.job_to_job = m.filled.cwiseProduct(geo.transpose() * (m.ratio_employed * occ));
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

SearchEffort search_effort(const StockFlowModel& model, bool with_scenario_scales) {
  const ModelParameters& p = model.parameters();
  const Calibration& c = model.calibration();
  // The scales of a scenario act on top of the calibrated effort (the calibration runs without
  // them, so that a scale of 2 doubles the effort the data imply).
  const double seekers = with_scenario_scales ? p.job_finding_scale : 1.0;
  const double long_term = with_scenario_scales ? p.long_term_search_scale : 1.0;
  const double on_job = with_scenario_scales ? p.on_the_job_search_scale : 1.0;
  SearchEffort effort;
  effort.unemployed_short.reserve(kAgeEducationCells);
  effort.unemployed_long.reserve(kAgeEducationCells);
  effort.on_the_job.reserve(kAgeEducationCells);
  for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
    const double education = model.education_search_weight[ae % kEducationLevels];
    effort.unemployed_short.push_back(c.application_rate * education * seekers);
    effort.unemployed_long.push_back(c.application_rate * education * seekers * long_term *
                                     c.long_term_search);
    effort.on_the_job.push_back(c.application_rate * education * on_job * c.on_the_job_search *
                                model.job_to_job_monthly[ae / kEducationLevels]);
    effort.max_unemployed = std::max(
        {effort.max_unemployed, effort.unemployed_short.back(), effort.unemployed_long.back()});
    effort.max_on_the_job = std::max(effort.max_on_the_job, effort.on_the_job.back());
  }
  return effort;
}

Applications applications_sent(const StockFlowModel& model, const LabourMarketState& state,
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
