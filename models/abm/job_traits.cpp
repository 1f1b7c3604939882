#include "models/abm/job_traits.hpp"

#include <algorithm>

namespace lmsim::model::abm {
namespace {

// Hours a week of full-time and part-time workers of an occupation with mean hours w, for
// part-time hours h and full-time hours F: part-timers work min(h, w), full-timers max(F, w),
// and the part-time share makes the mean w.
double part_time_share_of(double w, double h, double full_time) {
  const double part = std::min(h, w);
  const double full = std::max(full_time, w);
  return full > part ? (full - w) / (full - part) : 0.0;
}

double workers_part_time(const DataSet& data, double h, double full_time) {
  double part = 0.0, all = 0.0;
  for (std::size_t o = 0; o < data.weekly_hours.size(); ++o) {
    const double workers = data.employed.col(static_cast<Eigen::Index>(o)).sum();
    part += workers * part_time_share_of(data.weekly_hours[o], h, full_time);
    all += workers;
  }
  return all > 0.0 ? part / all : 0.0;
}

// The part-time hours that give the target share of part-time workers (the share grows with
// the hours: fewer part-time hours need fewer part-timers for the same mean); bisection.
double calibrated_part_time_hours(const DataSet& data, double target, double full_time) {
  double low = 0.0, high = full_time;
  for (int i = 0; i < 60; ++i) {
    const double mid = 0.5 * (low + high);
    (workers_part_time(data, mid, full_time) < target ? low : high) = mid;
  }
  return 0.5 * (low + high);
}

}  // namespace

JobFlows job_flows(const LabourMarketState& after_month, double flex_employees) {
  const StepRecord& r = after_month.record;
  JobFlows flows;
  flows.employees = after_month.total(Status::kEmployed);
  flows.flex_employees = flex_employees;
  for (double h : r.hires) flows.new_jobs += h;
  for (double m : r.job_to_job) flows.moves += m;
  const std::size_t employed = index(Status::kEmployed);
  for (std::size_t to = 0; to < kLedgerSize; ++to) {
    if (to != employed) flows.exits += r.ledger.flow(employed, to);
  }
  flows.new_jobs +=
      r.ledger.flow(index(Status::kSelfEmployed), employed) + r.ledger.flow(kOutside, employed);
  return flows;
}

double flex_share_of_new_jobs(double target, double ratio, const JobFlows& flows) {
  if (flows.new_jobs <= 0.0 || flows.employees <= 0.0) return target;
  const double x = flows.flex_employees / flows.employees;
  const double flex_of_moves = x > 0.0 ? ratio * x / (ratio * x + 1.0 - x) : 0.0;
  const double flex_jobs_ending = x * flows.exits + flex_of_moves * flows.moves;
  const double gap = target * flows.employees - flows.flex_employees;
  return std::clamp((gap + flex_jobs_ending) / flows.new_jobs, 0.0, 1.0);
}

JobTraits::JobTraits(const ModelDescription& model)
    : initial_flex_(model.parameters().flex_share),
      new_job_flex_(model.parameters().flex_share),
      flex_ratio_(model.parameters().flex_job_to_job_ratio) {
  const DataSet& data = model.data();
  const ModelParameters& p = model.parameters();
  part_time_hours_ = calibrated_part_time_hours(data, p.part_time_share, p.full_time_hours);
  for (double heavy : data.heavy_work_share) heavy_work_.emplace_back(heavy);
  constexpr double kMostQuarters = 255.0;  // an 8-bit field
  for (double w : data.weekly_hours) {
    part_time_.emplace_back(part_time_share_of(w, part_time_hours_, p.full_time_hours));
    part_time_quarters_.push_back(
        std::min(kMostQuarters, kQuartersPerHour * std::min(part_time_hours_, w)));
    full_time_quarters_.push_back(
        std::min(kMostQuarters, kQuartersPerHour * std::max(p.full_time_hours, w)));
  }
}

}  // namespace lmsim::model::abm
