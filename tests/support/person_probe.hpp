// Test support: a person as the person rules of the supply processes see it (the members and
// moves of PersonMonth in models/abm/supply_step.cpp), whose chances are scripted and recorded,
// and the expected outcome of a rule over every way its chances can fall. The test of each
// supply process compares that expectation, person by person over the cells of a state, with
// the process's cell rule (tests/models/processes/).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include "models/abm/supply_step.hpp"
#include "models/flow_ledger.hpp"
#include "models/model_description.hpp"
#include "models/processes/month.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::test {

struct PersonProbe {
  PersonProbe(const model::ModelDescription& m, const model::abm::SupplyRates& r)
      : model(m), rates(r) {}

  model::Status status = model::Status::kInactive;
  std::size_t home = 0, occupation = 0, age = 0, education = 0;
  int birth_month = 1;
  std::uint8_t work = model::abm::kNoRegion, spell = 0, hours = 0, flags = 0;
  const model::ModelDescription& model;
  const model::abm::SupplyRates& rates;
  bool ages = false;  // whether the person reaches the next year of age this month
  model::SupplyStage first = model::SupplyStage::kWholeMonth;
  bool eligible_for_rvu = false;
  double uniform_value = 0.5;  // what uniform() returns

  // The outcomes of the first choices, in the order the rule makes them (happens: 0 no, 1 yes;
  // pick: the index); the choices after them take outcome 0.
  std::vector<std::size_t> script;
  // What the rule did: the weights of the outcomes of every choice it made, the probabilities it
  // asked happens, its moves (from, to; kOutside when leaving), the employees who retired and
  // the jobs that started.
  std::vector<std::vector<double>> choices;
  std::vector<double> asked;
  std::vector<std::pair<std::size_t, std::size_t>> flows;
  int employee_retirements = 0;
  int jobs_started = 0;

  bool happens(double p) {
    asked.push_back(p);
    const double q = std::clamp(p, 0.0, 1.0);
    return choose({1.0 - q, q}) == 1;
  }
  // As abm::Draws::pick: index i with probability cumulative[i] - cumulative[i - 1], the last
  // one taking what is left.
  std::size_t pick(const double* cumulative, std::size_t n) {
    std::vector<double> weights(n);
    double below = 0.0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
      weights[i] = std::max(0.0, cumulative[i] - below);
      below = std::max(below, cumulative[i]);
    }
    weights[n - 1] = std::max(0.0, 1.0 - below);
    return choose(std::move(weights));
  }
  double uniform() const { return uniform_value; }
  bool rvu_eligible() const { return eligible_for_rvu; }
  std::size_t slot() const { return model::person_slot(age, birth_month, rates.calendar_month); }
  std::size_t group() const {
    return model::person_group(age, birth_month, education, rates.calendar_month);
  }
  void move(model::Status to) {
    flows.emplace_back(model::index(status), model::index(to));
    status = to;
  }
  bool leave() {
    flows.emplace_back(model::index(status), model::kOutside);
    return false;
  }
  void retire(model::Status to) {
    if (status == model::Status::kEmployed) ++employee_retirements;
    move(to);
  }
  void start_spell(model::Status to) {
    move(to);
    spell = 0;
  }
  std::size_t seek(std::size_t e) {
    return pick(&rates.occupation_by_education[e * rates.occupations], rates.occupations);
  }
  void start_new_job() { ++jobs_started; }

 private:
  std::size_t choose(std::vector<double> weights) {
    const std::size_t i = choices.size();
    choices.push_back(std::move(weights));
    return i < script.size() ? script[i] : 0;
  }
};

// One way the chances of a rule can fall: its probability and the person as the rule left it.
struct Outcome {
  double probability;
  PersonProbe person;
  bool stays;  // false: the person left the model
};

namespace detail {

template <class Rule>
void explore(const PersonProbe& start, Rule& rule, const std::vector<std::size_t>& script,
             double probability, std::vector<Outcome>& found) {
  PersonProbe person(start);
  person.script = script;
  const bool stays = rule(person);
  // The choices after the script took outcome 0; each other outcome is a way of its own.
  double running = probability;
  for (std::size_t i = script.size(); i < person.choices.size() && running > 0.0; ++i) {
    const std::vector<double>& weights = person.choices[i];
    for (std::size_t k = 1; k < weights.size(); ++k) {
      if (weights[k] <= 0.0) continue;
      std::vector<std::size_t> next = script;
      next.resize(i, 0);
      next.push_back(k);
      explore(start, rule, next, running * weights[k], found);
    }
    running *= weights[0];
  }
  if (running > 0.0) found.push_back({running, std::move(person), stays});
}

}  // namespace detail

// Every way the chances of the rule can fall for the person, with its probability.
template <class Rule>
std::vector<Outcome> outcomes(const PersonProbe& start, Rule rule) {
  std::vector<Outcome> found;
  detail::explore(start, rule, {}, 1.0, found);
  return found;
}

