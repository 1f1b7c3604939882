// The labour-market model apart from the engine that runs it: data, parameters, calibration and
// the monthly rates derived from them, built once and then read-only. Both engines take it by
// const reference (the stock-flow engine, stock_flow_model.hpp; the agent-based engine,
// abm/agent_based_model.hpp), and every process reads its rates from it (processes/).
// docs/model.md gives the equations.
#pragma once

#include <Eigen/Dense>
#include <algorithm>
#include <string>
#include <vector>

#include "engine/time_axis.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/occupational_mobility.hpp"
#include "models/parameters.hpp"
#include "models/row_matrix.hpp"
#include "models/state.hpp"

namespace lmsim::model {

// Quantities set at the start so that the first month is a steady state of every cell
// (docs/model.md, "Calibration").
struct Calibration {
  double application_rate = 0.0;        // applications per unit of search effort per month
  double on_the_job_search = 0.0;       // search effort of an employee per unit of j2j rate
  double long_term_search = 1.0;        // effort of the long-term relative to short-term unemployed
  double early_retirement_scale = 1.0;  // multiplies early_retirement of age_rates.csv
  double emigration_scale = 1.0;        // emigration of others than returning labour migrants
  double school_leaving_scale = 1.0;    // multiplies school_leaving of age_rates.csv
  std::vector<double> search_efficiency;      // per home region x occupation of the searcher
  std::vector<double> recruitment_intensity;  // x per work region x occupation
  std::vector<double> separation_risk;        // relative risk of job loss per group of a block
  std::vector<double> separation_rate;        // du per work region x occupation
  std::vector<double> opening_rate;           // dv per work region x occupation
  std::vector<double> initial_demand;         // D0 = jobs + zzp + vacancies per work cell
  double residual = 0.0;                      // worst relative national error of the first month
  // WW benefits under 6 months (ww_benefits.hpp): the share of the short-term unemployed who
  // receive them at the start, and the share of job losers who are entitled.
  double initial_ww_share = 0.0;
  double ww_entitled_share = 0.0;
};

// The group of a block (age_slots.hpp) of every person of a network data set, which has neither
// age nor education: age 40 (index 25) with mid-level education, whose search weight is 1.
inline constexpr std::size_t kNetworkGroup = first_group_of_age_cell(25 * kEducationLevels + 1);

// A first month within this relative error of stationary counts as calibrated.
inline constexpr double kCalibrationTolerance = 1e-3;

// Built by its constructor (which calibrates it, running the stock-flow processes on trial
// states) and then handed out only as const: the public members below are the derived rates the
// processes read, fixed for the whole run.
class ModelDescription {
 public:
  // The levers act from the first step; the calibration runs without them, so that a scenario
  // and its base start from the same calibrated state.
  ModelDescription(const DataSet& data, const ModelParameters& parameters, const TimeAxis& time,
                   LeverList levers = {});
  ModelDescription(DataSet&&, const ModelParameters&, const TimeAxis&, LeverList = {}) = delete;
  ModelDescription(const ModelDescription&) = delete;
  ModelDescription& operator=(const ModelDescription&) = delete;

  // The persons, jobs and vacancies of the first month.
  LabourMarketState initial_state() const;

  const DataSet& data() const { return data_; }
  const ModelParameters& parameters() const { return parameters_; }
  const Calibration& calibration() const { return calibration_; }
  const TimeAxis& time() const { return time_; }
  const LeverList& levers() const { return levers_; }
  std::size_t regions() const { return data_.dims.region_count(); }
  std::size_t occupations() const { return data_.dims.occupation_count(); }

