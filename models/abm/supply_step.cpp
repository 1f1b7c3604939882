#include "models/abm/supply_step.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>

#include "models/abm/first_uniforms.hpp"
#include "models/processes/migration.hpp"
#include "models/processes/month.hpp"
#include "models/processes/participation_rules.hpp"
#include "models/processes/training_rules.hpp"

namespace lmsim::model::abm {
namespace {

double clamp_probability(double p) {
  return std::clamp(p, 0.0, 1.0);
}

// Probabilities a->b and b->a that move, in expectation, the net flow keeping b / (a + b) at its
// share (participation_rules.hpp); only one of them is non-zero.
void split_probabilities(double a, double b, double share, double speed, double& a_to_b,
                         double& b_to_a) {
  const double gap = share_gap(a, b, share, speed);
  a_to_b = gap > 0.0 && a > 0.0 ? clamp_probability(gap / a) : 0.0;
  b_to_a = gap < 0.0 && b > 0.0 ? clamp_probability(-gap / b) : 0.0;
}

void keep_splits_by_age(const ModelDescription& model, const LabourMarketState& expected,
                        SupplyRates& rates) {
  const ModelParameters& p = model.parameters();
  const std::size_t cells = expected.regions() * kBlockGroups;
  for (auto* v : {&rates.inactive_to_potential, &rates.potential_to_inactive,
                  &rates.student_to_side_job, &rates.side_job_to_student})
    v->assign(cells, 0.0);
  const auto& inactive = expected.persons(Status::kInactive);
  const auto& potential = expected.persons(Status::kInactivePotential);
  const auto& students = expected.persons(Status::kStudent);
  const auto& side_jobs = expected.persons(Status::kStudentSideJob);
  for (std::size_t i = 0; i < cells; ++i) {
    const std::size_t ae = age_cell_of_group(i % kBlockGroups);
    split_probabilities(inactive[i], potential[i], model.potential_share[ae],
                        p.inactive_potential_adjustment, rates.inactive_to_potential[i],
                        rates.potential_to_inactive[i]);
    split_probabilities(students[i], side_jobs[i], model.side_job_share[ae], p.side_job_adjustment,
                        rates.student_to_side_job[i], rates.side_job_to_student[i]);
  }
}

void keep_self_employment_split(const ModelDescription& model, const LabourMarketState& expected,
                                SupplyRates& rates) {
  const ScenarioEffects& effects = expected.record.effects;
  const double speed = model.parameters().self_employment_adjustment;
  const std::size_t cells = expected.regions() * expected.occupations() * kBlockGroups;
  for (auto* v : {&rates.zzp_stopping, &rates.employee_to_zzp, &rates.zzp_to_employee})
    v->assign(cells, 0.0);
  const auto& employees = expected.persons(Status::kEmployed);
  const auto& zzp = expected.persons(Status::kSelfEmployed);
  for (std::size_t i = 0; i < cells; ++i) {
    const std::size_t o = (i / kBlockGroups) % expected.occupations();
    const double data_share = model.data().zzp_share[o];
    const double share = data_share * effects.zzp_share_factor[o];
    const double leaving = effects.zzp_exit_share[o] > 0.0
                               ? displaced_zzp_leaving(zzp[i], employees[i], data_share, share,
                                                       speed, effects.zzp_exit_share[o])
                               : 0.0;
    rates.zzp_stopping[i] = zzp[i] > 0.0 ? clamp_probability(leaving / zzp[i]) : 0.0;
    split_probabilities(employees[i], zzp[i] - leaving, share, speed, rates.employee_to_zzp[i],
                        rates.zzp_to_employee[i]);
  }
}

void training_rates(const ModelDescription& model, const LabourMarketState& start,
                    SupplyRates& rates) {
  const ScenarioEffects& effects = start.record.effects;
  rates.training_from = effects.training_from;
  rates.training_exit = effects.training_exit_rate;
  rates.training_completion = effects.training_completion;
  const std::vector<double> target = training_target_shares(model, effects);
  rates.has_training_target =
      std::any_of(target.begin(), target.end(), [](double x) { return x > 0.0; });
  rates.training_target_cumulative = cumulative(target);
  rates.training_entry.assign(start.regions(), 0.0);
  for (std::size_t h = 0; h < start.regions(); ++h)
    rates.training_entry[h] = training_entry_share(start, h, effects);
}

void choice_tables(const ModelDescription& model, const LabourMarketState& start,
                   SupplyRates& rates) {
  const std::size_t R = start.regions();
  const std::size_t O = start.occupations();
  rates.occupation_by_education.clear();
  for (std::size_t e = 0; e < kEducationLevels; ++e) {
    std::vector<double> row(O);
    for (std::size_t o = 0; o < O; ++o)
      row[o] = model.occupation_given_education(static_cast<Eigen::Index>(e),
                                                static_cast<Eigen::Index>(o));
    const auto c = cumulative(row);
    rates.occupation_by_education.insert(rates.occupation_by_education.end(), c.begin(), c.end());
  }
  rates.leaving_education.clear();
  for (const auto& by_level : model.leaving_education) {
    const auto c = cumulative({by_level.begin(), by_level.end()});
    rates.leaving_education.insert(rates.leaving_education.end(), c.begin(), c.end());
  }
  rates.work_region.assign(R * O * R, 0.0);
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t o = 0; o < O; ++o) {
      const auto c = work_region_cumulative(start, h, o);
      std::copy(c.begin(), c.end(), rates.work_region.begin() + static_cast<long>((h * O + o) * R));
    }
  }
}

}  // namespace

