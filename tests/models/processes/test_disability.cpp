// Disability (models/processes/disability.hpp): it records every flow it makes, the cell rule
// moves persons x the disability rate of their age and the disabled at the exit rate, and a
// person's chances move in expectation what the cell rule moves.
#include <catch2/catch.hpp>

#include "models/processes/disability.hpp"
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

TEST_CASE("disability: the stocks change by the flows it records", "[process][disability]") {
  LabourMarketState state = test::month_start(model(), kStep);
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::Disability>(model(), state, kStep);
  const FlowLedger& ledger = state.record.ledger;
  CHECK(ledger.flow(index(Status::kEmployed), index(Status::kDisabled)) > 0.0);
  CHECK(ledger.flow(index(Status::kDisabled), index(Status::kInactive)) > 0.0);
  test::check_flows_balance(before, state, ledger);
}

TEST_CASE("disability moves persons x the rate of their age, and the disabled at the exit rate",
          "[process][disability]") {
  const ModelDescription& m = model();
  const std::size_t h = 2, o = 4;
  const std::size_t a_employed = 40, a_unemployed = 20, a_disabled = 30;
  const double exit = m.parameters().disability_exit;
  REQUIRE(m.disability[a_employed] > 0.0);
  REQUIRE(m.disability[a_unemployed] > 0.0);
  REQUIRE(exit > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  persons(state, Status::kEmployed, h, o, a_employed, 1) = 1000.0;
  persons(state, Status::kSelfEmployed, h, o, a_employed, 1) = 100.0;
  persons(state, Status::kUnemployedLong, h, o, a_unemployed, 0) = 500.0;
  persons(state, Status::kDisabled, h, 0, a_disabled, 2) = 200.0;
  persons(state, Status::kInactive, h, 0, a_employed, 1) = 300.0;  // not at risk of disability
  apply_disability(m, state, kStep, h);

  // The newly disabled may leave to inactivity in the same month.
  const double p_employed = m.disability[a_employed];
  const double p_unemployed = m.disability[a_unemployed];
  const double from_work = 1100.0 * p_employed;
  const double from_unemployment = 500.0 * p_unemployed;
  CHECK(persons(state, Status::kEmployed, h, o, a_employed, 1) ==
        Approx(1000.0 * (1.0 - p_employed)).epsilon(1e-12));
  CHECK(persons(state, Status::kSelfEmployed, h, o, a_employed, 1) ==
        Approx(100.0 * (1.0 - p_employed)).epsilon(1e-12));
  CHECK(persons(state, Status::kUnemployedLong, h, o, a_unemployed, 0) ==
        Approx(500.0 * (1.0 - p_unemployed)).epsilon(1e-12));
  CHECK(persons(state, Status::kDisabled, h, 0, a_employed, 1) ==
        Approx(from_work * (1.0 - exit)).epsilon(1e-12));
  CHECK(persons(state, Status::kDisabled, h, 0, a_unemployed, 0) ==
        Approx(from_unemployment * (1.0 - exit)).epsilon(1e-12));
  CHECK(persons(state, Status::kDisabled, h, 0, a_disabled, 2) ==
        Approx(200.0 * (1.0 - exit)).epsilon(1e-12));
  CHECK(persons(state, Status::kInactive, h, 0, a_disabled, 2) ==
        Approx(200.0 * exit).epsilon(1e-12));
  CHECK(persons(state, Status::kInactive, h, 0, a_employed, 1) ==
        Approx(300.0 + from_work * exit).epsilon(1e-12));

  const FlowLedger& ledger = state.ledger_of(h);
  CHECK(ledger.flow(index(Status::kEmployed), index(Status::kDisabled)) ==
        Approx(1000.0 * p_employed).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kSelfEmployed), index(Status::kDisabled)) ==
        Approx(100.0 * p_employed).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kUnemployedLong), index(Status::kDisabled)) ==
        Approx(from_unemployment).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kDisabled), index(Status::kInactive)) ==
        Approx((200.0 + from_work + from_unemployment) * exit).epsilon(1e-12));
}

TEST_CASE("disability: a person's chances are the cell rule's flows per person",
          "[process][disability]") {
  const ModelDescription& m = model();
  const LabourMarketState month = test::month_start(m, kStep);
  const abm::JobTraits traits(m);
  const abm::SupplyRates rates = abm::supply_rates(m, month, kStep, traits);
  test::PersonProbe like(m, rates);

  SECTION("one person: the rate of its age, or the exit rate") {
    test::PersonProbe employee(like);
    employee.status = Status::kEmployed;
    employee.age = 40;
    (void)process::Disability::person(employee);
    CHECK(employee.asked == std::vector<double>{m.disability[40]});
    test::PersonProbe disabled(like);
    disabled.status = Status::kDisabled;
    (void)process::Disability::person(disabled);
    CHECK(disabled.asked == std::vector<double>{m.parameters().disability_exit});
    test::PersonProbe student(like);
    student.status = Status::kStudent;
    (void)process::Disability::person(student);
    CHECK(student.asked.empty());
  }
  SECTION("every cell of a region, as the month leaves it before disability") {
    const std::size_t h = 7;
    const LabourMarketState start = test::before_process<process::Disability>(m, month, kStep);
    test::Expectation expected(start);
    test::add_region_outcomes<process::Disability>(start, h, like, 1.0, expected);
    LabourMarketState actual = start;
    apply_disability(m, actual, kStep, h);
    REQUIRE(test::total_flow(actual.ledger_of(h)) > 0.0);
    test::check_same_persons(expected.persons, actual, h, 1e-12);
    test::check_same_flows(expected.ledger, actual.ledger_of(h), 1e-12);
  }
}

}  // namespace
}  // namespace lmsim::model
