#include "models/parameters.hpp"

#include <cmath>

namespace lmsim::model {
namespace {

constexpr double kRateMax = 1.0;

ParameterRegistry build_registry() {
  ParameterRegistry r;
  const std::string omn = "del Rio-Chanona et al. (2021) J. R. Soc. Interface 18:20200898";
  // Demand side.
  r.add({"separation_rate", "per 6.75 weeks", 0.016, 0.0, kRateMax,
         "share of jobs ending in unemployment per published step (du), rescaled to the run's step "
         "(a month unless time_step says otherwise)",
         omn});
  r.add({"demand_gap_speed", "per 6.75 weeks", 0.16, 0.0, kRateMax,
         "share of the gap between realised and target demand closed per step by extra "
         "separations or openings (gu = gv = 10 du)",
         omn});
  r.add({"vacancy_rate", "per 6.75 weeks", 0.012, 0.0, kRateMax,
         "share of jobs opening as vacancies per published step (dv), with the data of a "
         "published occupational network ([occupational_network]); with lmsim's regional data "
         "dv is calibrated per cell instead (vacancy_opening_scale)",
         omn});
  r.add({"vacancy_opening_scale", "factor", 1.0, 0.0, 10.0,
         "multiplies the opening rate dv, which is calibrated per cell so that vacancies are "
         "stationary in the first month",
         "calibration, docs/model.md"});
  r.add({"demand_growth_per_year", "fraction per year", 0.0, -0.2, 0.2,
         "growth of target demand d* in every cell (expansion demand)",
         "ROA: about 10% of openings to 2028 are expansion demand; baseline 0"});
  // Search and matching.
  r.add({"job_finding_scale", "factor", 1.0, 0.0, 10.0,
         "multiplies the search effort of job seekers, whose efficiency per home region and "
         "occupation is calibrated so that unemployment is stationary in the first month",
         "calibration, docs/model.md"});
  r.add({"long_term_search_scale", "factor", 1.0, 0.0, 10.0,
         "multiplies the search effort of the unemployed of 6 months or more, which is "
         "calibrated so that their share (initial_short_term_share) is stationary in the first "
         "month",
         "calibration, docs/model.md"});
  r.add({"low_education_search_weight", "factor", 0.8, 0.0, 2.0,
         "search effectiveness of persons with low education (ISCED 0-2), including early "
         "school leavers, relative to mid and high",
         "estimate; InZicht Magazine AIZ (June 2025): early school leavers often end up "
         "unemployed"});
  r.add({"on_the_job_search_scale", "factor", 1.0, 0.0, 10.0,
         "multiplies the on-the-job search effort, which is calibrated so that job-to-job "
         "moves match job_to_job_quarterly in age_rates.csv",
         "calibration, docs/model.md"});
  // Tension used to divide vacancies by this share of the short-term unemployed; it now divides
  // by the WW benefits under 6 months the model counts (docs/errors.md, "Parameters").
  r.retire("ww_benefit_share",
           "tension now divides vacancies by the WW benefits under 6 months that the model "
           "counts (the result variable ww_under_6_months), as UWV does; delete this line");
  // Supply side.
  r.add({"discouragement_rate", "per year", 0.15, 0.0, kRateMax,
         "long-term unemployed who stop searching (to inactive potential)", "estimate"});
  r.add({"activation_rate", "per year", 0.25, 0.0, kRateMax,
         "inactive potential who start searching (to short-term unemployed)", "estimate"});
  r.add({"inactive_potential_adjustment", "share per month", 0.1, 0.0, 1.0,
         "share of the gap closed each month between the inactive potential's share of all "
         "inactive persons and its share in status_by_age.csv (by age and education)",
         "estimate; status_by_age.csv"});
  r.add({"side_job_adjustment", "share per month", 1.0, 0.0, 1.0,
         "share of the gap closed each month between the share of students with a side job and "
         "its share in status_by_age.csv (1 keeps it there)",
         "status_by_age.csv"});
  r.add({"self_employment_adjustment", "share per month", 1.0, 0.0, 1.0,
         "share of the gap closed each month between the zzp share of an occupation's workers and "
         "zzp_share in occupations.csv (1 keeps it there)",
         "occupations.csv"});
  r.add({"disability_exit_rate", "per year", 0.03, 0.0, kRateMax,
         "outflow from disability benefit to inactivity", "estimate (UWV WIA outflow)"});
  r.add({"work_past_aow_share", "share", 0.3, 0.0, 1.0,
         "share of workers reaching the AOW age who keep working",
         "estimate; CBS: about 1 in "
         "7 of those aged 65-75 works"});
  r.add({"past_aow_work_exit_rate", "per year", 0.12, 0.0, kRateMax,
         "working pensioners who stop working", "estimate"});
  r.add({"rvu_take_up", "per month", 0.0088, 0.0, kRateMax,
         "monthly take-up of RVU by eligible heavy-work employees inside the window before AOW",
         "fitted: persons in RVU average 13,000 over 2025-2027, the 13,000 users of 2024 (SZW, "
         "nl_facts.csv), with heavy_work_share of occupations.csv"});
  r.add({"rvu_users_initial", "persons", 13000.0, 0.0, 1e6, "RVU users at the start",
         "SZW answers Belastingplan 2026 (nl_facts.csv)"});
  r.add({"initial_short_term_share", "share", 0.65, 0.0, 1.0,
         "share of the unemployed at the start unemployed for less than 6 months",
         "estimate; CBS: about one third of the unemployed searches longer than 6 months"});
  // Demography and migration.
  r.add({"entrants_at_15_per_year", "persons per year", 197000.0, 0.0, 1e6,
         "persons turning 15, entering as students", "CBS 2024 (nl_facts.csv flow_turned_15)"});
  r.add({"immigration_per_year", "persons per year", 277000.0, 0.0, 2e6,
         "immigrants aged 15-74, labour migrants included", "CBS 2024 (nl_facts.csv)"});
  r.add({"status_holders_per_year", "persons per year", 15000.0, 0.0, 2e5,
         "asylum status holders aged 15-74 entering as inactive potential",
         "estimate from 38,000 first applications (2023) and 16,600 Jan-Sep 2025, CBS/IND"});
  r.add({"immigrant_student_share", "share", 0.35, 0.0, 1.0,
         "share of other immigrants (not labour migrants, not status holders) who study",
         "estimate"});
  r.add({"immigrant_inactive_share", "share", 0.30, 0.0, 1.0,
         "share of other immigrants who are inactive; the rest is inactive potential", "estimate"});
  r.add({"emigration_scale", "factor", 1.0, 0.0, 5.0,
         "multiplies the emigration rates of age_rates.csv", "age_rates.csv"});
  r.add({"labour_migration_scale", "factor", 1.0, 0.0, 5.0,
         "multiplies the labour migrant inflow of migration.csv", "migration.csv"});
  r.add({"full_time_hours", "hours per week", 38.0, 20.0, 60.0,
         "hours of one full-time equivalent (FTE)", "common Dutch collective agreements"});
  // Persons' traits in the agent-based engine (docs/abm.md, section 1): each keeps the
  // stock-flow engine's mean of its cell and adds the spread between persons.
  r.add({"part_time_share", "share", 0.48, 0.0, 1.0,
         "share of workers who work part time (under 35 hours a week); the agent-based engine "
         "gives each worker full-time or part-time hours with the mean weekly_hours of the "
         "occupation",
         "CBS 2021 (nl_facts.csv parttime_share: 48% of the employed)"});
  r.add({"flex_share", "share", 2.0 / 7.0, 0.0, 1.0,
         "share of employees on a flexible contract (agent-based engine)",
         "CBS Q4 2024 as quoted in InZicht Magazine AIZ (June 2025): 4% of employees change "
         "employer a quarter, 2% of permanent and 9% of flex employees, so 4 = 9 f + 2 (1 - f) "
         "and f = 2/7"});
  r.add({"flex_job_to_job_ratio", "factor", 4.5, 1.0, 100.0,
         "how many times more often a flex employee changes employer than a permanent one "
         "(agent-based engine; the mean of each cell stays the stock-flow engine's)",
         "CBS Q4 2024 as quoted in InZicht Magazine AIZ (June 2025): 9% of flex and 2% of "
         "permanent employees a quarter"});
  r.add({"supply_processes", "switch", 1.0, 0.0, 1.0,
         "1 runs demography, migration, retirement and participation flows; 0 leaves only the "
         "demand side and matching (validation against the published model)",
         "docs/model.md, section 3"});
  return r;
}

}  // namespace

const ParameterRegistry& model_parameter_registry() {
  static const ParameterRegistry registry = build_registry();
  return registry;
}

double per_step(double probability, double from_days, double to_days) {
  // Equal lengths return the rate itself, not 1 - (1 - p), which can differ in the last bit.
  if (from_days == to_days) return probability;
  return 1.0 - std::pow(1.0 - probability, to_days / from_days);
}

double per_month(double probability, double step_days) {
  return per_step(probability, step_days, kDaysPerMonth);
}

double monthly_from_annual(double annual) {
  return 1.0 - std::pow(1.0 - annual, 1.0 / 12.0);
}

std::string check_parameter_combinations(const ParameterValues& v) {
  if (v["immigrant_student_share"] + v["immigrant_inactive_share"] > 1.0) {
    return "immigrant_student_share + immigrant_inactive_share must not exceed 1 (the rest of "
           "the other immigrants are inactive potential)";
  }
  return {};
}

ModelParameters resolve_parameters(const ParameterValues& v, double step_days) {
  ModelParameters p;
  p.separation_rate = per_step(v["separation_rate"], kDaysPerPublishedStep, step_days);
  p.demand_gap_speed = per_step(v["demand_gap_speed"], kDaysPerPublishedStep, step_days);
  p.vacancy_rate = per_step(v["vacancy_rate"], kDaysPerPublishedStep, step_days);
  p.vacancy_opening_scale = v["vacancy_opening_scale"];
  p.demand_growth_per_year = v["demand_growth_per_year"];
  p.job_finding_scale = v["job_finding_scale"];
  p.long_term_search_scale = v["long_term_search_scale"];
  p.low_education_search_weight = v["low_education_search_weight"];
  p.on_the_job_search_scale = v["on_the_job_search_scale"];
  p.discouragement = monthly_from_annual(v["discouragement_rate"]);
  p.activation = monthly_from_annual(v["activation_rate"]);
  p.inactive_potential_adjustment = v["inactive_potential_adjustment"];
  p.side_job_adjustment = v["side_job_adjustment"];
  p.self_employment_adjustment = v["self_employment_adjustment"];
  p.disability_exit = monthly_from_annual(v["disability_exit_rate"]);
  p.work_past_aow_share = v["work_past_aow_share"];
  p.past_aow_work_exit = monthly_from_annual(v["past_aow_work_exit_rate"]);
  p.rvu_take_up = v["rvu_take_up"];
  p.rvu_users_initial = v["rvu_users_initial"];
  p.initial_short_term_share = v["initial_short_term_share"];
  p.entrants_at_15 = v["entrants_at_15_per_year"] / 12.0;
  p.immigrants = v["immigration_per_year"] / 12.0;
  p.status_holders = v["status_holders_per_year"] / 12.0;
  p.immigrant_student_share = v["immigrant_student_share"];
  p.immigrant_inactive_share = v["immigrant_inactive_share"];
  p.emigration_scale = v["emigration_scale"];
  p.labour_migration_scale = v["labour_migration_scale"];
  p.full_time_hours = v["full_time_hours"];
  p.part_time_share = v["part_time_share"];
  p.flex_share = v["flex_share"];
  p.flex_job_to_job_ratio = v["flex_job_to_job_ratio"];
  p.supply_processes = v["supply_processes"] >= 0.5;
  return p;
}

ModelParameters resolve_parameters(const ParameterValues& values, const TimeAxis& time) {
  return resolve_parameters(values, time.monthly() ? kDaysPerMonth : time.step_days());
}

}  // namespace lmsim::model
