// Migration (models/processes/migration.hpp): it records every flow it makes; the cell rule
// sends persons x the month's emigration rate of their age abroad, returns labour migrants at
// migrants / (12 x stay) (at most the employees) and brings the model's labour migrants; and a
// person's chances move in expectation what the cell rule moves.
#include <catch2/catch.hpp>

#include "models/processes/migration.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/person_probe.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;

const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

double& persons(LabourMarketState& state, Status s, std::size_t h, std::size_t o, std::size_t a,
                std::size_t e) {
  return state.persons(s)[test::cell_of(state, s, h, o, group_of(first_slot_of_age(a), e))];
}
double at(const LabourMarketState& state, Status s, std::size_t h, std::size_t o, std::size_t a,
          std::size_t e) {
  return state.persons(s)[test::cell_of(state, s, h, o, group_of(first_slot_of_age(a), e))];
}

// What migration alone brings into region h of an empty state (the immigrants), so that
// subtracting it leaves what it did to the persons already there.
LabourMarketState arrivals_only(const ModelDescription& m, std::size_t h) {
  LabourMarketState empty = test::empty_month_start(m, kStep);
  apply_migration(m, empty, kStep, h);
  return empty;
}

TEST_CASE("migration: the stocks change by the flows it records", "[process][migration]") {
  LabourMarketState state = test::month_start(model(), kStep);
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::Migration>(model(), state, kStep);
  const FlowLedger& ledger = state.record.ledger;
  CHECK(ledger.flow(index(Status::kEmployed), kOutside) > 0.0);
  CHECK(ledger.flow(kOutside, index(Status::kEmployed)) > 0.0);
  CHECK(ledger.flow(kOutside, index(Status::kInactivePotential)) > 0.0);
  test::check_flows_balance(before, state, ledger);
}

TEST_CASE("migration: emigrants by age, labour migrants returning after their stay",
          "[process][migration]") {
  const ModelDescription& m = model();
  const std::vector<double>& emigration = m.emigration_in(kStep);
  const std::size_t h = 5, o = 3, crowded = 6;
  const std::size_t a_employee = 10, a_inactive = 30;
  REQUIRE(emigration[a_employee] > 0.0);
  REQUIRE(emigration[a_inactive] > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  persons(state, Status::kEmployed, h, o, a_employee, 1) = 2000.0;
  state.labour_migrants[state.cell(h, o)] = 600.0;
  persons(state, Status::kInactive, h, 0, a_inactive, 2) = 800.0;
  // More migrants than employees: all of them return (the cap).
  persons(state, Status::kEmployed, h, crowded, a_employee, 0) = 10.0;
  state.labour_migrants[state.cell(h, crowded)] = 1e6;
  apply_migration(m, state, kStep, h);
  const LabourMarketState arrivals = arrivals_only(m, h);

  const auto after = [&](Status s, std::size_t occupation, std::size_t a, std::size_t e) {
    return at(state, s, h, occupation, a, e) - at(arrivals, s, h, occupation, a, e);
  };
  CHECK(after(Status::kInactive, 0, a_inactive, 2) ==
        Approx(800.0 * (1.0 - emigration[a_inactive])).epsilon(1e-12));
  const double employees = 2000.0 * (1.0 - emigration[a_employee]);
  const double returning = 600.0 / (12.0 * m.data().labour_migrant_stay_years[o]);
  REQUIRE(returning < employees);
  CHECK(after(Status::kEmployed, o, a_employee, 1) == Approx(employees - returning).epsilon(1e-12));
  CHECK(after(Status::kEmployed, crowded, a_employee, 0) == Approx(0.0).margin(1e-9));
  const double crowded_employees = 10.0 * (1.0 - emigration[a_employee]);

  const FlowLedger& ledger = state.ledger_of(h);
  CHECK(ledger.flow(index(Status::kInactive), kOutside) ==
        Approx(800.0 * emigration[a_inactive]).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kEmployed), kOutside) ==
        Approx(2010.0 * emigration[a_employee] + returning + crowded_employees).epsilon(1e-12));
  // The stock of labour migrants loses the returning and gains the arriving.
  CHECK(state.labour_migrants[state.cell(h, o)] - arrivals.labour_migrants[state.cell(h, o)] ==
        Approx(600.0 - returning).epsilon(1e-12));
}

