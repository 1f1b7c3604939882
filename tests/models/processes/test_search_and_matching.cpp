// Search and matching (models/processes/search_and_matching.hpp, the equations in
// models/matching.hpp): match() gives urn-ball hires V (1 - exp(-A / V)) per work cell with the
// applications A that the definitions of docs/model.md (2.9) route to it; the process records
// every flow it makes, moves the jobs with the persons hired and separated, and updates the
// vacancies by openings and hires.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "models/matching.hpp"
#include "models/processes/labour_demand.hpp"
#include "models/processes/search_and_matching.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;

const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

RowMatrix matrix(Eigen::Index rows, Eigen::Index cols, std::initializer_list<double> values) {
  RowMatrix m(rows, cols);
  auto it = values.begin();
  for (Eigen::Index i = 0; i < rows; ++i)
    for (Eigen::Index j = 0; j < cols; ++j) m(i, j) = *it++;
  return m;
}

double urn_ball_hires(double vacancies, double applications) {
  return vacancies * (1.0 - std::exp(-applications / vacancies));
}

TEST_CASE("match: one cell hires V (1 - exp(-A / V)), each application succeeding at H / A",
          "[process][search_and_matching]") {
  const RowMatrix geo = matrix(1, 1, {1.0});
  const OccupationalMobility occ(Eigen::MatrixXd::Ones(1, 1), MobilityStorage::kDense);
  const double v = 40.0, x = 1.5, unemployed = 100.0, employed = 20.0;
  const MatchingOutcome m = match(geo, occ, matrix(1, 1, {v}), matrix(1, 1, {x}),
                                  matrix(1, 1, {unemployed}), matrix(1, 1, {employed}));
  const double a = unemployed + employed;
  const double hires = urn_ball_hires(v, a);
  CHECK(m.hires(0, 0) == Approx(hires).epsilon(1e-14));
  CHECK(m.z(0, 0) == Approx(x * v).epsilon(1e-14));
  CHECK(m.finding(0, 0) == Approx(hires / a).epsilon(1e-14));
  // Every hire is an application that succeeded.
  CHECK((unemployed + employed) * m.finding(0, 0) == Approx(hires).epsilon(1e-14));
  // theta (1 - exp(-1 / theta)), theta = V / A.
  const double theta = v / a;
  CHECK(m.finding(0, 0) == Approx(theta * (1.0 - std::exp(-1.0 / theta))).epsilon(1e-14));

  SECTION("without vacancies nobody is hired") {
    const MatchingOutcome none = match(geo, occ, matrix(1, 1, {0.0}), matrix(1, 1, {x}),
                                       matrix(1, 1, {unemployed}), matrix(1, 1, {employed}));
    CHECK(none.hires(0, 0) == 0.0);
    CHECK(none.finding(0, 0) == 0.0);
  }
}

TEST_CASE("match: several cells route applications by Pgeo, Pocc and visible vacancies",
          "[process][search_and_matching]") {
  constexpr Eigen::Index R = 2, O = 3;
  const RowMatrix geo = matrix(R, R, {0.8, 0.2, 0.3, 0.7});
  const RowMatrix pocc = matrix(O, O, {0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.0, 0.4, 0.6});
  const RowMatrix v = matrix(R, O, {40.0, 10.0, 0.0, 25.0, 60.0, 5.0});
  const RowMatrix x = matrix(R, O, {1.0, 1.5, 0.8, 1.2, 0.9, 1.1});
  const RowMatrix su = matrix(R, O, {100.0, 30.0, 50.0, 0.0, 80.0, 20.0});
  const RowMatrix se = matrix(R, O, {10.0, 5.0, 0.0, 20.0, 0.0, 15.0});
  // The definitions: Z[h,o] = sum Pgeo[h,w] Pocc[o,o'] x[w,o'] V[w,o'], an application from (h,o)
  // goes to (w,o') with q = Pgeo[h,w] Pocc[o,o'] x[w,o'] V[w,o'] / Z[h,o].
  RowMatrix z = RowMatrix::Zero(R, O), a = RowMatrix::Zero(R, O);
  const auto weight = [&](Eigen::Index h, Eigen::Index o, Eigen::Index w, Eigen::Index p) {
    return geo(h, w) * pocc(o, p) * x(w, p) * v(w, p);
  };
  for (Eigen::Index h = 0; h < R; ++h)
    for (Eigen::Index o = 0; o < O; ++o)
      for (Eigen::Index w = 0; w < R; ++w)
        for (Eigen::Index p = 0; p < O; ++p) z(h, o) += weight(h, o, w, p);
  for (Eigen::Index h = 0; h < R; ++h)
    for (Eigen::Index o = 0; o < O; ++o)
      for (Eigen::Index w = 0; w < R; ++w)
        for (Eigen::Index p = 0; p < O; ++p)
          a(w, p) += (su(h, o) + se(h, o)) * weight(h, o, w, p) / z(h, o);
  RowMatrix hires = RowMatrix::Zero(R, O), success = RowMatrix::Zero(R, O);
  for (Eigen::Index w = 0; w < R; ++w) {
    for (Eigen::Index p = 0; p < O; ++p) {
      if (v(w, p) <= 0.0) continue;
      hires(w, p) = urn_ball_hires(v(w, p), a(w, p));
      success(w, p) = hires(w, p) / a(w, p);
    }
  }
  RowMatrix finding = RowMatrix::Zero(R, O);
  for (Eigen::Index h = 0; h < R; ++h)
    for (Eigen::Index o = 0; o < O; ++o)
      for (Eigen::Index w = 0; w < R; ++w)
        for (Eigen::Index p = 0; p < O; ++p)
          finding(h, o) += weight(h, o, w, p) / z(h, o) * success(w, p);

  for (MobilityStorage storage : {MobilityStorage::kDense, MobilityStorage::kSparse}) {
    const OccupationalMobility occ(pocc, storage);
    const MatchingOutcome m = match(geo, occ, v, x, su, se);
    for (Eigen::Index i = 0; i < R; ++i) {
      for (Eigen::Index j = 0; j < O; ++j) {
        INFO("cell " << i << "," << j << (occ.sparse() ? " sparse" : " dense"));
        CHECK(m.z(i, j) == Approx(z(i, j)).epsilon(1e-13));
        CHECK(m.hires(i, j) == Approx(hires(i, j)).epsilon(1e-13));
        CHECK(m.finding(i, j) == Approx(finding(i, j)).epsilon(1e-13));
      }
    }
    // The applications that succeed are the hires.
    CHECK((su + se).cwiseProduct(m.finding).sum() == Approx(hires.sum()).epsilon(1e-13));
  }
}