std::vector<double> cumulative(const std::vector<double>& weights) {
  std::vector<double> result(weights.size());
  double total = 0.0;
  for (double w : weights) total += std::max(0.0, w);
  double running = 0.0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    running +=
        total > 0.0 ? std::max(0.0, weights[i]) / total : 1.0 / static_cast<double>(weights.size());
    result[i] = running;
  }
  if (!result.empty()) result.back() = 1.0;
  return result;
}

std::vector<double> work_region_cumulative(const LabourMarketState& state, std::size_t h,
                                           std::size_t o) {
  std::vector<double> held(state.regions());
  for (std::size_t w = 0; w < held.size(); ++w) held[w] = state.jobs[state.job(h, w, o)];
  // A cell without jobs places new ones in the home region (jobs_follow_employees).
  if (std::all_of(held.begin(), held.end(), [](double j) { return j <= 0.0; })) held[h] = 1.0;
  return cumulative(held);
}

SupplyRates supply_rates(const ModelDescription& model, const LabourMarketState& start, int step,
                         const JobTraits* traits) {
  const ScenarioEffects& effects = start.record.effects;
  const ModelParameters& p = model.parameters();
  SupplyRates rates;
  rates.traits = traits;
  rates.regions = start.regions();
  rates.occupations = start.occupations();
  rates.supply_processes = p.supply_processes;
  rates.calendar_month = model.birthday_month(step);
  rates.retirement = retirement_rates(model, effects, step);
  rates.rvu.assign(rates.occupations * kAgeSlots, 0.0);
  for (std::size_t o = 0; o < rates.occupations; ++o) {
    for (std::size_t slot = 0; slot < kAgeSlots; ++slot)
      rates.rvu[o * kAgeSlots + slot] = rvu_probability(model, effects, rates.retirement, o, slot);
  }
  rates.activation = activation_probability(p.activation, effects.activation_factor);
  // Returns of labour migrants, the splits and training entries are amounts in the stock-flow
  // engine: their rates are those amounts over the persons they come from, in the stock-flow
  // state at that point of the month (the processes before them run on a copy of `start`).
  LabourMarketState expected = start;
  rates.labour_migrant_return.assign(rates.regions * rates.occupations, 0.0);
  rates.emigration = model.emigration_in(step);
  // The cell rules of the supply processes up to participation's flows, in the list's order:
  // they must be the list's first supply processes, one after the other, so that a process
  // added among them cannot be left out of this replay.
  constexpr MonthProcesses month{};
  constexpr std::size_t first = position_of<process::Demography>(month);
  static_assert(first == first_with_role(month, AgentRole::kPersonSupply) &&
                position_of<process::Migration>(month) == first + 1 &&
                position_of<process::Retirement>(month) == first + 2 &&
                position_of<process::Disability>(month) == first + 3 &&
                position_of<process::Participation>(month) == first + 4);
  if (p.supply_processes) {
    // Region-local processes, as the stock-flow engine runs them: regions in parallel.
    oneapi::tbb::parallel_for(std::size_t{0}, start.regions(), [&](std::size_t h) {
      apply_demography(model, expected, step, h);
      apply_emigration(model, expected, step, h);
      for (std::size_t o = 0; o < rates.occupations; ++o) {
        const double returning = labour_migrants_returning(model, expected, h, o);
        if (returning > 0.0)
          rates.labour_migrant_return[h * rates.occupations + o] =
              returning / expected.employees(h, o);
      }
      apply_returns_and_immigration(model, expected, step, h);
      apply_retirement(model, expected, step, h);
      apply_disability(model, expected, step, h);
      apply_participation_flows(model, expected, h);
    });
  }
  keep_splits_by_age(model, expected, rates);
  keep_self_employment_split(model, expected, rates);
  training_rates(model, expected, rates);
  choice_tables(model, start, rates);
  return rates;
}