TEST_CASE("migration: the model's labour migrants arrive as employees", "[process][migration]") {
  const ModelDescription& m = model();
  LabourMarketState state = test::empty_month_start(m, kStep);
  test::apply_process<process::Migration>(m, state, kStep);
  double per_month = 0.0;
  for (std::size_t o = 0; o < m.occupations(); ++o)
    per_month += m.data().labour_migrants_per_year[o] / 12.0;
  per_month *= m.parameters().labour_migration_scale;
  REQUIRE(per_month > 0.0);
  CHECK(state.record.ledger.flow(kOutside, index(Status::kEmployed)) ==
        Approx(per_month).epsilon(1e-12));
  double migrants = 0.0;
  for (double x : state.labour_migrants) migrants += x;
  CHECK(migrants == Approx(per_month).epsilon(1e-12));
  CHECK(state.total(Status::kEmployed) == Approx(per_month).epsilon(1e-12));
}

TEST_CASE("migration: a person's chances move in expectation what the cell rule moves",
          "[process][migration]") {
  const ModelDescription& m = model();
  const LabourMarketState month = test::month_start(m, kStep);
  const abm::JobTraits traits(m);
  const abm::SupplyRates rates = abm::supply_rates(m, month, kStep, traits);
  test::PersonProbe like(m, rates);
  const std::size_t h = 13;

  SECTION("one person: emigration by age, then an employee's return") {
    test::PersonProbe employee(like);
    employee.status = Status::kEmployed;
    employee.home = h;
    employee.occupation = 2;
    employee.age = 12;
    (void)process::Migration::person(employee);
    const double returning = rates.labour_migrant_return[h * m.occupations() + 2];
    CHECK(returning > 0.0);
    CHECK(employee.asked == std::vector<double>{m.emigration_in(kStep)[12], returning});
    test::PersonProbe inactive(like);
    inactive.age = 12;
    (void)process::Migration::person(inactive);
    CHECK(inactive.asked == std::vector<double>{m.emigration_in(kStep)[12]});
    // Immigrants of the month (they start at retirement) do not emigrate in it.
    test::PersonProbe immigrant(inactive);
    immigrant.asked.clear();
    immigrant.first = SupplyStage::kFromRetirement;
    (void)process::Migration::person(immigrant);
    CHECK(immigrant.asked.empty());
  }
  SECTION("every cell of a region, as the month leaves it before migration") {
    const LabourMarketState start = test::before_process<process::Migration>(m, month, kStep);
    test::Expectation expected(start);
    test::add_region_outcomes<process::Migration>(start, h, like, 1.0, expected);
    // The immigrants are newcomers of the agents (abm/newcomers.hpp), not the person rule's.
    const LabourMarketState arrivals = arrivals_only(m, h);
    for (std::size_t s = 0; s < kStatusCount; ++s) {
      auto& into = expected.persons.persons(static_cast<Status>(s));
      const auto& arriving = arrivals.persons(static_cast<Status>(s));
      for (std::size_t i = 0; i < into.size(); ++i) into[i] += arriving[i];
      expected.ledger.add(kOutside, s, arrivals.region_records[h].ledger.flow(kOutside, s));
    }
    LabourMarketState actual = start;
    apply_migration(m, actual, kStep, h);
    REQUIRE(test::total_flow(actual.ledger_of(h)) > 0.0);
    test::check_same_persons(expected.persons, actual, h, 1e-12);
    test::check_same_flows(expected.ledger, actual.ledger_of(h), 1e-12);
  }
}

}  // namespace
}  // namespace lmsim::model
