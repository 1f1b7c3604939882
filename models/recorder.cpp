#include "models/recorder.hpp"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "engine/calendar.hpp"
#include "models/variable_names.hpp"

namespace lmsim::model {
namespace {

const std::vector<std::string> kCell = {"time", "region", "occupation"};

Dimension time_dimension(const TimeAxis& time) {
  Dimension d{"time",
              {},
              {},
              "",
              time.monthly() ? "time (first day of the month)" : "time (start of the step)"};
  const YearMonth first = time.first();
  for (int t = 0; t < time.steps(); ++t) d.values.push_back(time.days(t));
  char units[64];
  std::snprintf(units, sizeof units, "days since %04d-%02d-01", first.year, first.month);
  d.units = units;
  return d;
}

// The calendar years the run covers: those in which a step begins. The same dimension as the
// one of an ensemble's tension classes (outputs/ensemble.cpp).
Dimension year_dimension(const TimeAxis& time) {
  Dimension d{variables::kYearDimension, {}, {}, "year", "calendar year"};
  for (int year = time.first_year(); year <= time.last_year(); ++year) d.values.push_back(year);
  return d;
}

// Single years of age 15..74, the ages of the state. The same dimension as the one of the
// agent-based engine's retirement_age (models/abm/distribution_recorder.cpp).
Dimension age_dimension() {
  Dimension d{variables::kAgeDimension, {}, {}, "years", "age in whole years"};
  for (int age = kFirstAge; age <= kLastAge; ++age) d.values.push_back(age);
  return d;
}

// The steps that begin in each calendar year of the run.
std::vector<int> steps_in_each_year(const TimeAxis& time) {
  std::vector<int> steps(static_cast<std::size_t>(time.last_year() - time.first_year() + 1), 0);
  for (int t = 0; t < time.steps(); ++t)
    ++steps[static_cast<std::size_t>(time.year(t) - time.first_year())];
  return steps;
}

// Adds the persons of every home region x age x status to population (laid out
// region x age x status), summed over occupations and education.
void add_population_by_age(const LabourMarketState& state, double* population) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const std::vector<double>& persons = state.persons(static_cast<Status>(s));
    const std::size_t blocks_per_region = has_occupation(static_cast<Status>(s)) ? O : 1;
    for (std::size_t h = 0; h < R; ++h) {
      for (std::size_t k = 0; k < blocks_per_region; ++k) {
        const double* block = &persons[(h * blocks_per_region + k) * kBlockGroups];
        for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
          double& cell = population[(h * kAges + age_of_slot(slot)) * kStatusCount + s];
          for (std::size_t e = 0; e < kEducationLevels; ++e) cell += block[group_of(slot, e)];
        }
      }
    }
  }
}

}  // namespace

// The names of the outputs, indexed by Recorder::Output.
constexpr std::array<const char*, Recorder::kOutputs> kOutputNames = {
    variables::kEmployed,
    variables::kUnemployed,
    variables::kUnemployedShort,
    variables::kWwUnder6Months,
    variables::kVacancies,
    variables::kHires,
    variables::kSeparations,
    variables::kJobToJob,
    variables::kOpenings,
    variables::kTargetDemand,
    variables::kShortage,
    variables::kFteSupply,
    variables::kTension,
    variables::kPopulationByStatus,
    variables::kParticipation,
    variables::kUnemploymentRate,
    variables::kPotentialLabourForce,
    variables::kNetCommuting,
    variables::kRetirementsEmployees,
    variables::kFlows,
    variables::kPopulationByAge,
    variables::kRetirementsEmployeesByAge,
    variables::kDefencePosts,
    variables::kDefenceFilled};

const std::vector<std::string>& Recorder::variable_names() {
  static const std::vector<std::string> names(kOutputNames.begin(), kOutputNames.end());
  return names;
}

double* Recorder::recorded(Output output, std::size_t offset) {
  const std::size_t slot = slot_[output];
  return slot == kNotRecorded ? nullptr : results_.variables[slot].data.data() + offset;
}

