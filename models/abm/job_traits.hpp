// What a job brings to a person of the agent-based engine, drawn when the job starts: the
// contract (permanent or flexible), the weekly contract hours and, for employees, whether the job
// is heavy work that gives access to RVU. Each trait spreads persons around the stock-flow
// engine's mean of their cell and leaves that mean unchanged, so the two engines stay one model:
// - hours: full time or part time, with the mean `weekly_hours` of the occupation
//   (occupations.csv); the part-time hours are set so that `part_time_share` of the workers work
//   part time (CBS 2021: 48%);
// - contract: flex or permanent; a flex employee changes employer `flex_job_to_job_ratio` times
//   as often as a permanent one, scaled in each cell so that the cell's moves stay the stock-flow
//   engine's (matching_step.cpp); new jobs are flex at the share that keeps `flex_share` of the
//   employees flex in a steady state;
// - RVU eligibility: `heavy_work_share` of the occupation's jobs (occupations.csv); only eligible
//   employees take up RVU, at the rate that keeps each occupation and age's RVU entries those of
//   the stock-flow engine (supply_step.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/model_description.hpp"

namespace lmsim::model::abm {

// An event of probability p decided by a uniform u, which then becomes a fresh uniform for the
// next decision: u / p if it happened, (u - p) / (1 - p) if not. Given either outcome, that is
// uniform on (0, 1) and independent of the outcome, so one uniform decides several independent
// events (to the 32 bits of u, well below any probability the traits use). The divisions are
// multiplications by reciprocals made once (a hire would otherwise wait on two divisions).
class Decision {
 public:
  Decision() = default;
  explicit Decision(double p)
      : p_(p), after_yes_(p > 0.0 ? 1.0 / p : 0.0), after_no_(p < 1.0 ? 1.0 / (1.0 - p) : 0.0) {}
  double probability() const { return p_; }
  bool operator()(double& u) const {
    // Below 1 even where the product rounds up, so that a certain event stays certain.
    constexpr double kBelowOne = 1.0 - 0x1p-53;
    const bool yes = u < p_;
    u = std::min(kBelowOne, yes ? u * after_yes_ : (u - p_) * after_no_);
    return yes;
  }

 private:
  double p_ = 0.0, after_yes_ = 0.0, after_no_ = 1.0;
};

// A month's flows of employee jobs, for the flex share of new jobs.
struct JobFlows {
  double employees = 0.0, flex_employees = 0.0;
  double new_jobs = 0.0;  // hires (job-to-job moves included), zzp becoming employees, arrivals
  double moves = 0.0;     // job-to-job moves
  double exits = 0.0;     // employees leaving employment (to any other status or the country)
};

// The employees and their flows in the month that `after_month` ends (its state and step
// record), with `flex_employees` of them on a flex contract.
JobFlows job_flows(const LabourMarketState& after_month, double flex_employees);

// The flex share of new jobs that brings the flex employees to `target` x employees in a month:
// phi J = target N - F + x E + s M, where x = F / N is the flex share now, flex jobs end by exits
// E at that share and by moves M at the flex share of moves, s = r x / (r x + 1 - x) (a flex
// employee moving r times as often). In a steady state at the target it keeps the share there;
// away from it, it closes the gap within a month, as the model keeps the zzp share at its data
// share (self_employment_adjustment = 1).
double flex_share_of_new_jobs(double target, double ratio, const JobFlows& flows);

class JobTraits {
 public:
  explicit JobTraits(const ModelDescription& model);

  // Flex share of the employees at the start, and of the jobs that start later.
  double initial_flex_share() const { return initial_flex_.probability(); }
  double new_job_flex_share() const { return new_job_flex_.probability(); }
  double flex_job_to_job_ratio() const { return flex_ratio_; }
  // Sets the flex share of new jobs for a month from the flows of the month before (until the
  // first call: the initial flex share).
  void follow(const JobFlows& last_month) {
    new_job_flex_ =
        Decision(flex_share_of_new_jobs(initial_flex_.probability(), flex_ratio_, last_month));
  }
  // Hours a week of a part-time worker (the same in every occupation below it) and the share
  // of an occupation's workers who work part time.
  double part_time_hours() const { return part_time_hours_; }
  double part_time_share(std::size_t o) const { return part_time_[o].probability(); }

  enum class Contract { kInitial, kNew };
  // Draws the traits of a job in occupation o that starts now (at the start of the run: with
  // the initial flex share), from two uniforms: the first decides the contract and RVU
  // eligibility, the second part time and the rounding of the hours (Decision).
  void start_job(std::uint8_t& flags, std::uint8_t& hours, std::size_t o, Contract contract,
                 double first, double second) const {
    flags = static_cast<std::uint8_t>(flags & ~kJobFlags);
    if ((contract == Contract::kNew ? new_job_flex_ : initial_flex_)(first)) flags |= kFlexContract;
    if (heavy_work_[o](first)) flags |= kRvuEligible;
    const bool part_time = part_time_[o](second);
    const double quarters = part_time ? part_time_quarters_[o] : full_time_quarters_[o];
    // Whole quarters of an hour, rounded up with the probability of the fraction (unbiased).
    const double whole = static_cast<double>(static_cast<int>(quarters));
    hours = static_cast<std::uint8_t>(whole + (second < quarters - whole ? 1.0 : 0.0));
  }

 private:
  Decision initial_flex_, new_job_flex_;
  double flex_ratio_, part_time_hours_ = 0.0;
  std::vector<Decision> part_time_, heavy_work_;
  std::vector<double> part_time_quarters_, full_time_quarters_;
};

// An employee who becomes self-employed keeps its hours; contract and RVU eligibility belong to
// employees.
inline void become_self_employed(std::uint8_t& flags) {
  flags = static_cast<std::uint8_t>(flags & ~(kFlexContract | kRvuEligible));
}

// A person who stops working loses the traits of the job.
inline void end_job(std::uint8_t& flags, std::uint8_t& hours) {
  flags = static_cast<std::uint8_t>(flags & ~kJobFlags);
  hours = 0;
}

}  // namespace lmsim::model::abm
