// Demography (models/processes/demography.hpp): it records every flow it makes; the cell rule
// removes persons x mortality, moves one twelfth of each age up, adds the model's entrants at 15
// and sends school leavers to short-term unemployment with the education of their age and an
// occupation of that education; and a person's chances move in expectation what the cell rule
// moves.
#include <catch2/catch.hpp>

#include "models/processes/demography.hpp"
#include "models/processes/inflows.hpp"
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

double occupation_share(const ModelDescription& m, std::size_t e, std::size_t o) {
  return m.occupation_given_education(static_cast<Eigen::Index>(e), static_cast<Eigen::Index>(o));
}

TEST_CASE("demography: the stocks change by the flows it records", "[process][demography]") {
  LabourMarketState state = test::month_start(model(), kStep);
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::Demography>(model(), state, kStep);
  const FlowLedger& ledger = state.record.ledger;
  CHECK(ledger.flow(index(Status::kEmployed), kOutside) > 0.0);
  CHECK(ledger.flow(kOutside, index(Status::kStudent)) > 0.0);
  CHECK(ledger.flow(index(Status::kStudent), index(Status::kUnemployedShort)) > 0.0);
  test::check_flows_balance(before, state, ledger);
}

double& in_slot(LabourMarketState& state, Status s, std::size_t h, std::size_t o, std::size_t slot,
                std::size_t e) {
  return state.persons(s)[test::cell_of(state, s, h, o, group_of(slot, e))];
}