Recorder::Recorder(const StockFlowModel& model, const std::vector<std::string>& variables)
    : model_(model), steps_in_year_(steps_in_each_year(model.time())) {
  slot_.fill(kNotRecorded);
  const Dimensions& dims = model.data().dims;
  results_.dimensions.push_back(time_dimension(model.time()));
  results_.dimensions.push_back(
      {"region", {}, dims.regions.codes(), "", "labour-market region (arbeidsmarktregio) code"});
  results_.dimensions.push_back({"occupation",
                                 {},
                                 dims.occupations.codes(),
                                 "",
                                 "occupation (BRC 2014 class or defence) code"});
  std::vector<std::string> statuses(kStatusNames.begin(), kStatusNames.end());
  results_.dimensions.push_back({"status", {}, statuses, "", "status of a person"});
  std::vector<std::string> ledger = statuses;
  ledger.emplace_back("outside");
  results_.dimensions.push_back(
      {"flow_from",
       {},
       ledger,
       "",
       "status a flow leaves (outside: births, deaths, migration, ageing)"});
  results_.dimensions.push_back({"flow_to", {}, ledger, "", "status a flow enters"});
  results_.dimensions.push_back(year_dimension(model.time()));
  results_.dimensions.push_back(age_dimension());
  results_.text_coordinates.push_back({"region_name", "region", dims.region_names, "region name"});
  results_.text_coordinates.push_back(
      {"occupation_name", "occupation", dims.occupation_names_en, "occupation name"});
  results_.text_coordinates.push_back(
      {"occupation_name_nl", "occupation", dims.occupation_names_nl, "beroepsklasse"});

  // Flows are per step: a month, or the run's fixed step (time_step, e.g. 6.75 weeks).
  const bool monthly = model.time().monthly();
  const std::string per = monthly ? " per month" : " per step";
  const std::string per_nl = monthly ? " per maand" : " per stap";
  const auto add = [&](Output output, std::vector<std::string> over, const std::string& units,
                       const std::string& en, const std::string& nl) {
    const char* name = kOutputNames[output];
    if (!variables.empty() &&
        std::find(variables.begin(), variables.end(), name) == variables.end())
      return;
    slot_[output] = results_.variables.size();
    results_.add_variable(name, std::move(over), units, en, nl);
  };
  const auto cell = [&](Output output, const std::string& units, const std::string& en,
                        const std::string& nl) { add(output, kCell, units, en, nl); };
  cell(kEmployed, "persons", "employed persons (employees and zzp) by place of work",
       "werkzame personen naar werkregio");
  cell(kUnemployed, "persons", "unemployed persons by region of residence and occupation sought",
       "werklozen naar woonregio");
  cell(kUnemployedShort, "persons", "unemployed for less than 6 months",
       "werklozen korter dan 6 maanden");
  cell(kWwUnder6Months, "persons",
       "WW benefits running less than 6 months, by region of residence (UWV's count)",
       "WW-uitkeringen korter dan 6 maanden naar woonregio");
  cell(kVacancies, "vacancies",
       monthly ? "open vacancies at the end of the month" : "open vacancies at the end of the step",
       "openstaande vacatures");
  cell(kHires, "persons" + per, "hires (from unemployment and job-to-job)",
       "vervulde vacatures" + per_nl);
  cell(kSeparations, "persons" + per, "jobs ending in unemployment",
       "baanverlies naar werkloosheid" + per_nl);
  cell(kJobToJob, "persons" + per, "job-to-job moves into the cell",
       "baan-baanmobiliteit" + per_nl);
  cell(kOpenings, "vacancies" + per, "new vacancies", "nieuwe vacatures" + per_nl);
  cell(kTargetDemand, "persons", "target demand d*", "gewenste werkgelegenheid");
  cell(kShortage, "persons", "target demand minus employed",
       "tekort: gewenste min werkzame personen");
  cell(kFteSupply, "FTE", "labour supply in full-time equivalents", "arbeidsaanbod in fte");
  cell(kTension, "1",
       "open vacancies per WW benefit running less than 6 months (UWV's tension indicator)",
       "spanningsindicator: openstaande vacatures per WW-uitkering korter dan 6 maanden");
  add(kPopulationByStatus, {"time", "region", "status"}, "persons",
      "persons aged 15-74 by region of residence and status", "bevolking 15-74 naar status");
  add(kParticipation, {"time", "region"}, "1",
      "net participation: working persons / population 15-74", "netto arbeidsparticipatie");
  add(kUnemploymentRate, {"time", "region"}, "1", "unemployed / (working + unemployed)",
      "werkloosheidspercentage (als fractie)");
  add(kPotentialLabourForce, {"time", "region"}, "persons",
      "persons aged 20 to the AOW age (potential labour force, CBS)",
      "potentiele beroepsbevolking: 20 jaar tot de AOW-leeftijd");
  add(kNetCommuting, {"time", "region"}, "persons",
      "jobs in the region minus jobs held by its residents", "netto pendel");
  add(kRetirementsEmployees, {"time"}, "persons" + per, "employees retiring (incl. RVU)",
      "pensionering van werknemers" + per_nl);
  add(kFlows, {"time", "flow_from", "flow_to"}, "persons" + per,
      monthly ? "national flows between statuses in the month"
              : "national flows between statuses in the step",
      "landelijke stromen tussen statussen");
  // Annual: a year the run covers only in part has the mean, or the sum, over its months in the
  // run.
  const std::string months = monthly ? "months" : "steps";
  add(kPopulationByAge, {variables::kYearDimension, "region", variables::kAgeDimension, "status"},
      "persons",
      "persons aged 15-74 by region of residence, single year of age and status: mean over the " +
          months + " of the calendar year in the run",
      "bevolking 15-74 naar woonregio, leeftijd en status: jaargemiddelde");
  add(kRetirementsEmployeesByAge, {variables::kYearDimension, "region", variables::kAgeDimension},
      "persons per year",
      "employees retiring (incl. RVU) by region of residence and age at retirement: sum over the " +
          months + " of the calendar year in the run",
      "pensionering van werknemers naar woonregio en leeftijd, per jaar");
  if (dims.occupations.contains("DEF")) {
    add(kDefencePosts, {"time", "region"}, "persons",
        "Defensie's formation by place of work: posts wanted (military, civilian, reservist)",
        "formatie van Defensie naar werkregio: gewenste posten (militair, burger, reservist)");
    add(kDefenceFilled, {"time", "region"}, "persons",
        "posts of Defensie's formation filled, by place of work (employed in DEF and reservists "
        "added)",
        "bezette posten van de formatie van Defensie naar werkregio");
  }
}