TEST_CASE("search and matching: the stocks change by its flows, jobs move with the persons",
          "[process][search_and_matching]") {
  const ModelDescription& m = model();
  LabourMarketState state = test::month_start(m, kStep);
  update_target_demand(m, state, kStep);
  apply_separations_and_openings(m, state, kStep);
  const std::vector<double> planned = state.record.separations;
  const std::vector<double> vacancies = state.vacancies;
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::SearchAndMatching>(m, state, kStep);

  const FlowLedger& ledger = state.record.ledger;
  const double from_short = ledger.flow(index(Status::kUnemployedShort), index(Status::kEmployed));
  const double from_long = ledger.flow(index(Status::kUnemployedLong), index(Status::kEmployed));
  const double on_the_job = ledger.flow(index(Status::kEmployed), index(Status::kEmployed));
  const double separated = ledger.flow(index(Status::kEmployed), index(Status::kUnemployedShort));
  REQUIRE(from_short > 0.0);
  REQUIRE(from_long > 0.0);
  REQUIRE(on_the_job > 0.0);
  REQUIRE(separated > 0.0);
  test::check_flows_balance(before, state, ledger);
  for (std::size_t h = 0; h < m.regions(); ++h) {
    for (std::size_t o = 0; o < m.occupations(); ++o) {
      double jobs = 0.0;
      for (std::size_t w = 0; w < m.regions(); ++w) jobs += state.jobs[state.job(h, w, o)];
      INFO("home region " << h << " occupation " << o);
      REQUIRE(jobs == Approx(state.employees(h, o)).epsilon(1e-9));
    }
  }
  const auto sum = [](const std::vector<double>& v) {
    double total = 0.0;
    for (double x : v) total += x;
    return total;
  };
  // Every hire is a person moving into a job; every separation a person losing one.
  CHECK(sum(state.record.hires) == Approx(from_short + from_long + on_the_job).epsilon(1e-9));
  CHECK(sum(state.record.hires_from_unemployment) == Approx(from_short + from_long).epsilon(1e-9));
  CHECK(sum(state.record.job_to_job) == Approx(on_the_job).epsilon(1e-9));
  CHECK(sum(state.record.separations) == Approx(separated).epsilon(1e-9));
  CHECK(sum(state.record.job_losers) == Approx(separated).epsilon(1e-9));
  for (std::size_t c = 0; c < vacancies.size(); ++c) {
    INFO("work cell " << c);
    REQUIRE(state.record.separations[c] <= planned[c] * (1.0 + 1e-12));
    REQUIRE(state.vacancies[c] ==
            Approx(std::max(1e-15, vacancies[c] + state.record.openings[c] - state.record.hires[c]))
                .epsilon(1e-12));
  }
}

TEST_CASE("search and matching: job seekers of one cell fill its vacancies by urn-ball matching",
          "[process][search_and_matching]") {
  const ModelDescription& m = model();
  const std::size_t h = 0, o = 0, ae = 20 * kEducationLevels + 1;
  REQUIRE(m.geo(0, 0) > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  const std::size_t c = state.cell(h, o);
  const double seekers = 200.0, v = 30.0;
  state.persons(Status::kUnemployedShort)[state.block(h, o) + ae] = seekers;
  state.vacancies[c] = v;
  apply_search_and_matching(m, state, kStep);

  // All applications go to the one cell with vacancies: A = the seekers' applications.
  const double a =
      seekers * search_effort(m).unemployed_short[ae] * m.calibration().search_efficiency[c];
  const double hires = urn_ball_hires(v, a);
  REQUIRE(hires > 1.0);
  CHECK(state.record.hires[c] == Approx(hires).epsilon(1e-12));
  CHECK(state.persons(Status::kEmployed)[state.block(h, o) + ae] == Approx(hires).epsilon(1e-12));
  CHECK(state.persons(Status::kUnemployedShort)[state.block(h, o) + ae] ==
        Approx(seekers - hires).epsilon(1e-12));
  CHECK(state.jobs[state.job(h, h, o)] == Approx(hires).epsilon(1e-12));
  CHECK(state.vacancies[c] == Approx(v - hires).epsilon(1e-12));
  CHECK(state.record.hire_probability_short[c] == Approx(hires / seekers).epsilon(1e-12));
  CHECK(state.record.ledger.flow(index(Status::kUnemployedShort), index(Status::kEmployed)) ==
        Approx(hires).epsilon(1e-12));
}

}  // namespace
}  // namespace lmsim::model