TEST_CASE("demography: deaths at the mortality of the age, birthdays in the birth month",
          "[process][demography]") {
  const ModelDescription& m = model();
  const int month = m.time().month(kStep);
  REQUIRE(month == 2);
  const std::size_t h = 4, o = 2;
  const std::size_t a = 10, oldest = kAges - 1, monthly = kFirstMonthlyAge + 2;
  const std::size_t last_monthly = kLastMonthlyAge;
  REQUIRE(m.mortality[a] > 0.0);
  REQUIRE(m.mortality[oldest] > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  in_slot(state, Status::kInactive, h, 0, to_come_slot(a), 1) = 1200.0;
  in_slot(state, Status::kInactive, h, 0, had_slot(a), 1) = 300.0;
  in_slot(state, Status::kEmployed, h, o, to_come_slot(oldest), 2) = 600.0;
  in_slot(state, Status::kRetired, h, 0, birth_month_slot(monthly, 2), 0) = 240.0;
  in_slot(state, Status::kRetired, h, 0, birth_month_slot(monthly, 3), 0) = 360.0;
  in_slot(state, Status::kRetired, h, 0, birth_month_slot(last_monthly, 2), 0) = 120.0;
  apply_demography(m, state, kStep, h);

  // In February 1/11 of those whose birthday is still to come have it (birth months uniform:
  // one of the eleven months left); those who had it stay.
  const double survivors = 1200.0 * (1.0 - m.mortality[a]);
  CHECK(in_slot(state, Status::kInactive, h, 0, to_come_slot(a), 1) ==
        Approx(survivors * (10.0 / 11.0)).epsilon(1e-12));
  CHECK(in_slot(state, Status::kInactive, h, 0, had_slot(a + 1), 1) ==
        Approx(survivors / 11.0).epsilon(1e-12));
  CHECK(in_slot(state, Status::kInactive, h, 0, had_slot(a), 1) ==
        Approx(300.0 * (1.0 - m.mortality[a])).epsilon(1e-12));
  // Persons kept by birth month reach the next age whole in their month, and only then.
  const double dying = 1.0 - m.mortality[monthly];
  CHECK(in_slot(state, Status::kRetired, h, 0, birth_month_slot(monthly, 2), 0) == 0.0);
  CHECK(in_slot(state, Status::kRetired, h, 0, birth_month_slot(monthly + 1, 2), 0) ==
        Approx(240.0 * dying).epsilon(1e-12));
  CHECK(in_slot(state, Status::kRetired, h, 0, birth_month_slot(monthly, 3), 0) ==
        Approx(360.0 * dying).epsilon(1e-12));
  // Past the ages kept by birth month, they join those who had this year's birthday.
  CHECK(in_slot(state, Status::kRetired, h, 0, had_slot(last_monthly + 1), 0) ==
        Approx(120.0 * (1.0 - m.mortality[last_monthly])).epsilon(1e-12));
  const double oldest_survivors = 600.0 * (1.0 - m.mortality[oldest]);
  CHECK(in_slot(state, Status::kEmployed, h, o, to_come_slot(oldest), 2) ==
        Approx(oldest_survivors * (10.0 / 11.0)).epsilon(1e-12));
  const FlowLedger& ledger = state.ledger_of(h);
  CHECK(ledger.flow(index(Status::kInactive), kOutside) ==
        Approx(1200.0 * m.mortality[a] + 300.0 * m.mortality[a]).epsilon(1e-12));
  // The 74-year-olds turning 75 leave the model with the dead.
  CHECK(ledger.flow(index(Status::kEmployed), kOutside) ==
        Approx(600.0 * m.mortality[oldest] + oldest_survivors / 11.0).epsilon(1e-12));
}

TEST_CASE("demography: in January everyone's birthday is still to come", "[process][demography]") {
  const ModelDescription& m = model();
  const int january = 12;  // step 12 of a run from January 2025
  REQUIRE(m.time().month(january) == 1);
  const std::size_t h = 0, a = 20;
  LabourMarketState state = test::empty_month_start(m, january);
  in_slot(state, Status::kInactive, h, 0, had_slot(a), 0) = 1200.0;
  apply_demography(m, state, january, h);
  const double survivors = 1200.0 * (1.0 - m.mortality[a]);
  CHECK(in_slot(state, Status::kInactive, h, 0, had_slot(a), 0) == 0.0);
  CHECK(in_slot(state, Status::kInactive, h, 0, to_come_slot(a), 0) ==
        Approx(survivors * (11.0 / 12.0)).epsilon(1e-12));
  CHECK(in_slot(state, Status::kInactive, h, 0, had_slot(a + 1), 0) ==
        Approx(survivors / 12.0).epsilon(1e-12));
}

TEST_CASE("demography: the entrants at 15 are the model's, spread over the regions",
          "[process][demography]") {
  const ModelDescription& m = model();
  const double entrants = m.entrants_at_15_in(kStep);
  REQUIRE(entrants > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  test::apply_process<process::Demography>(m, state, kStep);
  CHECK(state.record.ledger.flow(kOutside, index(Status::kStudent)) ==
        Approx(entrants).epsilon(1e-12));
  // They enter as low-educated 15-year-old students, and leave school at the rate of age 15.
  const double staying = 1.0 - m.school_leaving[0];
  double students = 0.0;
  for (std::size_t h = 0; h < m.regions(); ++h) {
    const double in_region = m.region_share_age15[h] * entrants;
    // 15 this month: they have had this year's birthday.
    CHECK(in_slot(state, Status::kStudent, h, 0, had_slot(0), 0) ==
          Approx(in_region * staying).epsilon(1e-12));
    students += in_slot(state, Status::kStudent, h, 0, had_slot(0), 0);
  }
  CHECK(state.total(Status::kStudent) == Approx(students).epsilon(1e-12));
  CHECK(state.total(Status::kStudent) + state.total(Status::kUnemployedShort) ==
        Approx(entrants).epsilon(1e-12));
}

TEST_CASE("demography: school leavers take the education of their age and seek an occupation",
          "[process][demography]") {
  const ModelDescription& m = model();
  const std::size_t h = 9, a = 5;  // age 20
  REQUIRE(m.school_leaving[a] > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  persons(state, Status::kStudent, h, 0, a, 0) = 900.0;
  persons(state, Status::kStudentSideJob, h, 0, a, 0) = 100.0;
  apply_demography(m, state, kStep, h);

  // Survivors staying at age a leave school at its rate; those reaching a + 1 (in February 1/11
  // of those whose birthday is still to come) at that age's.
  const double staying = 1000.0 * (1.0 - m.mortality[a]) * (10.0 / 11.0);
  const double ageing = 1000.0 * (1.0 - m.mortality[a]) / 11.0;
  const double leavers = staying * m.school_leaving[a];
  CHECK(persons(state, Status::kStudent, h, 0, a, 0) +
            persons(state, Status::kStudentSideJob, h, 0, a, 0) ==
        Approx(staying * (1.0 - m.school_leaving[a])).epsilon(1e-12));
  for (std::size_t e = 0; e < kEducationLevels; ++e) {
    for (std::size_t o = 0; o < m.occupations(); ++o) {
      INFO("education " << e << " occupation " << o);
      CHECK(persons(state, Status::kUnemployedShort, h, o, a, e) ==
            Approx(leavers * m.leaving_education[a][e] * occupation_share(m, e, o))
                .epsilon(1e-12)
                .margin(1e-12));
    }
  }
  const double entrant_leavers = entrants_at_15(m, h, kStep) * m.school_leaving[0];
  CHECK(state.ledger_of(h).flow(index(Status::kStudent), index(Status::kUnemployedShort)) +
            state.ledger_of(h).flow(index(Status::kStudentSideJob),
                                    index(Status::kUnemployedShort)) ==
        Approx(leavers + ageing * m.school_leaving[a + 1] + entrant_leavers).epsilon(1e-12));
}

TEST_CASE("demography: a person's chances move in expectation what the cell rule moves",
          "[process][demography]") {
  const ModelDescription& m = model();
  const LabourMarketState month = test::month_start(m, kStep);
  const abm::JobTraits traits(m);
  const abm::SupplyRates rates = abm::supply_rates(m, month, kStep, traits);
  test::PersonProbe like(m, rates);

  SECTION("one person: mortality, then school leaving at the age it has reached") {
    test::PersonProbe student(like);
    student.status = Status::kStudent;
    student.age = 5;
    (void)process::Demography::person(student);
    CHECK(student.asked == std::vector<double>{m.mortality[5], m.school_leaving[5]});
    test::PersonProbe ageing(like);
    ageing.status = Status::kStudent;
    ageing.age = 5;
    ageing.ages = true;
    (void)process::Demography::person(ageing);
    CHECK(ageing.asked == std::vector<double>{m.mortality[5], m.school_leaving[6]});
    // An entrant meets only school leaving.
    test::PersonProbe entrant(like);
    entrant.status = Status::kStudent;
    entrant.first = SupplyStage::kFromSchoolLeaving;
    (void)process::Demography::person(entrant);
    CHECK(entrant.asked == std::vector<double>{m.school_leaving[0]});
    // A 74-year-old who ages leaves the model, alive or dead.
    test::PersonProbe oldest(like);
    oldest.status = Status::kRetired;
    oldest.age = kAges - 1;
    oldest.ages = true;
    for (const test::Outcome& outcome : test::outcomes_of<process::Demography>(oldest))
      CHECK_FALSE(outcome.stays);
  }
  SECTION("every cell of a region and its entrants") {
    const std::size_t h = 11;
    const LabourMarketState& start = month;
    test::Expectation expected(start);
    // Survivors reach the next age in their birth month (the agents know it; here each cell's
    // persons are spread over the birth months they can have).
    test::add_region_outcomes<process::Demography>(start, h, like, 1.0, expected, true);
    test::PersonProbe entrant(like);
    entrant.status = Status::kStudent;
    entrant.home = h;
    entrant.first = SupplyStage::kFromSchoolLeaving;
    const double entrants = entrants_at_15(m, h, kStep);
    expected.ledger.add(kOutside, index(Status::kStudent), entrants);
    test::add_outcomes(test::outcomes_of<process::Demography>(entrant), entrants, expected);

    LabourMarketState actual = start;
    apply_demography(m, actual, kStep, h);
    REQUIRE(test::total_flow(actual.ledger_of(h)) > 0.0);
    test::check_same_persons(expected.persons, actual, h, 1e-12);
    test::check_same_flows(expected.ledger, actual.ledger_of(h), 1e-12);
  }
}

}  // namespace
}  // namespace lmsim::model
