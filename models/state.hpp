// The stock-flow state: persons by status, home region, age and education (and occupation for
// the statuses that have one), employee jobs by home region x work region x occupation,
// vacancies and target demand by work region x occupation, and what the last step recorded.
#pragma once

#include <Eigen/Dense>
#include <array>
#include <cstddef>
#include <vector>

#include "models/age_slots.hpp"
#include "models/dimensions.hpp"
#include "models/flow_ledger.hpp"
#include "models/processes/ww_benefits.hpp"
#include "models/scenario_effects.hpp"
#include "models/status.hpp"

namespace lmsim::model {

// What the region-local processes of one home region record in a step. Each region has its own,
// so that regions can run in parallel; add_region_records sums them in region order, which gives
// the same totals for any number of threads.
struct RegionRecord {
  FlowLedger ledger;
  double retirements_employees = 0.0;
  // The same employees by age slot at retirement (the slot of the cell they left: age and,
  // with the month, year of birth; age_slots.hpp).
  std::array<double, kAgeSlots> retirements_employees_by_slot{};
};

// The age x education groups [first, end) of every block that can hold persons. All of them while
// persons age; without the supply-side processes (a published network's run) no process moves a
// person to another group, so only the groups that held persons at the start can hold any, and
// the passes over the groups of a block skip the others (a published network uses one of 690).
struct GroupRange {
  std::size_t first = 0;
  std::size_t end = kBlockGroups;
  std::size_t size() const { return end - first; }
};

struct StepRecord {  // flows of the last step by work region x occupation, and national sums
  std::vector<double> hires, separations, job_to_job, openings;
  std::vector<double> hires_from_unemployment;  // by home region x occupation of the searcher
  // By home region x occupation, for the WW benefits (ww_benefits.hpp): employees who lost their
  // job this month, and the probability that a short- and a long-term job seeker was hired.
  std::vector<double> job_losers, hire_probability_short, hire_probability_long;
  double retirements_employees = 0.0;
  // The same retirements by home region x age slot at retirement.
  std::vector<double> retirements_employees_by_slot;
  // FTE supply by work region x occupation where the engine counts it person by person (the
  // agent-based engine); empty: employed x weekly hours x hours_factor.
  std::vector<double> fte_supply;
  FlowLedger ledger;
  ScenarioEffects effects;  // of the scenario's levers in this month
};

class LabourMarketState {
 public:
  LabourMarketState(std::size_t regions, std::size_t occupations);

  std::size_t regions() const { return regions_; }
  std::size_t occupations() const { return occupations_; }
  const GroupRange& groups() const { return groups_; }
  // Limits the groups to those that hold persons now (the smallest range): only for a state whose
  // persons never change group (no supply-side processes).
  void limit_groups_to_occupied();

  std::vector<double>& persons(Status s) { return persons_[index(s)]; }
  const std::vector<double>& persons(Status s) const { return persons_[index(s)]; }

  // Offsets of the age x education block of a home region (and occupation).
  std::size_t block(std::size_t home, std::size_t occupation) const {
    return (home * occupations_ + occupation) * kBlockGroups;
  }
  std::size_t block(std::size_t home) const { return home * kBlockGroups; }
  std::size_t job(std::size_t home, std::size_t work, std::size_t occupation) const {
    return (home * regions_ + work) * occupations_ + occupation;
  }
  std::size_t cell(std::size_t region, std::size_t occupation) const {
    return region * occupations_ + occupation;
  }

  double total(Status s) const;
  // Sum over the age x education groups of every block of a status (home region x occupation,
  // or home region for statuses without occupation), in block order.
  Eigen::VectorXd block_sums(Status s) const;
  // Sum over age x education of persons x weight[ae], per block.
  Eigen::VectorXd weighted_block_sums(Status s, const std::vector<double>& weight) const;
  double population() const;
  // Employee jobs per work region x occupation (sum of the jobs over home regions).
  std::vector<double> employee_jobs_by_work_cell() const;
  // Employees of a home region and occupation (sum over age and education).
  double employees(std::size_t home, std::size_t occupation) const;

  std::vector<double> jobs;             // employee jobs [home][work][occupation]
  std::vector<double> vacancies;        // [work][occupation]
  std::vector<double> target_demand;    // d* [work][occupation]
  std::vector<double> labour_migrants;  // employees who came as labour migrants [home][occupation]
  WwBenefits ww;  // WW benefits under 6 months [month of benefit][home][occupation]
  StepRecord record;
  std::vector<RegionRecord> region_records;  // [home], for the region-local processes

  FlowLedger& ledger_of(std::size_t home) { return region_records[home].ledger; }
  // Adds the region records to record in region order and clears them.
  void add_region_records();

 private:
  std::size_t regions_;
  std::size_t occupations_;
  GroupRange groups_;
  std::array<std::vector<double>, kStatusCount> persons_;
};

}  // namespace lmsim::model