  // Monthly probabilities by age index 0..59.
  std::vector<double> mortality, disability, early_retirement, emigration, school_leaving;
  std::vector<double> school_leaving_base;  // before calibration
  // Monthly rates that are the same at every age, as vectors by age for transfer_by_age (made
  // once, not in every step and region).
  std::vector<double> disability_exit_by_age, short_to_long_by_age, discouragement_by_age,
      past_aow_work_exit_by_age;
  std::vector<double> emigration_monthly;  // emigration x emigration_scale x calibrated scale
  std::array<double, kBlockGroups> survival_by_group{};  // 1 - mortality per group of a block
  // Immigrants per month who come neither for work nor for asylum, and the age distribution of
  // those who come to study (immigration_share limited to the ages at which students leave).
  double other_immigrants_per_month = 0.0;
  std::vector<double> student_immigration_share;
  std::vector<double> job_to_job_monthly;      // target share of employees moving per month
  std::size_t first_early_retirement_age = 0;  // first age index with an early-retirement hazard
  // Search effort by education (low education searches less effectively).
  std::array<double, kEducationLevels> education_search_weight{};
  // Where newcomers go: occupation given education (row-stochastic, E x O), region shares.
  Eigen::MatrixXd occupation_given_education;
  std::vector<double> region_share_population, region_share_age15;
  // R x O: where labour migrants arrive and, in the initial state, live
  // (labour_migrant_regions.csv)
  Eigen::MatrixXd labour_migrant_region_share;
  // Education of school leavers by leaving age (rows sum to 1).
  std::vector<std::array<double, kEducationLevels>> leaving_education;
  // Age x education mix of the population by region, for immigrants other than labour migrants.
  std::vector<double> education_mix_by_age;  // [age][education], rows sum to 1
  // Shares that the exchanges of the participation process keep, by age x education:
  // inactive potential among all inactive, students with a side job among all students.
  std::vector<double> potential_share, side_job_share;
  // The mobility matrices of the matching products.
  RowMatrix geo;
  OccupationalMobility occ;

  // Growth of target demand from the first month to step t along the demand outlook
  // (demand_outlook.hpp), per work region x occupation: [step][cell], 1 at step 0.
  std::vector<double> outlook_index;
  double outlook_factor(int t, std::size_t cell) const {
    return outlook_index.empty() ? 1.0
                                 : outlook_index[path_step(t) * regions() * occupations() + cell];
  }

  // Flows of the population outlook (population_outlook.hpp) in the month of step t: persons
  // entering at 15 (national, per month), immigrants who come neither for work nor for asylum
  // (per month) and the monthly emigration probability by age. Without an outlook the
  // parameters' levels hold in every month.
  double entrants_at_15_in(int t) const;
  double other_immigrants_in(int t) const;
  const std::vector<double>& emigration_in(int t) const;

  // The step of the precomputed paths for step t: the calibration runs the second month also on
  // a time axis of one month, which then uses the last step's values.
  std::size_t path_step(int t) const {
    return std::min(static_cast<std::size_t>(t), static_cast<std::size_t>(time_.steps() - 1));
  }

  // The AOW age and RVU window that hold in the month of step t.
  int aow_age_months(int t) const;
  // The calendar month whose birthdays step t has (age_slots.hpp). Without the supply side (a
  // published network's run, whose steps may be days) nobody ages and every step keeps the
  // first month's.
  int birthday_month(int t) const;
  int rvu_window_months(int t) const;

 private:
  void calibrate(const LabourMarketState& initial);
  // lmsim's data set: persons split by status, age and education from the regional data.
  LabourMarketState regional_initial_state() const;
  // Network data (network_data_set.hpp): the published model's initial state and rates.
  LabourMarketState published_initial_state() const;
  void use_published_rates();
  void calibrate_supply(const LabourMarketState& initial);
  void calibrate_cells(const LabourMarketState& after_supply, const LabourMarketState& initial);
  void calibrate_ww_benefits(const LabourMarketState& initial);
  // The outlook's flows per step, once emigration_monthly holds the calibrated rates.
  void set_population_paths();

  const DataSet& data_;
  ModelParameters parameters_;
  TimeAxis time_;
  Calibration calibration_;
  LeverList levers_;
  std::vector<PopulationFlows> flows_by_step_;  // relative to the outlook's first year
  std::vector<double> other_immigrants_by_step_;
  std::vector<std::vector<double>> emigration_by_step_;
};

}  // namespace lmsim::model