template <class Process>
std::vector<Outcome> outcomes_of(const PersonProbe& start) {
  return outcomes(start, [](PersonProbe& p) { return Process::person(p); });
}

// What persons following a rule do in expectation: where they are after it, their flows and the
// employees among them who retired.
struct Expectation {
  explicit Expectation(const model::LabourMarketState& like)
      : persons(like.regions(), like.occupations()) {}
  model::LabourMarketState persons;
  model::FlowLedger ledger;
  double employee_retirements = 0.0;
};

// Adds `persons` following the rule from `start`'s status and cell.
inline void add_outcomes(const std::vector<Outcome>& found, double persons, Expectation& expected) {
  for (const Outcome& outcome : found) {
    const double n = persons * outcome.probability;
    for (const auto& [from, to] : outcome.person.flows) expected.ledger.add(from, to, n);
    expected.employee_retirements += n * outcome.person.employee_retirements;
    if (!outcome.stays) continue;
    const PersonProbe& p = outcome.person;
    expected.persons.persons(
        p.status)[cell_of(expected.persons, p.status, p.home, p.occupation, p.group())] += n;
  }
}

// How the persons of a slot stand in the probe's calendar month: a birth month, whether they
// reach the next age this month, and the share of the slot's persons who do (birth months
// uniform: models/age_slots.hpp). At the month's start (the state before demography, as the
// last month left it) the persons of a two-slot age whose birthday is still to come reach the
// next age with probability 1/(13 - month), and in January all of them have it to come; later
// in the month nobody does.
struct BirthMonthWay {
  int birth_month;
  bool ages;
  double share;
};
inline std::vector<BirthMonthWay> ways_of(std::size_t slot, int month, bool month_start) {
  if (model::is_monthly_age(model::age_of_slot(slot))) {
    const int b = model::birth_month_of_slot(slot);
    return {{b, month_start && b == month, 1.0}};
  }
  if (!month_start) return {{model::is_to_come_slot(slot) ? 12 : 1, false, 1.0}};
  if (month > 1 && !model::is_to_come_slot(slot)) return {{1, false, 1.0}};
  const double share = 1.0 / (13.0 - month);
  if (month == 12) return {{12, true, 1.0}};
  return {{month, true, share}, {12, false, 1.0 - share}};
}

// Adds weight x the persons of every cell of home region h of `state` following the process's
// person rule, each with the settings of `like` (rates, stage) and the cell's status,
// occupation, age, education and birth months (ways_of; month_start: `state` is the month's
// start, before demography).
template <class Process>
void add_region_outcomes(const model::LabourMarketState& state, std::size_t h,
                         const PersonProbe& like, double weight, Expectation& expected,
                         bool month_start = false) {
  for (std::size_t s = 0; s < model::kStatusCount; ++s) {
    const auto status = static_cast<model::Status>(s);
    const std::size_t occupations = model::has_occupation(status) ? state.occupations() : 1;
    for (std::size_t o = 0; o < occupations; ++o) {
      for (std::size_t g = 0; g < model::kBlockGroups; ++g) {
        const double n = state.persons(status)[cell_of(state, status, h, o, g)];
        if (n == 0.0) continue;
        for (const BirthMonthWay& way :
             ways_of(model::slot_of_group(g), like.rates.calendar_month, month_start)) {
          PersonProbe person(like);
          person.status = status;
          person.home = h;
          person.occupation = o;
          person.age = model::age_of_group(g);
          person.education = model::education_of_group(g);
          person.birth_month = way.birth_month;
          person.ages = way.ages;
          add_outcomes(outcomes_of<Process>(person), weight * n * way.share, expected);
        }
      }
    }
  }
}

// The position of a process in the month's list.
template <class Target, class... Process>
std::size_t position_in(model::ProcessList<Process...> list) {
  std::size_t found = list.size;
  model::for_each_process(list, [&](auto process, std::size_t i) {
    if (std::is_same_v<typename decltype(process)::type, Target>) found = i;
  });
  return found;
}

// The state of month `step` when Process begins: the supply processes before it in the month's
// list applied to `start` in every region (as the stock-flow engine runs them), their records
// cleared.
template <class Process>
model::LabourMarketState before_process(const model::ModelDescription& model,
                                        model::LabourMarketState state, int step) {
  const std::size_t position = position_in<Process>(model::MonthProcesses{});
  model::for_each_process(model::MonthProcesses{}, [&](auto process, std::size_t i) {
    using Earlier = typename decltype(process)::type;
    if constexpr (Earlier::kAgents == model::AgentRole::kPersonSupply) {
      if (i < position) {
        for (std::size_t h = 0; h < state.regions(); ++h) Earlier::apply(model, state, step, h);
      }
    }
  });
  for (model::RegionRecord& record : state.region_records) record = model::RegionRecord{};
  return state;
}

}  // namespace lmsim::test
