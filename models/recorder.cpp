#include "models/recorder.hpp"

#include <limits>

#include "engine/calendar.hpp"

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

}  // namespace

Recorder::Recorder(const StockFlowModel& model) : model_(model) {
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
  results_.text_coordinates.push_back({"region_name", "region", dims.region_names, "region name"});
  results_.text_coordinates.push_back(
      {"occupation_name", "occupation", dims.occupation_names_en, "occupation name"});
  results_.text_coordinates.push_back(
      {"occupation_name_nl", "occupation", dims.occupation_names_nl, "beroepsklasse"});

  // Flows are per step: a month, or the run's fixed step (time_step, e.g. 6.75 weeks).
  const bool monthly = model.time().monthly();
  const std::string per = monthly ? " per month" : " per step";
  const std::string per_nl = monthly ? " per maand" : " per stap";
  const auto cell = [&](const char* name, const std::string& units, const std::string& en,
                        const std::string& nl) {
    results_.add_variable(name, kCell, units, en, nl);
  };
  cell("employed", "persons", "employed persons (employees and zzp) by place of work",
       "werkzame personen naar werkregio");
  cell("unemployed", "persons", "unemployed persons by region of residence and occupation sought",
       "werklozen naar woonregio");
  cell("unemployed_short", "persons", "unemployed for less than 6 months",
       "werklozen korter dan 6 maanden");
  cell("vacancies", "vacancies",
       monthly ? "open vacancies at the end of the month" : "open vacancies at the end of the step",
       "openstaande vacatures");
  cell("hires", "persons" + per, "hires (from unemployment and job-to-job)",
       "vervulde vacatures" + per_nl);
  cell("separations", "persons" + per, "jobs ending in unemployment",
       "baanverlies naar werkloosheid" + per_nl);
  cell("job_to_job", "persons" + per, "job-to-job moves into the cell",
       "baan-baanmobiliteit" + per_nl);
  cell("openings", "vacancies" + per, "new vacancies", "nieuwe vacatures" + per_nl);
  cell("target_demand", "persons", "target demand d*", "gewenste werkgelegenheid");
  cell("shortage", "persons", "target demand minus employed",
       "tekort: gewenste min werkzame personen");
  cell("fte_supply", "FTE", "labour supply in full-time equivalents", "arbeidsaanbod in fte");
  cell("tension", "1", "vacancies per WW benefit under 6 months (UWV scale)", "spanningsindicator");
  results_.add_variable("population_by_status", {"time", "region", "status"}, "persons",
                        "persons aged 15-74 by region of residence and status",
                        "bevolking 15-74 naar status");
  results_.add_variable("participation", {"time", "region"}, "1",
                        "net participation: working persons / population 15-74",
                        "netto arbeidsparticipatie");
  results_.add_variable("unemployment_rate", {"time", "region"}, "1",
                        "unemployed / (working + unemployed)",
                        "werkloosheidspercentage (als fractie)");
  results_.add_variable("net_commuting", {"time", "region"}, "persons",
                        "jobs in the region minus jobs held by its residents", "netto pendel");
  results_.add_variable("retirements_employees", {"time"}, "persons" + per,
                        "employees retiring (incl. RVU)", "pensionering van werknemers" + per_nl);
  results_.add_variable("flows", {"time", "flow_from", "flow_to"}, "persons" + per,
                        monthly ? "national flows between statuses in the month"
                                : "national flows between statuses in the step",
                        "landelijke stromen tussen statussen");
}

void Recorder::observe(const LabourMarketState& state, int step) {
  std::vector<Eigen::VectorXd> sums;
  sums.reserve(kStatusCount);
  for (std::size_t s = 0; s < kStatusCount; ++s)
    sums.push_back(state.block_sums(static_cast<Status>(s)));
  record_cells(state, step, sums);
  record_regions(state, step, sums);
  results_.variable("retirements_employees").data[static_cast<std::size_t>(step)] =
      state.record.retirements_employees;
  auto& flows = results_.variable("flows").data;
  const std::size_t base = static_cast<std::size_t>(step) * kLedgerSize * kLedgerSize;
  for (std::size_t from = 0; from < kLedgerSize; ++from) {
    for (std::size_t to = 0; to < kLedgerSize; ++to) {
      flows[base + from * kLedgerSize + to] = state.record.ledger.flow(from, to);
    }
  }
}