void Recorder::observe(const LabourMarketState& state, int step) {
  std::vector<Eigen::VectorXd> sums;
  sums.reserve(kStatusCount);
  for (std::size_t s = 0; s < kStatusCount; ++s)
    sums.push_back(state.block_sums(static_cast<Status>(s)));
  const std::vector<double> working = working_by_work_cell(state, sums);
  record_cells(state, step, sums, working);
  record_regions(state, step, sums);
  record_by_age(state, step);
  record_defence(state, step, working);
  const auto t = static_cast<std::size_t>(step);
  if (double* retirements = recorded(kRetirementsEmployees, t))
    *retirements = state.record.retirements_employees;
  if (double* flows = recorded(kFlows, t * kLedgerSize * kLedgerSize)) {
    for (std::size_t from = 0; from < kLedgerSize; ++from) {
      for (std::size_t to = 0; to < kLedgerSize; ++to)
        flows[from * kLedgerSize + to] = state.record.ledger.flow(from, to);
    }
  }
}

std::vector<double> Recorder::working_by_work_cell(const LabourMarketState& state,
                                                   const std::vector<Eigen::VectorXd>& sums) {
  std::vector<double> working = state.employee_jobs_by_work_cell();
  const Eigen::VectorXd& zzp = sums[index(Status::kSelfEmployed)];
  for (std::size_t c = 0; c < working.size(); ++c) working[c] += zzp(static_cast<Eigen::Index>(c));
  return working;
}

