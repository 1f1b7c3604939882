// WW benefits under 6 months (models/processes/ww_benefits.cpp): the month's rule on a state with
// known separations and hire probabilities, a count beside the persons that moves none of them,
// and on the baseline the count UWV publishes at the start, recipients who are always unemployed
// job losers of the last six months.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <numeric>

#include "models/processes/month.hpp"
#include "models/processes/ww_benefits.hpp"
#include "models/state.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/process_check.hpp"

namespace {

using lmsim::model::kWwMonths;
using lmsim::model::LabourMarketState;
using lmsim::model::Status;

}  // namespace

TEST_CASE("WW recipients: entitled job losers enter, leave by work or after 6 months",
          "[process][ww][science]") {
  const auto model = lmsim::test::default_model({2025, 2});
  const double entitled = model.calibration().ww_entitled_share;
  REQUIRE(entitled > 0.0);
  REQUIRE(entitled < 1.0);
  const auto& p = model.parameters();
  LabourMarketState state(model.regions(), model.occupations());
  const std::size_t c = 5;
  state.ww.short_term[0][c] = 600.0;
  state.ww.short_term[kWwMonths - 1][c] = 100.0;
  state.ww.long_term[2][c] = 50.0;
  state.record.job_losers[c] = 1000.0;
  state.record.hire_probability_short[c] = 0.3;
  state.record.hire_probability_long[c] = 0.1;
  lmsim::model::apply_ww_benefits(model.description(), state, 1);
  CHECK(state.ww.short_term[0][c] == Approx(entitled * 1000.0).epsilon(1e-15));
  CHECK(state.ww.long_term[0][c] == 0.0);
  const double to_long = p.short_to_long_unemployment;
  CHECK(state.ww.short_term[1][c] == Approx(600.0 * (1.0 - to_long) * 0.7).epsilon(1e-15));
  CHECK(state.ww.long_term[1][c] ==
        Approx(600.0 * to_long * (1.0 - p.discouragement) * 0.9).epsilon(1e-15));
  CHECK(state.ww.long_term[3][c] == Approx(50.0 * (1.0 - p.discouragement) * 0.9).epsilon(1e-15));
  // Those in their sixth month leave the count; nobody else is touched.
  CHECK(state.ww.total() == Approx(state.ww.in_cell(c)).epsilon(1e-15));
  CHECK(state.ww.short_term[kWwMonths - 1][c] == 0.0);
}

TEST_CASE("WW recipients: counted beside the persons, no person moves", "[process][ww]") {
  const auto engine = lmsim::test::default_model({2025, 2});
  const lmsim::model::ModelDescription& model = engine.description();
  const int step = 1;
  LabourMarketState state = lmsim::test::month_start(model, step);
  lmsim::model::update_target_demand(model, state, step);
  lmsim::model::apply_separations_and_openings(model, state, step);
  lmsim::model::apply_search_and_matching(model, state, step);
  const LabourMarketState before = state;
  lmsim::test::apply_process<lmsim::model::process::WwBenefits>(model, state, step);
  for (std::size_t s = 0; s < lmsim::model::kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    CHECK(state.persons(status) == before.persons(status));
    CHECK(state.record.ledger.inflow(s) == before.record.ledger.inflow(s));
    CHECK(state.record.ledger.outflow(s) == before.record.ledger.outflow(s));
  }
  // The recipients have moved on a month: the first month holds the entitled job losers.
  const double entitled = model.calibration().ww_entitled_share;
  double losers = 0.0;
  for (double x : state.record.job_losers) losers += x;
  double first_month = 0.0;
  for (double x : state.ww.short_term[0]) first_month += x;
  REQUIRE(losers > 0.0);
  CHECK(first_month == Approx(entitled * losers).epsilon(1e-12));
  CHECK(state.ww.total() != before.ww.total());
}

TEST_CASE("WW recipients in the baseline: UWV's count at the start, job losers still unemployed",
          "[ww][science]") {
  const auto model = lmsim::test::default_model({2027, 12});
  const double target = lmsim::test::default_data().target("ww_benefits_under_6_months").value;
  LabourMarketState state = model.initial_state();
  CHECK(state.ww.total() == Approx(target).epsilon(1e-12));
  const std::size_t cells = model.regions() * model.occupations();
  std::deque<std::vector<double>> losers;  // job losers of the last six months, per cell
  double first_year = 0.0;
  model.run(state, [&](const LabourMarketState& s, int t) {
    if (t < 12) first_year += s.ww.total() / 12.0;
    if (t == 0) return;
    losers.push_back(s.record.job_losers);
    if (losers.size() > kWwMonths) losers.pop_front();
    const auto short_term = s.block_sums(Status::kUnemployedShort);
    const auto long_term = s.block_sums(Status::kUnemployedLong);
    for (std::size_t c = 0; c < cells; ++c) {
      const auto i = static_cast<Eigen::Index>(c);
      INFO("step " << t << " cell " << c);
      REQUIRE(s.ww.in_cell(c) <= (short_term(i) + long_term(i)) * (1.0 + 1e-12));
      if (t > static_cast<int>(kWwMonths)) {
        double lost = 0.0;
        for (const auto& month : losers) lost += month[c];
        REQUIRE(s.ww.in_cell(c) <= lost * (1.0 + 1e-12));
      }
    }
  });
  // The tolerance of the target in calibration_targets.csv.
  CHECK(first_year == Approx(target).epsilon(0.05));
}
