// Participation (models/processes/participation.hpp): it records every flow it makes; the cell
// rule moves short- to long-term unemployment, discourages and activates at their rates and
// closes a share of the gap of each split to the data's share; and a person's chances move in
// expectation what the cell rule moves, the splits' chances being the cell rule's net flows over
// the persons they come from.
#include <catch2/catch.hpp>

#include "models/processes/participation.hpp"
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

TEST_CASE("participation: the stocks change by the flows it records", "[process][participation]") {
  LabourMarketState state = test::month_start(model(), kStep);
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::Participation>(model(), state, kStep);
  const FlowLedger& ledger = state.record.ledger;
  CHECK(ledger.flow(index(Status::kUnemployedShort), index(Status::kUnemployedLong)) > 0.0);
  CHECK(ledger.flow(index(Status::kInactivePotential), index(Status::kUnemployedShort)) > 0.0);
  test::check_flows_balance(before, state, ledger);
}

TEST_CASE("participation: unemployment lengthens, discourages and is taken up at its rates",
          "[process][participation]") {
  const ModelDescription& m = model();
  const ModelParameters& p = m.parameters();
  REQUIRE(p.discouragement > 0.0);
  REQUIRE(p.activation > 0.0);
  const std::size_t h = 6, o = 8, a = 20;
  LabourMarketState state = test::empty_month_start(m, kStep);
  persons(state, Status::kUnemployedShort, h, o, a, 1) = 600.0;
  apply_participation_flows(m, state, h);

  // The newly long-term unemployed may be discouraged in the same month, and the discouraged
  // activated again.
  const double to_long = 600.0 * p.short_to_long_unemployment;
  const double discouraged = to_long * p.discouragement;
  const double activated = discouraged * p.activation;
  CHECK(persons(state, Status::kUnemployedLong, h, o, a, 1) ==
        Approx(to_long - discouraged).epsilon(1e-12));
  CHECK(persons(state, Status::kInactivePotential, h, 0, a, 1) ==
        Approx(discouraged - activated).epsilon(1e-12));
  for (std::size_t to = 0; to < m.occupations(); ++to) {
    INFO("occupation " << to);
    const double stays = to == o ? 600.0 - to_long : 0.0;
    CHECK(persons(state, Status::kUnemployedShort, h, to, a, 1) ==
          Approx(stays + activated * occupation_share(m, 1, to)).epsilon(1e-12).margin(1e-12));
  }
  const FlowLedger& ledger = state.ledger_of(h);
  CHECK(ledger.flow(index(Status::kUnemployedShort), index(Status::kUnemployedLong)) ==
        Approx(to_long).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kUnemployedLong), index(Status::kInactivePotential)) ==
        Approx(discouraged).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kInactivePotential), index(Status::kUnemployedShort)) ==
        Approx(activated).epsilon(1e-12));
}

