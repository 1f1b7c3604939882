#include "models/abm/tally.hpp"

#include <algorithm>

namespace lmsim::model::abm {

Tally::Tally(std::size_t regions, std::size_t occupations)
    : regions_(regions), occupations_(occupations) {
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const std::size_t blocks =
        has_occupation(static_cast<Status>(s)) ? regions * occupations : regions;
    offset_[s + 1] = offset_[s] + blocks * kAgeEducationCells;
  }
  persons.assign(offset_[kStatusCount], 0);
  jobs.assign(regions * regions * occupations, 0);
  for (auto* v : {&hires, &job_to_job, &separations, &hires_from_unemployment})
    v->assign(regions * occupations, 0);
}

CellFormula Tally::cell_formula() const {
  CellFormula formula;
  formula.offset.fill(static_cast<std::uint32_t>(persons.size()));
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const bool with_occupation = has_occupation(static_cast<Status>(s));
    formula.offset[s] = static_cast<std::uint32_t>(offset_[s]);
    formula.per_home[s] =
        static_cast<std::uint32_t>((with_occupation ? occupations_ : 1) * kAgeEducationCells);
    formula.per_occupation[s] =
        with_occupation ? static_cast<std::uint32_t>(kAgeEducationCells) : 0;
    formula.per_age_education[s] = 1;
  }
  return formula;
}

void Tally::clear() {
  std::fill(persons.begin(), persons.end(), 0);
  std::fill(jobs.begin(), jobs.end(), 0);
  flows = {};
  for (auto* v : {&hires, &job_to_job, &separations, &hires_from_unemployment})
    std::fill(v->begin(), v->end(), 0);
  retirements_employees = 0;
  spells_ending_in_work = {};
  retirement_ages = {};
}

namespace {

template <class Container>
void add_to(Container& total, const Container& part) {
  for (std::size_t i = 0; i < total.size(); ++i) total[i] += part[i];
}

}  // namespace

void Tally::add(const Tally& other) {
  add_to(persons, other.persons);
  add_to(jobs, other.jobs);
  for (std::size_t from = 0; from < kLedgerSize; ++from) add_to(flows[from], other.flows[from]);
  add_to(hires, other.hires);
  add_to(job_to_job, other.job_to_job);
  add_to(separations, other.separations);
  add_to(hires_from_unemployment, other.hires_from_unemployment);
  retirements_employees += other.retirements_employees;
  add_to(spells_ending_in_work, other.spells_ending_in_work);
  add_to(retirement_ages, other.retirement_ages);
}

void Tally::add_stocks(const Tally& other) {
  add_to(persons, other.persons);
  add_to(jobs, other.jobs);
}

void Tally::add_flows(const Tally& other) {
  for (std::size_t from = 0; from < kLedgerSize; ++from) add_to(flows[from], other.flows[from]);
  retirements_employees += other.retirements_employees;
  add_to(spells_ending_in_work, other.spells_ending_in_work);
  add_to(retirement_ages, other.retirement_ages);
}

void Tally::write_stocks(LabourMarketState& state, double weight) const {
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    auto& target = state.persons(static_cast<Status>(s));
    for (std::size_t i = 0; i < target.size(); ++i)
      target[i] = weight * static_cast<double>(persons[offset_[s] + i]);
  }
  for (std::size_t i = 0; i < jobs.size(); ++i)
    state.jobs[i] = weight * static_cast<double>(jobs[i]);
}

void Tally::write_flows(LabourMarketState& state, double weight) const {
  StepRecord& record = state.record;
  record.ledger.clear();
  for (std::size_t from = 0; from < kLedgerSize; ++from) {
    for (std::size_t to = 0; to < kLedgerSize; ++to) {
      if (flows[from][to] != 0)
        record.ledger.add(from, to, weight * static_cast<double>(flows[from][to]));
    }
  }
  const auto scaled = [weight](std::vector<double>& target, const std::vector<std::int32_t>& n) {
    for (std::size_t i = 0; i < n.size(); ++i) target[i] = weight * static_cast<double>(n[i]);
  };
  scaled(record.hires, hires);
  scaled(record.job_to_job, job_to_job);
  scaled(record.separations, separations);
  scaled(record.hires_from_unemployment, hires_from_unemployment);
  record.retirements_employees = weight * static_cast<double>(retirements_employees);
}

void count_agent(const AgentTable& agents, std::size_t i, Tally& tally, int sign) {
  if (agents.status[i] == kDeparted) return;
  const auto status = static_cast<Status>(agents.status[i]);
  const std::size_t home = agents.home[i];
  const std::size_t occupation = agents.occupation[i];
  tally.count_person(status, home, occupation, agents.age[i], agents.education[i], sign);
  if (status == Status::kEmployed) tally.count_job(home, agents.work[i], occupation, sign);
}

}  // namespace lmsim::model::abm
