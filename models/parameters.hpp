// The model's parameters: registered with unit, default, bounds, description and source (what
// `lmsim params` prints and what a scenario may override), and resolved into the monthly rates
// the processes use. Annual rates become monthly probabilities by 1 - (1 - r)^(1/12); the
// published rates of del Rio-Chanona et al. (2021) are per 6.75-week step and are rescaled to a
// month (30.4375 days) the same way.
#pragma once

#include "engine/parameter_registry.hpp"
#include "engine/time_axis.hpp"

namespace lmsim::model {

const ParameterRegistry& model_parameter_registry();

inline constexpr double kDaysPerMonth = 365.25 / 12.0;
inline constexpr double kDaysPerPublishedStep = 6.75 * 7.0;

// Probability per step of to_days days from a probability per step of from_days days.
double per_step(double probability, double from_days, double to_days);
// Probability per month from a probability per step of step_days days.
double per_month(double probability, double step_days);
// Probability per month from an annual probability.
double monthly_from_annual(double annual);

struct ModelParameters {
  // Demand side, del Rio-Chanona et al. (2021), rescaled to a month.
  double separation_rate = 0.0;        // du
  double demand_gap_speed = 0.0;       // gu = gv
  double vacancy_opening_scale = 1.0;  // multiplies the calibrated opening rate dv
  double vacancy_rate = 0.0;           // dv where cells are not calibrated (network data)
  double demand_growth_per_year = 0.0;
  // Search and matching.
  double job_finding_scale = 1.0;
  double long_term_search_scale = 1.0;
  double low_education_search_weight = 0.8;
  double on_the_job_search_scale = 1.0;
  // Supply side, monthly.
  double short_to_long_unemployment = 1.0 / 6.0;
  double discouragement = 0.0;
  double activation = 0.0;
  double inactive_potential_adjustment = 0.1;
  double side_job_adjustment = 1.0;
  double self_employment_adjustment = 1.0;
  double disability_exit = 0.0;
  double past_aow_work_exit = 0.0;
  double work_past_aow_share = 0.0;
  double rvu_take_up = 0.0;
  double rvu_users_initial = 0.0;
  double initial_short_term_share = 0.65;
  // Demography and migration, persons per month unless a scale.
  double entrants_at_15 = 0.0;
  double immigrants = 0.0;
  double status_holders = 0.0;
  double immigrant_student_share = 0.0;
  double immigrant_inactive_share = 0.0;
  double emigration_scale = 1.0;
  double labour_migration_scale = 1.0;
  double full_time_hours = 38.0;
  // Persons' traits (agent-based engine).
  double part_time_share = 0.48;
  double flex_share = 2.0 / 7.0;
  double flex_job_to_job_ratio = 4.5;
  // Switches for validation runs (1 = on).
  bool supply_processes = true;
};

// The rates per step of step_days days (a month by default). Supply-side rates assume months:
// a run with another step length runs the demand side and matching only (supply_processes = 0).
ModelParameters resolve_parameters(const ParameterValues& values, double step_days = kDaysPerMonth);
// The rates per step of the run's time axis.
ModelParameters resolve_parameters(const ParameterValues& values, const TimeAxis& time);

// Checks rules that involve several parameters; returns why a combination is refused, or "".
std::string check_parameter_combinations(const ParameterValues& values);

}  // namespace lmsim::model