TEST_CASE("participation: the splits close their share of the gap to the data's share",
          "[process][participation]") {
  const ModelDescription& m = model();
  const ModelParameters& p = m.parameters();
  const std::size_t h = 2, o = 5;
  // Age x education cells (the index of the model's shares) and a state group of each.
  const std::size_t ae_potential = 30 * kEducationLevels + 2;
  const std::size_t ae_student = 3 * kEducationLevels + 0;
  const std::size_t g_potential = first_group_of_age_cell(ae_potential);
  const std::size_t g_student = first_group_of_age_cell(ae_student);
  const std::size_t g_worker = first_group_of_age_cell(25 * kEducationLevels + 1);
  LabourMarketState state = test::empty_month_start(m, kStep);
  state.persons(Status::kInactive)[state.block(h) + g_potential] = 3000.0;
  state.persons(Status::kInactivePotential)[state.block(h) + g_potential] = 1000.0;
  state.persons(Status::kStudent)[state.block(h) + g_student] = 40.0;
  state.persons(Status::kStudentSideJob)[state.block(h) + g_student] = 10.0;
  state.persons(Status::kEmployed)[state.block(h, o) + g_worker] = 900.0;
  state.persons(Status::kSelfEmployed)[state.block(h, o) + g_worker] = 100.0;
  apply_participation_splits(m, state, h);

  // b <- b + s (pi (a + b) - b), a <- a - s (pi (a + b) - b)  (docs/model.md, 2.6).
  const auto closed = [](double a, double b, double pi, double s) {
    return b + s * (pi * (a + b) - b);
  };
  const double potential =
      closed(3000.0, 1000.0, m.potential_share[ae_potential], p.inactive_potential_adjustment);
  CHECK(state.persons(Status::kInactivePotential)[state.block(h) + g_potential] ==
        Approx(potential).epsilon(1e-12));
  CHECK(state.persons(Status::kInactive)[state.block(h) + g_potential] ==
        Approx(4000.0 - potential).epsilon(1e-12));
  const double side_jobs = closed(40.0, 10.0, m.side_job_share[ae_student], p.side_job_adjustment);
  CHECK(state.persons(Status::kStudentSideJob)[state.block(h) + g_student] ==
        Approx(side_jobs).epsilon(1e-12));
  CHECK(state.persons(Status::kStudent)[state.block(h) + g_student] ==
        Approx(50.0 - side_jobs).epsilon(1e-12));
  const double zzp = closed(900.0, 100.0, m.data().zzp_share[o], p.self_employment_adjustment);
  CHECK(state.persons(Status::kSelfEmployed)[state.block(h, o) + g_worker] ==
        Approx(zzp).epsilon(1e-12));
  CHECK(state.persons(Status::kEmployed)[state.block(h, o) + g_worker] ==
        Approx(1000.0 - zzp).epsilon(1e-12));
  // Only the net flow is recorded, in its direction.
  const FlowLedger& ledger = state.ledger_of(h);
  const auto net = [&](Status a, Status b) {
    return ledger.flow(index(a), index(b)) - ledger.flow(index(b), index(a));
  };
  CHECK(net(Status::kInactive, Status::kInactivePotential) ==
        Approx(potential - 1000.0).epsilon(1e-12));
  CHECK(net(Status::kStudent, Status::kStudentSideJob) == Approx(side_jobs - 10.0).epsilon(1e-12));
  CHECK(net(Status::kEmployed, Status::kSelfEmployed) == Approx(zzp - 100.0).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kInactive), index(Status::kInactivePotential)) *
            ledger.flow(index(Status::kInactivePotential), index(Status::kInactive)) ==
        0.0);
}

TEST_CASE("participation: a person's chances move in expectation what the cell rule moves",
          "[process][participation]") {
  const ModelDescription& m = model();
  const LabourMarketState month = test::month_start(m, kStep);
  const abm::JobTraits traits(m);
  const abm::SupplyRates rates = abm::supply_rates(m, month, kStep, traits);
  test::PersonProbe like(m, rates);

  SECTION("one person: the rates of its status") {
    const ModelParameters& p = m.parameters();
    test::PersonProbe short_term(like);
    short_term.status = Status::kUnemployedShort;
    (void)process::Participation::person(short_term);
    CHECK(short_term.asked == std::vector<double>{p.short_to_long_unemployment});
    test::PersonProbe potential(like);
    potential.status = Status::kInactivePotential;
    potential.home = 3;
    potential.age = 30;
    potential.education = 2;
    (void)process::Participation::person(potential);
    const std::size_t in_region = 3 * kBlockGroups + potential.group();
    CHECK(potential.asked ==
          std::vector<double>{p.activation, rates.potential_to_inactive[in_region]});
  }
  SECTION("every cell of a region, as the month leaves it before participation") {
    const std::size_t h = 19;
    const LabourMarketState start = test::before_process<process::Participation>(m, month, kStep);
    test::Expectation expected(start);
    test::add_region_outcomes<process::Participation>(start, h, like, 1.0, expected);
    LabourMarketState actual = start;
    apply_participation(m, actual, kStep, h);
    REQUIRE(test::total_flow(actual.ledger_of(h)) > 0.0);
    test::check_same_persons(expected.persons, actual, h, 1e-12);
    test::check_same_flows(expected.ledger, actual.ledger_of(h), 1e-12);
  }
}

}  // namespace
}  // namespace lmsim::model