void Recorder::record_cells(const LabourMarketState& state, int step,
                            const std::vector<Eigen::VectorXd>& sums,
                            const std::vector<double>& working_by_cell) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const std::size_t base = static_cast<std::size_t>(step) * R * O;
  const auto& p = model_.parameters();
  const auto& hours = model_.data().weekly_hours;
  double* employed = recorded(kEmployed, base);
  double* unemployed = recorded(kUnemployed, base);
  double* unemployed_short = recorded(kUnemployedShort, base);
  double* ww_under_6_months = recorded(kWwUnder6Months, base);
  double* fte = recorded(kFteSupply, base);
  double* vacancies = recorded(kVacancies, base);
  double* hires = recorded(kHires, base);
  double* separations = recorded(kSeparations, base);
  double* job_to_job = recorded(kJobToJob, base);
  double* openings = recorded(kOpenings, base);
  double* target = recorded(kTargetDemand, base);
  double* shortage = recorded(kShortage, base);
  double* tension = recorded(kTension, base);
  const bool first = step == 0;  // nothing has happened before the first month
  const auto flow = [first](const std::vector<double>& f, std::size_t c) {
    return first ? 0.0 : f[c];
  };
  const Eigen::VectorXd& short_term = sums[index(Status::kUnemployedShort)];
  const Eigen::VectorXd& long_term = sums[index(Status::kUnemployedLong)];
  for (std::size_t r = 0; r < R; ++r) {
    for (std::size_t o = 0; o < O; ++o) {
      const std::size_t c = state.cell(r, o);
      const auto block = static_cast<Eigen::Index>(c);
      const double working = working_by_cell[c];
      const double u_short = short_term(block);
      if (employed) employed[c] = working;
      if (unemployed_short) unemployed_short[c] = u_short;
      const double ww = state.ww.in_cell(c);
      if (ww_under_6_months) ww_under_6_months[c] = ww;
      if (unemployed) unemployed[c] = u_short + long_term(block);
      if (fte) {
        fte[c] =
            state.record.fte_supply.empty()
                ? working * hours[o] * hours_factor(state.record.effects, c) / p.full_time_hours
                : state.record.fte_supply[c];
      }
      if (vacancies) vacancies[c] = state.vacancies[c];
      if (hires) hires[c] = flow(state.record.hires, c);
      if (separations) separations[c] = flow(state.record.separations, c);
      if (job_to_job) job_to_job[c] = flow(state.record.job_to_job, c);
      if (openings) openings[c] = flow(state.record.openings, c);
      if (target) target[c] = state.target_demand[c];
      if (shortage) shortage[c] = state.target_demand[c] - working;
      if (tension)
        tension[c] = ww > 0.0 ? state.vacancies[c] / ww : std::numeric_limits<double>::infinity();
    }
  }
}

namespace {

// Persons aged 20 to the AOW age (CBS's potential labour force) per home region: the population
// less those outside these ages, the AOW age counted to the month (age_slots.hpp). Only the
// slots under 20 and those at or past the AOW age are visited: a small part of the state.
void record_potential_labour_force(const LabourMarketState& state, int aow_age_months, int month,
                                   const std::vector<double>& population, double* potential) {
  constexpr std::size_t kFirstPotentialAge = 20 - kFirstAge;
  std::vector<std::size_t> outside;  // slots outside the ages
  for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
    if (age_of_slot(slot) < kFirstPotentialAge || at_or_past(slot, aow_age_months, month))
      outside.push_back(slot);
  }
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  for (std::size_t h = 0; h < R; ++h) potential[h] = population[h];
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const std::vector<double>& persons = state.persons(status);
    const std::size_t blocks_per_region = has_occupation(status) ? O : 1;
    for (std::size_t h = 0; h < R; ++h) {
      for (std::size_t k = 0; k < blocks_per_region; ++k) {
        const double* block = &persons[(h * blocks_per_region + k) * kBlockGroups];
        for (std::size_t slot : outside) {
          for (std::size_t e = 0; e < kEducationLevels; ++e)
            potential[h] -= block[group_of(slot, e)];
        }
      }
    }
  }
}

}  // namespace

