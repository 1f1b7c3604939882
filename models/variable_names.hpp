// The names of the variables the recorder writes to a result file (models/recorder.cpp; table in
// docs/model.md, "Outputs"), in one place for the recorder, which registers them, and for the
// code that reads them back (outputs/, cli/). A name is part of the result file's layout: scripts
// and other tools find a variable by it.
//
// The names are character arrays rather than string views: they are handed on as C strings
// (printf formats, HDF5 calls, the recorder's table of names) and joined to std::strings, which
// a std::string_view is not in C++20.
#pragma once

namespace lmsim::model::variables {

// Employed persons (employee jobs by work region and zzp) by region and occupation.
inline constexpr char kEmployed[] = "employed";
// Unemployed persons by home region and occupation sought.
inline constexpr char kUnemployed[] = "unemployed";
// Persons unemployed for less than 6 months.
inline constexpr char kUnemployedShort[] = "unemployed_short";
// WW benefits running less than 6 months by home region: UWV's denominator of tension.
inline constexpr char kWwUnder6Months[] = "ww_under_6_months";
// Open vacancies at the end of the step.
inline constexpr char kVacancies[] = "vacancies";
// Hires from unemployment and job-to-job, by work region, per step.
inline constexpr char kHires[] = "hires";
// Jobs ending in unemployment, by work region, per step.
inline constexpr char kSeparations[] = "separations";
// Job-to-job moves into the cell, per step.
inline constexpr char kJobToJob[] = "job_to_job";
// New vacancies per step.
inline constexpr char kOpenings[] = "openings";
// Target demand d*.
inline constexpr char kTargetDemand[] = "target_demand";
// Target demand minus employed.
inline constexpr char kShortage[] = "shortage";
// Labour supply in full-time equivalents.
inline constexpr char kFteSupply[] = "fte_supply";
// Open vacancies per WW benefit running less than 6 months (UWV's tension indicator).
inline constexpr char kTension[] = "tension";
// Persons aged 15-74 by home region and status.
inline constexpr char kPopulationByStatus[] = "population_by_status";
// Net participation by region: working persons / population 15-74.
inline constexpr char kParticipation[] = "participation";
// Unemployment rate by region: unemployed / (working + unemployed), as a fraction.
inline constexpr char kUnemploymentRate[] = "unemployment_rate";
// Persons aged 20 to the AOW age by home region (CBS's potential labour force).
inline constexpr char kPotentialLabourForce[] = "potential_labour_force";
// Jobs in the region minus jobs held by its residents.
inline constexpr char kNetCommuting[] = "net_commuting";
// Employees retiring (AOW, early, RVU), national, per step.
inline constexpr char kRetirementsEmployees[] = "retirements_employees";
// National flows between statuses, per step.
inline constexpr char kFlows[] = "flows";
// Persons aged 15-74 by calendar year, home region, single year of age and status: the mean over
// the steps of the year that the run covers.
inline constexpr char kPopulationByAge[] = "population_by_age";
// Employees retiring (as in retirements_employees) by calendar year, home region and age at
// retirement: the sum over the steps of the year.
inline constexpr char kRetirementsEmployeesByAge[] = "retirements_employees_by_age";
// Defensie's formation by work region: posts wanted in the three streams (military, civilian,
// reservist), and posts filled (DEF employed plus reservists added by defence_expansion).
inline constexpr char kDefencePosts[] = "defence_posts";
inline constexpr char kDefenceFilled[] = "defence_filled";

// Dimensions of the annual variables by age.
// Calendar years the run covers (numeric coordinate).
inline constexpr char kYearDimension[] = "year";
// Single years of age 15..74 (numeric coordinate: age in completed years).
inline constexpr char kAgeDimension[] = "age";

}  // namespace lmsim::model::variables
