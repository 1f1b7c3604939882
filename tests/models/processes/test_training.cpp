// Retraining (models/processes/training.hpp), which an llo_retraining lever switches on: it
// records every flow it makes; the cell rule takes the region's places from the unemployed of
// the occupations trained from, lets trainees leave at 1 / duration and sends the completers to
// the occupations trained for; and a person's chances move in expectation what the cell rule
// moves.
#include <catch2/catch.hpp>

#include "models/processes/training.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/person_probe.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;
constexpr double kCompletion = 0.75;

// 1,200 places a year (100 a month) from BRC03 and BRC04 for BRC10, 12 months on average.
const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2}, test::levers_of(R"(
[[levers]]
type = "llo_retraining"
from = ["BRC03", "BRC04"]
to = ["BRC10"]
capacity = 1200
duration_months = 12
completion_rate = 0.75
profile = { shape = "step", from = 2025 }
)"));
  return engine.description();
}

const ModelDescription& model_without_levers() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

std::size_t occupation(const std::string& code) {
  return model().data().dims.occupations[code];
}

double occupation_share(const ModelDescription& m, std::size_t e, std::size_t o) {
  return m.occupation_given_education(static_cast<Eigen::Index>(e), static_cast<Eigen::Index>(o));
}

TEST_CASE("training: the stocks change by the flows it records", "[process][training]") {
  LabourMarketState state = test::month_start(model(), kStep);
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::Training>(model(), state, kStep);
  const FlowLedger& ledger = state.record.ledger;
  CHECK(ledger.flow(index(Status::kUnemployedShort), index(Status::kInTraining)) > 0.0);
  CHECK(ledger.flow(index(Status::kInTraining), index(Status::kUnemployedShort)) > 0.0);
  test::check_flows_balance(before, state, ledger);
}

TEST_CASE("training: nothing moves without a retraining lever", "[process][training]") {
  const ModelDescription& m = model_without_levers();
  LabourMarketState state = test::month_start(m, kStep);
  const LabourMarketState before = state;
  test::apply_process<process::Training>(m, state, kStep);
  CHECK(test::total_flow(state.record.ledger) == 0.0);
  for (std::size_t s = 0; s < kStatusCount; ++s)
    CHECK(state.persons(static_cast<Status>(s)) == before.persons(static_cast<Status>(s)));
}

TEST_CASE("training: the places go to the unemployed trained from, the completers to the targets",
          "[process][training]") {
  const ModelDescription& m = model();
  const std::size_t h = 8, ae = 10 * kEducationLevels + 1;
  const std::size_t commercial = occupation("BRC03"), other_from = occupation("BRC04");
  const std::size_t care = occupation("BRC10"), untouched = occupation("BRC07");
  LabourMarketState state(m.regions(), m.occupations());
  state.persons(Status::kUnemployedShort)[state.block(h, commercial) + ae] = 300.0;
  state.persons(Status::kUnemployedLong)[state.block(h, other_from) + ae] = 100.0;
  state.persons(Status::kUnemployedShort)[state.block(h, untouched) + ae] = 500.0;
  // The places of the month are split over the regions at its start (levers).
  apply_levers(m, state, kStep);
  REQUIRE(state.record.effects.training_entries_by_region[h] == Approx(100.0).epsilon(1e-12));
  apply_training(m, state, kStep, h);

  const double share = 100.0 / 400.0;  // the places over the eligible unemployed
  const double leaving = 100.0 / 12.0;
  const double completed = leaving * kCompletion;
  CHECK(state.persons(Status::kInTraining)[state.block(h) + ae] ==
        Approx(100.0 - leaving).epsilon(1e-12));
  for (std::size_t o = 0; o < m.occupations(); ++o) {
    INFO("occupation " << o);
    double before = 0.0;
    if (o == commercial) before = 300.0 * (1.0 - share);
    if (o == untouched) before = 500.0;
    const double seeking =
        (o == care ? completed : 0.0) + (leaving - completed) * occupation_share(m, 1, o);
    CHECK(state.persons(Status::kUnemployedShort)[state.block(h, o) + ae] ==
          Approx(before + seeking).epsilon(1e-12).margin(1e-12));
  }
  CHECK(state.persons(Status::kUnemployedLong)[state.block(h, other_from) + ae] ==
        Approx(100.0 * (1.0 - share)).epsilon(1e-12));
  const FlowLedger& ledger = state.ledger_of(h);
  CHECK(ledger.flow(index(Status::kUnemployedShort), index(Status::kInTraining)) ==
        Approx(300.0 * share).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kUnemployedLong), index(Status::kInTraining)) ==
        Approx(100.0 * share).epsilon(1e-12));
  CHECK(ledger.flow(index(Status::kInTraining), index(Status::kUnemployedShort)) ==
        Approx(leaving).epsilon(1e-12));
}

TEST_CASE("training: a person's chances move in expectation what the cell rule moves",
          "[process][training]") {
  const ModelDescription& m = model();
  const LabourMarketState month = test::month_start(m, kStep);
  const abm::JobTraits traits(m);
  const abm::SupplyRates rates = abm::supply_rates(m, month, kStep, traits);
  test::PersonProbe like(m, rates);
  const std::size_t h = 21;

  SECTION("one person: the region's entry share, then the exit rate") {
    test::PersonProbe seeker(like);
    seeker.status = Status::kUnemployedLong;
    seeker.home = h;
    seeker.occupation = occupation("BRC04");
    seeker.script = {1};  // enters training
    (void)process::Training::person(seeker);
    CHECK(rates.training_entry[h] > 0.0);
    CHECK(seeker.asked == std::vector<double>{rates.training_entry[h], 1.0 / 12.0});
    test::PersonProbe elsewhere(like);
    elsewhere.status = Status::kUnemployedLong;
    elsewhere.home = h;
    elsewhere.occupation = occupation("BRC07");
    (void)process::Training::person(elsewhere);
    CHECK(elsewhere.asked.empty());
  }
  SECTION("every cell of a region, as the month leaves it before training") {
    const LabourMarketState start = test::before_process<process::Training>(m, month, kStep);
    test::Expectation expected(start);
    // Whether a trainee completes is decided by a uniform below the completion share.
    test::PersonProbe completes(like), drops_out(like);
    completes.uniform_value = 0.0;
    drops_out.uniform_value = 1.0;
    test::add_region_outcomes<process::Training>(start, h, completes, kCompletion, expected);
    test::add_region_outcomes<process::Training>(start, h, drops_out, 1.0 - kCompletion, expected);
    LabourMarketState actual = start;
    apply_training(m, actual, kStep, h);
    REQUIRE(test::total_flow(actual.ledger_of(h)) > 0.0);
    test::check_same_persons(expected.persons, actual, h, 1e-12);
    test::check_same_flows(expected.ledger, actual.ledger_of(h), 1e-12);
  }
}

}  // namespace
}  // namespace lmsim::model