void Recorder::record_cells(const LabourMarketState& state, int step,
                            const std::vector<Eigen::VectorXd>& sums) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const std::size_t base = static_cast<std::size_t>(step) * R * O;
  const auto& p = model_.parameters();
  const auto& hours = model_.data().weekly_hours;
  auto& employed = results_.variable("employed").data;
  auto& unemployed = results_.variable("unemployed").data;
  auto& unemployed_short = results_.variable("unemployed_short").data;
  auto& fte = results_.variable("fte_supply").data;
  auto& vacancies = results_.variable("vacancies").data;
  auto& hires = results_.variable("hires").data;
  auto& separations = results_.variable("separations").data;
  auto& job_to_job = results_.variable("job_to_job").data;
  auto& openings = results_.variable("openings").data;
  auto& target = results_.variable("target_demand").data;
  auto& shortage = results_.variable("shortage").data;
  auto& tension = results_.variable("tension").data;
  const bool first = step == 0;  // nothing has happened before the first month
  const std::vector<double> employee_jobs = state.employee_jobs_by_work_cell();
  for (std::size_t c = 0; c < R * O; ++c) employed[base + c] = employee_jobs[c];
  const Eigen::VectorXd& zzp = sums[index(Status::kSelfEmployed)];
  const Eigen::VectorXd& short_term = sums[index(Status::kUnemployedShort)];
  const Eigen::VectorXd& long_term = sums[index(Status::kUnemployedLong)];
  for (std::size_t r = 0; r < R; ++r) {
    for (std::size_t o = 0; o < O; ++o) {
      const std::size_t i = base + state.cell(r, o);
      const std::size_t c = state.cell(r, o);
      const auto block = static_cast<Eigen::Index>(c);
      employed[i] += zzp(block);
      const double u_short = short_term(block);
      unemployed_short[i] = u_short;
      unemployed[i] = u_short + long_term(block);
      fte[i] =
          state.record.fte_supply.empty()
              ? employed[i] * hours[o] * hours_factor(state.record.effects, c) / p.full_time_hours
              : state.record.fte_supply[c];
      vacancies[i] = state.vacancies[c];
      hires[i] = first ? 0.0 : state.record.hires[c];
      separations[i] = first ? 0.0 : state.record.separations[c];
      job_to_job[i] = first ? 0.0 : state.record.job_to_job[c];
      openings[i] = first ? 0.0 : state.record.openings[c];
      target[i] = state.target_demand[c];
      shortage[i] = state.target_demand[c] - employed[i];
      const double ww = p.ww_benefit_share * u_short;
      tension[i] = ww > 0.0 ? state.vacancies[c] / ww : std::numeric_limits<double>::infinity();
    }
  }
}

void Recorder::record_regions(const LabourMarketState& state, int step,
                              const std::vector<Eigen::VectorXd>& sums) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  auto& by_status = results_.variable("population_by_status").data;
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
      by_status[(static_cast<std::size_t>(step) * R + h) * kStatusCount + s] = total;
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
  for (std::size_t h = 0; h < R; ++h) {
    results_.variable("participation").data[base + h] =
        population[h] > 0.0 ? working[h] / population[h] : 0.0;
    const double labour_force = working[h] + unemployed[h];
    results_.variable("unemployment_rate").data[base + h] =
        labour_force > 0.0 ? unemployed[h] / labour_force : 0.0;
    results_.variable("net_commuting").data[base + h] = local_jobs[h] - resident_jobs[h];
  }
}

}  // namespace lmsim::model
