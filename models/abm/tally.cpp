#include "models/abm/tally.hpp"

#include <algorithm>

namespace lmsim::model::abm {

Tally::Tally(std::size_t regions, std::size_t occupations)
    : regions_(regions), occupations_(occupations) {
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const std::size_t blocks =
        has_occupation(static_cast<Status>(s)) ? regions * occupations : regions;
    offset_[s + 1] = offset_[s] + blocks * kBlockGroups;
  }
  persons.assign(offset_[kStatusCount], 0);
  jobs.assign(regions * regions * occupations, 0);
  hours.assign(regions * occupations, 0);
  for (auto* v : {&carer_hours, &reservist_hours, &carer_reservist_hours})
    v->assign(regions * occupations, 0);
  flex_employees.assign(regions * occupations * kBlockGroups, 0);
  rvu_eligible.assign(occupations * kAgeSlots, 0);
  for (auto* v : {&hires, &job_to_job, &separations, &hires_from_unemployment})
    v->assign(regions * occupations, 0);
  ww_benefits.assign(2 * kWwMonths * regions * occupations, 0);
  retirements_employees_by_slot.assign(regions * kAgeSlots, 0);
}

CellFormula Tally::cell_formula(int month) const {
  CellFormula formula;
  for (std::size_t a = 0; a < kAges; ++a) {
    for (int b = 1; b <= 12; ++b)
      formula.slot[a * 12 + static_cast<std::size_t>(b - 1)] =
          static_cast<std::uint16_t>(person_slot(a, b, month));
  }
  formula.offset.fill(static_cast<std::uint32_t>(persons.size()));
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const bool with_occupation = has_occupation(static_cast<Status>(s));
    formula.offset[s] = static_cast<std::uint32_t>(offset_[s]);
    formula.per_home[s] =
        static_cast<std::uint32_t>((with_occupation ? occupations_ : 1) * kBlockGroups);
    formula.per_occupation[s] = with_occupation ? static_cast<std::uint32_t>(kBlockGroups) : 0;
    formula.per_group[s] = 1;
  }
  return formula;
}

void Tally::start_new_year() {
  model::start_new_year(persons.data(), persons.size() / kBlockGroups, kEducationLevels);
  model::start_new_year(flex_employees.data(), flex_employees.size() / kBlockGroups,
                        kEducationLevels);
  model::start_new_year(rvu_eligible.data(), occupations_, 1);
}

void Tally::clear() {
  std::fill(persons.begin(), persons.end(), 0);
  std::fill(jobs.begin(), jobs.end(), 0);
  std::fill(hours.begin(), hours.end(), 0);
  std::fill(flex_employees.begin(), flex_employees.end(), 0);
  std::fill(rvu_eligible.begin(), rvu_eligible.end(), 0);
  part_time_workers = 0;
  for (auto* v : {&carer_hours, &reservist_hours, &carer_reservist_hours})
    std::fill(v->begin(), v->end(), 0);
  carers = reservists = 0;
  flows = {};
  for (auto* v : {&hires, &job_to_job, &separations, &hires_from_unemployment, &ww_benefits})
    std::fill(v->begin(), v->end(), 0);
  retirements_employees = 0;
  std::fill(retirements_employees_by_slot.begin(), retirements_employees_by_slot.end(), 0);
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
  add_stocks(other);
  add_to(carer_hours, other.carer_hours);
  add_to(reservist_hours, other.reservist_hours);
  add_to(carer_reservist_hours, other.carer_reservist_hours);
  carers += other.carers;
  reservists += other.reservists;
  for (std::size_t from = 0; from < kLedgerSize; ++from) add_to(flows[from], other.flows[from]);
  add_to(hires, other.hires);
  add_to(job_to_job, other.job_to_job);
  add_to(separations, other.separations);
  add_to(hires_from_unemployment, other.hires_from_unemployment);
  add_to(ww_benefits, other.ww_benefits);
  retirements_employees += other.retirements_employees;
  add_to(retirements_employees_by_slot, other.retirements_employees_by_slot);
  add_to(spells_ending_in_work, other.spells_ending_in_work);
  add_to(retirement_ages, other.retirement_ages);
}

void Tally::add_stocks(const Tally& other) {
  add_to(persons, other.persons);
  add_to(jobs, other.jobs);
  add_to(hours, other.hours);
  add_to(flex_employees, other.flex_employees);
  add_to(rvu_eligible, other.rvu_eligible);
  part_time_workers += other.part_time_workers;
}