EligibleEmployees eligible_employees_after_ageing(const Tally& counts, int calendar_month) {
  const std::size_t O = counts.occupations();
  EligibleEmployees now;
  now.employees.assign(O * kAgeSlots, 0.0);
  now.eligible.assign(O * kAgeSlots, 0.0);
  for (std::size_t h = 0; h < counts.regions(); ++h) {
    for (std::size_t o = 0; o < O; ++o) {
      for (std::size_t g = 0; g < kBlockGroups; ++g)
        now.employees[o * kAgeSlots + slot_of_group(g)] +=
            counts.persons[counts.person_cell(Status::kEmployed, h, o, g)];
    }
  }
  for (std::size_t k = 0; k < O * kAgeSlots; ++k)
    now.eligible[k] = static_cast<double>(counts.rvu_eligible[k]);
  // The month's birthdays come before the RVU event: those reaching the next age bring their
  // eligible share.
  const std::vector<Birthday> birthdays = birthdays_of(calendar_month);
  for (std::size_t o = 0; o < O; ++o) {
    for (std::vector<double>* by_slot : {&now.employees, &now.eligible})
      have_birthdays(&(*by_slot)[o * kAgeSlots], birthdays, 1);
  }
  return now;
}

void rvu_of_eligible(SupplyRates& rates, const Tally& counts) {
  const EligibleEmployees expected = eligible_employees_after_ageing(counts, rates.calendar_month);
  rates.rvu_eligible.assign(rates.occupations * kAgeSlots, 0.0);
  for (std::size_t k = 0; k < rates.rvu_eligible.size(); ++k) {
    if (rates.rvu[k] > 0.0 && expected.eligible[k] > 0.0)
      rates.rvu_eligible[k] =
          clamp_probability(rates.rvu[k] * expected.employees[k] / expected.eligible[k]);
  }
}

namespace {

// A person's fields during the supply events.
struct PersonState {
  Status status;
  std::size_t home, occupation, age, education;
  std::uint8_t work, spell, hours, flags;
  int birth_month;
};

// One person's month as the processes' person rules see it (models/processes/process_list.hpp):
// its fields, the model and the month's rates, and the moves a rule can make. Chance decides
// whether each event happens (Draws for a person; EventProbe to find the probability that any
// event happens to a person of a cell); Sink counts the flows.
template <class Chance, class Sink>
struct PersonMonth {
  Status& status;
  std::size_t& home;
  std::size_t& occupation;
  std::size_t& age;
  std::size_t& education;
  int birth_month;
  std::uint8_t& work;
  std::uint8_t& spell;
  std::uint8_t& hours;
  std::uint8_t& flags;
  const ModelDescription& model;
  const SupplyRates& rates;
  Chance& draws;
  Sink& tally;
  bool ages;  // whether the person reaches the next year of age this month
  SupplyStage first;