void Recorder::record_regions(const LabourMarketState& state, int step,
                              const std::vector<Eigen::VectorXd>& sums) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  double* by_status =
      recorded(kPopulationByStatus, static_cast<std::size_t>(step) * R * kStatusCount);
  std::vector<double> population(R, 0.0), working(R, 0.0), unemployed(R, 0.0),
      resident_jobs(R, 0.0), local_jobs(R, 0.0);
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const auto blocks_per_region = static_cast<Eigen::Index>(has_occupation(status) ? O : 1);
    for (std::size_t h = 0; h < R; ++h) {
      const double total =
          sums[s]
              .segment(static_cast<Eigen::Index>(h) * blocks_per_region, blocks_per_region)
              .sum();
      if (by_status) by_status[h * kStatusCount + s] = total;
      population[h] += total;
      if (is_working(status)) working[h] += total;
      if (status == Status::kUnemployedShort || status == Status::kUnemployedLong)
        unemployed[h] += total;
    }
  }
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t w = 0; w < R; ++w) {
      for (std::size_t o = 0; o < O; ++o) {
        const double j = state.jobs[state.job(h, w, o)];
        resident_jobs[h] += j;
        local_jobs[w] += j;
      }
    }
  }
  const std::size_t base = static_cast<std::size_t>(step) * R;
  double* participation = recorded(kParticipation, base);
  double* unemployment_rate = recorded(kUnemploymentRate, base);
  double* net_commuting = recorded(kNetCommuting, base);
  if (double* potential = recorded(kPotentialLabourForce, base))
    record_potential_labour_force(state, model_.description().aow_age_months(step),
                                  model_.time().month(step), population, potential);
  for (std::size_t h = 0; h < R; ++h) {
    if (participation) participation[h] = population[h] > 0.0 ? working[h] / population[h] : 0.0;
    const double labour_force = working[h] + unemployed[h];
    if (unemployment_rate)
      unemployment_rate[h] = labour_force > 0.0 ? unemployed[h] / labour_force : 0.0;
    if (net_commuting) net_commuting[h] = local_jobs[h] - resident_jobs[h];
  }
}

void Recorder::record_by_age(const LabourMarketState& state, int step) {
  const TimeAxis& time = model_.time();
  const auto year = static_cast<std::size_t>(time.year(step) - time.first_year());
  const std::size_t R = state.regions();
  if (double* retirements = recorded(kRetirementsEmployeesByAge, year * R * kAges)) {
    const std::vector<double>& by_slot = state.record.retirements_employees_by_slot;
    for (std::size_t h = 0; h < R; ++h) {
      for (std::size_t s = 0; s < kAgeSlots; ++s)
        retirements[h * kAges + age_of_slot(s)] += by_slot[h * kAgeSlots + s];
    }
  }
  double* population = recorded(kPopulationByAge, year * R * kAges * kStatusCount);
  if (population == nullptr) return;
  add_population_by_age(state, population);
  const bool last_of_year = step + 1 == time.steps() || time.year(step + 1) != time.year(step);
  if (!last_of_year) return;
  const auto steps = static_cast<double>(steps_in_year_[year]);
  for (std::size_t i = 0; i < R * kAges * kStatusCount; ++i) population[i] /= steps;
}

// Posts: DEF's target demand (the posts open to hiring) and the posts not in demand; filled: the
// DEF workers as `employed` counts them (employee jobs by work region and zzp by home region) and
// the reservists added. Without a defence lever both extras are 0.
void Recorder::record_defence(const LabourMarketState& state, int step,
                              const std::vector<double>& working) {
  const std::size_t R = state.regions();
  double* posts = recorded(kDefencePosts, static_cast<std::size_t>(step) * R);
  double* filled = recorded(kDefenceFilled, static_cast<std::size_t>(step) * R);
  if (!posts && !filled) return;
  const std::size_t defence = model_.data().dims.occupations["DEF"];
  const ScenarioEffects& effects = state.record.effects;
  for (std::size_t r = 0; r < R; ++r) {
    const std::size_t c = state.cell(r, defence);
    const double not_demand =
        effects.defence_posts_not_demand.empty() ? 0.0 : effects.defence_posts_not_demand[r];
    const double reservists =
        effects.defence_reservists_added.empty() ? 0.0 : effects.defence_reservists_added[r];
    if (posts) posts[r] = state.target_demand[c] + not_demand;
    if (filled) filled[r] = working[c] + reservists;
  }
}

}  // namespace lmsim::model