void Tally::add_flows(const Tally& other) {
  for (std::size_t from = 0; from < kLedgerSize; ++from) add_to(flows[from], other.flows[from]);
  retirements_employees += other.retirements_employees;
  add_to(retirements_employees_by_slot, other.retirements_employees_by_slot);
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
  for (std::size_t i = 0; i < retirements_employees_by_slot.size(); ++i)
    record.retirements_employees_by_slot[i] =
        weight * static_cast<double>(retirements_employees_by_slot[i]);
}

void count_ww_benefit(const AgentTable& agents, std::size_t i, Tally& tally) {
  const std::uint8_t status = agents.status[i];
  if (status == kDeparted ||
      !receives_ww_under_6_months(static_cast<Status>(status), (agents.flags[i] & kWwBenefit) != 0,
                                  agents.spell[i]))
    return;
  const std::size_t cells = tally.regions() * tally.occupations();
  const std::size_t long_term = static_cast<Status>(status) == Status::kUnemployedLong ? 1 : 0;
  const std::size_t cell = agents.home[i] * tally.occupations() + agents.occupation[i];
  ++tally.ww_benefits[(long_term * kWwMonths + agents.spell[i]) * cells + cell];
}

void write_ww_benefits(const Tally& tally, LabourMarketState& state, double weight) {
  const std::size_t cells = tally.regions() * tally.occupations();
  for (std::size_t d = 0; d < kWwMonths; ++d) {
    for (std::size_t c = 0; c < cells; ++c) {
      state.ww.short_term[d][c] = weight * static_cast<double>(tally.ww_benefits[d * cells + c]);
      state.ww.long_term[d][c] =
          weight * static_cast<double>(tally.ww_benefits[(kWwMonths + d) * cells + c]);
    }
  }
}

void count_agent(const AgentTable& agents, std::size_t i, Tally& tally, int month, int sign) {
  if (agents.status[i] == kDeparted) return;
  const auto status = static_cast<Status>(agents.status[i]);
  const std::size_t home = agents.home[i];
  const std::size_t occupation = agents.occupation[i];
  const std::size_t age = agents.age[i];
  const int birth_month = agents.birth_month[i];
  const std::size_t slot = person_slot(age, birth_month, month);
  tally.count_person(status, home, occupation, age, birth_month, agents.education[i], month, sign);
  if (status != Status::kEmployed && status != Status::kSelfEmployed) return;
  const std::uint8_t flags = agents.flags[i];
  const std::int64_t quarters = agents.hours[i];
  constexpr std::int64_t kPartTimeQuarters = 35 * 4;  // under 35 hours a week (CBS)
  tally.part_time_workers += quarters < kPartTimeQuarters ? sign : 0;
  if (status == Status::kSelfEmployed) {
    tally.count_hours(home, occupation, sign * quarters);
    return;
  }
  const std::size_t work = agents.work[i];
  tally.count_job(home, work, occupation, sign);
  tally.count_hours(work, occupation, sign * quarters);
  if ((flags & kFlexContract) != 0)
    tally.flex_employees[(home * tally.occupations() + occupation) * kBlockGroups +
                         group_of(slot, agents.education[i])] += sign;
  if ((flags & kRvuEligible) != 0) tally.rvu_eligible[occupation * kAgeSlots + slot] += sign;
}

void count_ageing(const AgentTable& agents, std::size_t i, Tally& tally, int month) {
  const auto status = static_cast<Status>(agents.status[i]);
  const std::size_t home = agents.home[i];
  const std::size_t occupation = agents.occupation[i];
  const std::size_t age = agents.age[i];
  const std::size_t education = agents.education[i];
  const int birth_month = agents.birth_month[i];
  const std::size_t slot_now = person_slot(age, birth_month, month - 1);
  const std::size_t slot_older = person_slot(age + 1, birth_month, month);
  const std::size_t now = group_of(slot_now, education);
  const std::size_t older = group_of(slot_older, education);
  --tally.persons[tally.person_cell(status, home, occupation, now)];
  ++tally.persons[tally.person_cell(status, home, occupation, older)];
  if (status != Status::kEmployed) return;
  const std::uint8_t flags = agents.flags[i];
  if ((flags & kFlexContract) != 0) {
    const std::size_t block = (home * tally.occupations() + occupation) * kBlockGroups;
    --tally.flex_employees[block + now];
    ++tally.flex_employees[block + older];
  }
  if ((flags & kRvuEligible) != 0) {
    --tally.rvu_eligible[occupation * kAgeSlots + slot_now];
    ++tally.rvu_eligible[occupation * kAgeSlots + slot_older];
  }
}

}  // namespace lmsim::model::abm