  bool happens(double p) { return draws.happens(p); }
  std::size_t pick(const double* cumulative, std::size_t n) { return draws.pick(cumulative, n); }
  double uniform() { return draws.uniform(); }
  bool rvu_eligible() const { return (flags & kRvuEligible) != 0; }
  // The person's age slot and group in the blocks of the state and of the month's rates
  // (age_slots.hpp), once the month's birthday, if any, has passed.
  std::size_t slot() const { return person_slot(age, birth_month, rates.calendar_month); }
  std::size_t group() const {
    return person_group(age, birth_month, education, rates.calendar_month);
  }

  void move(Status to) {
    tally.count_flow(status, to);
    if (to != Status::kEmployed) work = kNoRegion;
    if (to == Status::kSelfEmployed) {
      become_self_employed(flags);
    } else if (to != Status::kEmployed) {
      end_job(flags, hours);
    }
    status = to;
  }
  // Leaves the model; returns false for the rule to return.
  bool leave() {
    tally.count_flow(index(status), kOutside);
    return false;
  }
  void retire(Status to) {
    tally.count_retirement(status, home, age, slot());
    move(to);
  }
  // A spell that starts outside a job loss (school leavers, activation, return from training)
  // has no right to WW (ww_benefits.hpp).
  void start_spell(Status to) {
    move(to);
    spell = 0;
    flags = static_cast<std::uint8_t>(flags & ~kWwBenefit);
  }
  // An occupation sought by a person of education e.
  std::size_t seek(std::size_t e) {
    return draws.pick(&rates.occupation_by_education[e * rates.occupations], rates.occupations);
  }
  // The contract and hours of a job that starts now (job_traits.hpp).
  void start_new_job() {
    const double contract = draws.uniform();
    rates.traits->start_job(flags, hours, occupation, JobTraits::Contract::kNew, contract,
                            draws.uniform());
  }
};

// The supply events of one month: the person rules of the month's supply processes in their
// order (models/processes/month.hpp). Returns false when the person leaves the model.
template <class Chance, class Sink>
bool supply_events(PersonState& person, const ModelDescription& model, const SupplyRates& rates,
                   Chance& draws, Sink& tally, bool ages, SupplyStage first) {
  PersonMonth<Chance, Sink> month{person.status,
                                  person.home,
                                  person.occupation,
                                  person.age,
                                  person.education,
                                  person.birth_month,
                                  person.work,
                                  person.spell,
                                  person.hours,
                                  person.flags,
                                  model,
                                  rates,
                                  draws,
                                  tally,
                                  ages,
                                  first};
  return person_supply_events(MonthProcesses{}, month);
}

// Decides no event: the probability that any happens is what `passed` reaches.
struct EventProbe {
  double passed = 0.0;
  bool happens(double p) {
    if (p > 0.0) passed = probability_of_any(passed, std::min(p, 1.0));
    return false;
  }
  std::size_t pick(const double*, std::size_t) { return 0; }
  double uniform() { return 0.5; }
};

struct NoCount {
  void count_flow(std::size_t, std::size_t) {}
  void count_flow(Status, Status) {}
  void count_retirement(Status, std::size_t, std::size_t, std::size_t) {}
};

// Counts the flows of a person in a tally.
struct TallyCount {
  Tally& tally;
  void count_flow(std::size_t from, std::size_t to) { tally.count_flow(from, to); }
  void count_flow(Status from, Status to) { tally.count_flow(from, to); }
  void count_retirement(Status from, std::size_t home, std::size_t age, std::size_t slot) {
    if (from == Status::kEmployed) {
      ++tally.retirements_employees;
      ++tally.retirements_employees_by_slot[home * kAgeSlots + slot];
    }
    ++tally.retirement_ages[age];
  }
};

}  // namespace

