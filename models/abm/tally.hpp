// What a pass over the agents counts: persons by status, home region, occupation, age and
// education (the cells of the stock-flow state), employee jobs by home x work region x
// occupation, the traits of jobs (contract hours, flex employees, RVU-eligible employees), the
// flows between statuses and the flows of the labour market, and the distributions only persons
// have (completed unemployment spells, age at retirement). Counts are
// whole numbers, so the tallies of the threads add up to the same totals in any order: results
// do not depend on the number of threads.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/flow_ledger.hpp"
#include "models/state.hpp"

namespace lmsim::model::abm {

inline constexpr std::size_t kSpellBins = 61;  // completed spells of 0..59 months, and 60+

// The index of a person's cell in a table, from its fields and without branches:
// offset + home x per_home + occupation x per_occupation + group x per_group, with the
// coefficients looked up by the status byte and the group's slot (age_slots.hpp) by age and birth
// month in a table of the month. A status that has no cell in the table (kDeparted, or a status
// the table leaves out) has all coefficients 0 and the offset of a sentinel entry.
struct CellFormula {
  std::array<std::uint32_t, 256> offset{}, per_home{}, per_occupation{}, per_group{};
  std::array<std::uint16_t, kAges * 12> slot{};  // [age][birth month - 1]

  std::size_t operator()(const AgentTable& agents, std::size_t i) const {
    const std::uint8_t s = agents.status[i];
    const std::size_t group =
        slot[agents.age[i] * 12 + agents.birth_month[i] - 1] * kEducationLevels +
        agents.education[i];
    return offset[s] + agents.home[i] * per_home[s] + agents.occupation[i] * per_occupation[s] +
           group * per_group[s];
  }
};

class Tally {
 public:
  Tally(std::size_t regions, std::size_t occupations);

  void clear();
  std::size_t regions() const { return regions_; }
  std::size_t occupations() const { return occupations_; }
  void add(const Tally& other);
  // Adds only the persons and jobs of another tally (counts, or changes of counts).
  void add_stocks(const Tally& other);
  // Adds only the flows of another pass (status flows, retirements and the distributions).
  void add_flows(const Tally& other);

  // month: the calendar month whose end gives the person's slot (0: the start of January).
  void count_person(Status s, std::size_t home, std::size_t occupation, std::size_t age,
                    int birth_month, std::size_t education, int month, int sign = 1) {
    persons[person_cell(s, home, occupation, person_group(age, birth_month, education, month))] +=
        sign;
  }
  void count_job(std::size_t home, std::size_t work, std::size_t occupation, int sign = 1) {
    jobs[(home * regions_ + work) * occupations_ + occupation] += sign;
  }
  // Contract hours (in quarters) of an employee at its work cell or a zzp at its home cell.
  void count_hours(std::size_t region, std::size_t occupation, std::int64_t quarters) {
    hours[region * occupations_ + occupation] += quarters;
  }
  void count_flow(std::size_t from, std::size_t to) { ++flows[from][to]; }
  void count_flow(Status from, Status to) { ++flows[index(from)][index(to)]; }

  // Index of a cell in LabourMarketState::persons(s).
  std::size_t person_cell(Status s, std::size_t home, std::size_t occupation,
                          std::size_t group) const {
    return offset_[index(s)] +
           (has_occupation(s) ? (home * occupations_ + occupation) : home) * kBlockGroups + group;
  }

  // The formula of person_cell at the end of calendar month `month` (0: the start of January),
  // with the sentinel cell persons.size() for departed persons.
  CellFormula cell_formula(int month) const;
  // In January, before the month's birthdays: everyone of a two-slot age has this year's
  // birthday still to come (age_slots.hpp).
  void start_new_year();

  // Writes the counted persons and jobs, times the weight of an agent, into the state.
  void write_stocks(LabourMarketState& state, double weight) const;
  // Writes the counted flows, times the weight, into the state's step record.
  void write_flows(LabourMarketState& state, double weight) const;

  std::vector<std::int32_t> persons;  // all statuses, in the layout of LabourMarketState
  std::vector<std::int32_t> jobs;
  // Traits of jobs, kept with the persons: contract hours in quarters of employees and zzp by
  // region x occupation of work (job_traits.hpp); flex employees by home region x occupation x
  // group (the cells of LabourMarketState::persons(kEmployed)); RVU-eligible employees by
  // occupation x age slot; part-time workers.
  std::vector<std::int64_t> hours;
  std::vector<std::int32_t> flex_employees, rvu_eligible;
  std::int64_t part_time_workers = 0;
  // Hours (quarters) of workers who are carers, reservists or both, by region x occupation of
  // work, and how many there are: counted afresh each month (AgentBasedModel).
  std::vector<std::int64_t> carer_hours, reservist_hours, carer_reservist_hours;
  std::int64_t carers = 0, reservists = 0;
  std::array<std::array<std::int64_t, kLedgerSize>, kLedgerSize> flows{};
  std::vector<std::int32_t> hires, job_to_job, separations;  // by work region x occupation
  std::vector<std::int32_t> hires_from_unemployment;         // by home region x occupation
  // WW recipients under 6 months at the end of the labour-market pass, [short-term, long-term]
  // x month of benefit x home region x occupation (ww_benefits.hpp).
  std::vector<std::int32_t> ww_benefits;
  std::int64_t retirements_employees = 0;
  std::vector<std::int64_t> retirements_employees_by_slot;  // by home region x age slot
  std::array<std::int64_t, kSpellBins> spells_ending_in_work{};
  std::array<std::int64_t, kAges> retirement_ages{};  // age index at leaving work to retire

 private:
  std::size_t regions_, occupations_;
  std::array<std::size_t, kStatusCount + 1> offset_{};
};

// Counts person i of the table (nothing for a departed person): its status cell (its slot at the
// end of calendar month `month`; 0: the start of January) and its job; with sign -1 takes it out
// (before an event changes it).
void count_agent(const AgentTable& agents, std::size_t i, Tally& tally, int month, int sign = 1);

// Counts person i in ww_benefits if it receives WW for less than 6 months.
void count_ww_benefit(const AgentTable& agents, std::size_t i, Tally& tally);
// Writes the WW recipients counted, times the weight, into state.ww.
void write_ww_benefits(const Tally& tally, LabourMarketState& state, double weight);

// Moves the counts of person i, who only reaches the next year of age in calendar month `month`
// (below 74), to that age: the same as count_agent(-1) as the month starts, ageing,
// count_agent(+1), touching only the counts that depend on age.
void count_ageing(const AgentTable& agents, std::size_t i, Tally& tally, int month);

}  // namespace lmsim::model::abm