void advance_supply(AgentTable& agents, std::size_t i, const ModelDescription& model,
                    const SupplyRates& rates, Draws& draws, Tally& tally, bool ages,
                    SupplyStage first) {
  PersonState person{static_cast<Status>(agents.status[i]),
                     agents.home[i],
                     agents.occupation[i],
                     agents.age[i],
                     agents.education[i],
                     agents.work[i],
                     agents.spell[i],
                     agents.hours[i],
                     agents.flags[i],
                     agents.birth_month[i]};
  TallyCount sink{tally};
  if (!supply_events(person, model, rates, draws, sink, ages, first)) {
    agents.status[i] = kDeparted;
    return;
  }
  agents.status[i] = static_cast<std::uint8_t>(person.status);
  agents.home[i] = static_cast<std::uint8_t>(person.home);
  agents.age[i] = static_cast<std::uint8_t>(person.age);
  agents.education[i] = static_cast<std::uint8_t>(person.education);
  agents.occupation[i] = static_cast<std::uint16_t>(person.occupation);
  agents.work[i] = person.work;
  agents.spell[i] = person.spell;
  agents.hours[i] = person.hours;
  agents.flags[i] = person.flags;
}

namespace {

// A birth month of the persons of a slot as calendar month `month` starts (after January's
// relabelling, age_slots.hpp) who reach the next age this month (ages) or do not; 0 when no
// person of the slot is so.
int birth_month_at_month_start(std::size_t slot, bool ages, int month) {
  if (is_monthly_age(age_of_slot(slot))) {
    const int b = birth_month_of_slot(slot);
    return (b == month) == ages ? b : 0;
  }
  if (is_to_come_slot(slot)) return ages ? month : (month < 12 ? 12 : 0);
  return ages || month == 1 ? 0 : 1;  // had this year's birthday before this month
}

}  // namespace

EventThresholds event_probabilities(const ModelDescription& model, const SupplyRates& rates,
                                    const Tally& layout) {
  const int month = rates.calendar_month;
  EventThresholds any;
  any.probability.assign(2 * (layout.persons.size() + 1), 0.0);
  any.words.assign(any.probability.size(), 0);
  oneapi::tbb::parallel_for(std::size_t{0}, rates.regions, [&](std::size_t h) {
    for (std::size_t s = 0; s < kStatusCount; ++s) {
      const auto status = static_cast<Status>(s);
      const std::size_t occupations = has_occupation(status) ? rates.occupations : 1;
      for (std::size_t o = 0; o < occupations; ++o) {
        for (std::size_t g = 0; g < kBlockGroups; ++g) {
          const std::size_t cell = layout.person_cell(status, h, o, g);
          if (layout.persons[cell] == 0) continue;  // nobody to decide for (0: no event)
          for (bool ages : {false, true}) {
            const std::size_t age = age_of_group(g);
            double& probability = any.probability[2 * cell + (ages ? 1 : 0)];
            const int birth_month = birth_month_at_month_start(slot_of_group(g), ages, month);
            if (birth_month == 0) continue;  // nobody of the cell is so (0: no event)
            if (ages && age + 1 == kAges && rates.supply_processes) {
              probability = 1.0;  // ageing past 74 leaves the model: always an event
              continue;
            }
            // An RVU-eligible person: the probability of any event is then the largest in the
            // cell, so a person of the cell whose uniform is above it has no event either way.
            PersonState person{status,    h, o, age,          education_of_group(g),
                               kNoRegion, 0, 0, kRvuEligible, birth_month};
            EventProbe probe;
            NoCount none;
            supply_events(person, model, rates, probe, none, ages, SupplyStage::kWholeMonth);
            probability = probe.passed;
          }
        }
      }
    }
    // The words of the region's cells, in the same task.
    for (std::size_t s = 0; s < kStatusCount; ++s) {
      const auto status = static_cast<Status>(s);
      const std::size_t first = layout.person_cell(status, h, 0, 0);
      const std::size_t end =
          first + (has_occupation(status) ? rates.occupations : 1) * kBlockGroups;
      for (std::size_t k = 2 * first; k < 2 * end; ++k)
        any.words[k] = compact_words_below(any.probability[k]);
    }
  });
  return any;
}

}  // namespace lmsim::model::abm
