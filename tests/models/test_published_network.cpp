// The published occupational mobility network model (del Rio-Chanona et al. 2021) on lmsim's
// engine, with a small synthetic network written by the test (the published data are checked end
// to end by tests/validation/check_omn.py where they are present):
//  - every step equals an independent dense evaluation of the published equations, written out
//    below from the specification (../shared/peers/omn/README.md), to 1e-12 relative;
//  - the sparse and dense evaluations of the network give the same run, and so do the rank-one
//    and dense evaluations of the complete network;
//  - persons are conserved every step, and e + u is constant (the model is closed);
//  - persons never leave their age x education group, so a run over that group only is the run
//    over all groups;
//  - with constant target demand the run settles where separations equal hires.
#include <catch2/catch.hpp>
#include <cmath>

#include "engine/scenario.hpp"
#include "models/network_data_set.hpp"
#include "models/parameters.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/conservation.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

constexpr int kOccupations = 30;
constexpr double kDu = 0.016, kDv = 0.012, kGamma = 0.16;

// Occupations with varied employment and automation probabilities, and a network with weight
// 1/2 on staying and 1/2 spread over three neighbours (13% of the entries non-zero).
void write_network_data(const test::TempDir& dir) {
  std::string occupations = "id,employment,probability\n";
  std::string network;
  for (int o = 0; o < kOccupations; ++o) {
    occupations += "occ" + std::to_string(o) + "," + std::to_string(1000 + 37 * o) + "," +
                   std::to_string(0.03 * (o % 25)) + "\n";
    for (int k = 0; k < kOccupations; ++k) {
      const char* weight = k == o                         ? "0.5"
                           : k == (o + 1) % kOccupations  ? "0.125"
                           : k == (o + 5) % kOccupations  ? "0.125"
                           : k == (o + 11) % kOccupations ? "0.25"
                                                          : "0";
      network += (k == 0 ? "" : ",") + std::string(weight);
    }
    network += "\n";
  }
  test::write_text(dir / "occupations.csv", occupations);
  test::write_text(dir / "network.csv", network);
}

struct NetworkRun {
  Scenario scenario;
  DataSet data;
  ModelParameters parameters;
};

// A scenario of the synthetic network: 6.75-week steps, published rates, no supply side.
NetworkRun network_run(const test::TempDir& dir, const std::string& levers, int steps,
                       MobilityStorage storage, const std::string& network = "network.csv") {
  write_network_data(dir);
  test::write_text(
      dir / "scenario.toml",
      "start = \"2016-01\"\ntime_step = \"6.75 weeks\"\nsteps = " + std::to_string(steps) +
          "\n[occupational_network]\noccupations = \"occupations.csv\"\n"
          "employment_column = \"employment\"\nnetwork = \"" +
          network +
          "\"\n"
          "[parameters]\nsupply_processes = 0\nseparation_rate = 0.016\n"
          "vacancy_rate = 0.012\ndemand_gap_speed = 0.16\n" +
          levers);
  NetworkRun run;
  run.scenario = load_scenario(dir / "scenario.toml");
  run.data = load_network_data_set(read_occupational_network(run.scenario.network), dir.path());
  run.data.mobility_storage = storage;
  ParameterValues values(model_parameter_registry());
  for (const auto& p : run.scenario.parameters) REQUIRE(values.set(p.name, p.value).empty());
  run.parameters = resolve_parameters(values, run.scenario.time_axis());
  return run;
}

// The published model's state, per occupation.
struct Published {
  Eigen::VectorXd e, u, v;
};

// One step of the published equations, evaluated densely and literally.
Published published_step(const Published& s, const Eigen::VectorXd& target,
                         const Eigen::MatrixXd& A) {
  const Eigen::Index n = s.e.size();
  Published next = s;
  const Eigen::VectorXd gap = s.e + s.v - target;
  Eigen::MatrixXd flows(n, n);  // f_ij
  Eigen::VectorXd applications = Eigen::VectorXd::Zero(n);
  Eigen::MatrixXd sent(n, n);  // s_ij
  for (Eigen::Index i = 0; i < n; ++i) {
    const double z = A.row(i).dot(s.v);
    for (Eigen::Index j = 0; j < n; ++j) sent(i, j) = s.u(i) * A(i, j) * s.v(j) / z;
  }
  applications = sent.colwise().sum().transpose();
  for (Eigen::Index j = 0; j < n; ++j) {
    const double theta = s.v(j) / applications(j);
    const double success = theta * (1.0 - std::exp(-1.0 / theta));
    flows.col(j) = sent.col(j) * success;
  }
  for (Eigen::Index i = 0; i < n; ++i) {
    const double w = kDu * s.e(i) + (1 - kDu) * std::min(s.e(i), kGamma * std::max(0.0, gap(i)));
    const double openings =
        kDv * s.e(i) + (1 - kDv) * std::min(s.e(i), kGamma * std::max(0.0, -gap(i)));
    const double hires = flows.col(i).sum();
    const double exits = flows.row(i).sum();
    next.u(i) = std::max(1e-15, s.u(i) + w - exits);
    next.e(i) = std::max(1e-15, s.e(i) + hires - w);
    next.v(i) = std::max(1e-15, s.v(i) + openings - hires);
  }
  return next;
}

double relative(double a, double b) {
  return std::fabs(a - b) / std::max(std::fabs(b), 1e-300);
}

TEST_CASE("a network run follows the published equations step by step",
          "[science][published-network]") {
  const test::TempDir dir;
  const NetworkRun run = network_run(dir, "", 120, MobilityStorage::kAuto);
  const StockFlowModel model(run.data, run.parameters, run.scenario.time_axis());
  LabourMarketState state = model.initial_state();
  const Eigen::VectorXd e0 = run.data.employed.row(0).transpose();
  Published reference{e0, kDu * e0, kDv * e0};
  const Eigen::VectorXd target = e0 + reference.u;
  const Eigen::MatrixXd& A = run.data.occupational_mobility;
  for (int t = 1; t < model.time().steps(); ++t) {
    model.step(state, t);
    reference = published_step(reference, target, A);
    for (Eigen::Index o = 0; o < kOccupations; ++o) {
      const auto oi = static_cast<std::size_t>(o);
      INFO("step " << t << " occupation " << o);
      REQUIRE(relative(state.employees(0, oi), reference.e(o)) < 1e-12);
      const double unemployed =
          state.persons(Status::kUnemployedShort)[state.block(0, oi) + kNetworkGroup];
      REQUIRE(relative(unemployed, reference.u(o)) < 1e-12);
      REQUIRE(relative(state.vacancies[oi], reference.v(o)) < 1e-12);
    }
  }
}

TEST_CASE("sparse and dense evaluations of a network give the same run",
          "[science][published-network]") {
  const test::TempDir dense_dir, sparse_dir;
  const std::string cycle =
      "[[levers]]\ntype = \"demand_cycle\"\namplitude = 0.065\nperiod_steps = 103\n"
      "phase_steps = 80\nstart_step = 10\n";
  const NetworkRun dense = network_run(dense_dir, cycle, 200, MobilityStorage::kDense);
  const NetworkRun sparse = network_run(sparse_dir, cycle, 200, MobilityStorage::kSparse);
  const StockFlowModel a(dense.data, dense.parameters, dense.scenario.time_axis(),
                         build_levers(dense.scenario.levers, dense.data));
  const StockFlowModel b(sparse.data, sparse.parameters, sparse.scenario.time_axis(),
                         build_levers(sparse.scenario.levers, sparse.data));
  REQUIRE_FALSE(a.description().occ.sparse());
  REQUIRE(b.description().occ.sparse());
  LabourMarketState x = a.initial_state();
  LabourMarketState y = b.initial_state();
  for (int t = 1; t < a.time().steps(); ++t) {
    a.step(x, t);
    b.step(y, t);
    for (Status s : {Status::kEmployed, Status::kUnemployedShort}) {
      INFO("step " << t << " status " << kStatusNames[index(s)]);
      REQUIRE(relative(x.total(s), y.total(s)) < 1e-12);
    }
    for (std::size_t c = 0; c < x.vacancies.size(); ++c)
      REQUIRE(relative(x.vacancies[c], y.vacancies[c]) < 1e-10);
  }
}

TEST_CASE("the complete network evaluated as rank one gives the dense run",
          "[science][published-network]") {
  const test::TempDir dense_dir, uniform_dir;
  const NetworkRun dense = network_run(dense_dir, "", 200, MobilityStorage::kDense, "complete");
  const NetworkRun uniform = network_run(uniform_dir, "", 200, MobilityStorage::kAuto, "complete");
  const StockFlowModel a(dense.data, dense.parameters, dense.scenario.time_axis());
  const StockFlowModel b(uniform.data, uniform.parameters, uniform.scenario.time_axis());
  REQUIRE_FALSE(a.description().occ.uniform());
  REQUIRE(b.description().occ.uniform());
  LabourMarketState x = a.initial_state();
  LabourMarketState y = b.initial_state();
  for (int t = 1; t < a.time().steps(); ++t) {
    a.step(x, t);
    b.step(y, t);
    INFO("step " << t);
    for (std::size_t o = 0; o < x.occupations(); ++o) {
      REQUIRE(relative(x.employees(0, o), y.employees(0, o)) < 1e-12);
      REQUIRE(relative(x.vacancies[o], y.vacancies[o]) < 1e-12);
    }
  }
}

TEST_CASE("a network run conserves persons and settles where separations equal hires",
          "[science][published-network]") {
  const test::TempDir dir;
  const NetworkRun run = network_run(dir, "", 600, MobilityStorage::kAuto);
  const StockFlowModel model(run.data, run.parameters, run.scenario.time_axis());
  test::check_conservation(model, model.time().steps());
  LabourMarketState state = model.initial_state();
  const double population = state.total(Status::kEmployed) + state.total(Status::kUnemployedShort);
  double unemployed_before = 0.0;
  for (int t = 1; t < model.time().steps(); ++t) {
    unemployed_before = state.total(Status::kUnemployedShort);
    model.step(state, t);
    REQUIRE(relative(state.total(Status::kEmployed) + state.total(Status::kUnemployedShort),
                     population) < 1e-12);
  }
  // Unemployment rises from u0 = du e0 to the steady state and stops there.
  const double unemployed = state.total(Status::kUnemployedShort);
  CHECK(unemployed > 2.0 * kDu * run.data.employed.sum());
  CHECK(relative(unemployed, unemployed_before) < 1e-9);
}

// The same state over every group: the passes over a block then run over all 690 groups.
LabourMarketState over_all_groups(const LabourMarketState& limited) {
  LabourMarketState full(limited.regions(), limited.occupations());
  for (std::size_t s = 0; s < kStatusCount; ++s)
    full.persons(static_cast<Status>(s)) = limited.persons(static_cast<Status>(s));
  full.jobs = limited.jobs;
  full.vacancies = limited.vacancies;
  full.target_demand = limited.target_demand;
  full.labour_migrants = limited.labour_migrants;
  return full;
}

TEST_CASE("without supply-side processes persons stay in their group, so passes skip the others",
          "[science][published-network]") {
  const test::TempDir dir;
  const NetworkRun run = network_run(dir, "", 150, MobilityStorage::kAuto);
  const StockFlowModel model(run.data, run.parameters, run.scenario.time_axis());
  LabourMarketState limited = model.initial_state();
  REQUIRE(limited.groups().first == kNetworkGroup);
  REQUIRE(limited.groups().size() == 1);
  LabourMarketState full = over_all_groups(limited);
  REQUIRE(full.groups().size() == kBlockGroups);
  for (int t = 1; t < model.time().steps(); ++t) {
    model.step(limited, t);
    model.step(full, t);
    INFO("step " << t);
    for (std::size_t s = 0; s < kStatusCount; ++s) {
      const auto status = static_cast<Status>(s);
      // Every pass over all groups leaves the groups without persons empty ...
      const auto& persons = full.persons(status);
      for (std::size_t i = 0; i < persons.size(); ++i) {
        if (i % kBlockGroups != kNetworkGroup) REQUIRE(persons[i] == 0.0);
      }
      // ... so the run over one group is the same run.
      REQUIRE(relative(limited.total(status), full.total(status)) < 1e-13);
    }
    for (std::size_t c = 0; c < full.vacancies.size(); ++c)
      REQUIRE(relative(limited.vacancies[c], full.vacancies[c]) < 1e-13);
  }
}

TEST_CASE("the groups in use are the smallest range that holds every person", "[state]") {
  LabourMarketState state(2, 3);
  state.persons(Status::kEmployed)[state.block(1, 2) + 7] = 4.0;
  state.persons(Status::kRetired)[state.block(0) + 12] = 1.5;
  state.persons(Status::kUnemployedShort)[state.block(0, 1) + 9] = 2.0;
  const Eigen::VectorXd before = state.block_sums(Status::kEmployed);
  state.limit_groups_to_occupied();
  CHECK(state.groups().first == 7);
  CHECK(state.groups().end == 13);
  CHECK(state.block_sums(Status::kEmployed) == before);
  CHECK(state.block_sums(Status::kRetired)(0) == 1.5);
  CHECK(state.employees(1, 2) == 4.0);
  const std::vector<double> weight(kBlockGroups, 2.0);
  CHECK(state.weighted_block_sums(Status::kUnemployedShort, weight)(1) == 4.0);
  LabourMarketState empty(1, 1);
  empty.limit_groups_to_occupied();
  CHECK(empty.groups().size() == 0);
}

TEST_CASE("the automation shock moves demand between occupations and keeps its total",
          "[science][published-network]") {
  const test::TempDir dir;
  const NetworkRun run =
      network_run(dir,
                  "[[levers]]\ntype = \"automation_shock\"\nprobabilities = \"occupations.csv\"\n"
                  "id_column = \"id\"\nprobability_column = \"probability\"\nstart_step = 10\n"
                  "duration_steps = 40\n",
                  80, MobilityStorage::kAuto);
  const StockFlowModel model(run.data, run.parameters, run.scenario.time_axis(),
                             build_levers(run.scenario.levers, run.data));
  LabourMarketState state = model.initial_state();
  const std::vector<double> initial = model.calibration().initial_demand;
  double total = 0.0;
  for (double d : initial) total += d;
  for (int t = 1; t < model.time().steps(); ++t) {
    model.step(state, t);
    double now = 0.0;
    for (double d : state.target_demand) now += d;
    REQUIRE(relative(now, total) < 1e-12);
    if (t < 10) REQUIRE(state.target_demand == initial);
  }
  // At the end (completion 0.9999 at step 50) the least automatable occupation (p = 0) has
  // gained and the most automatable (p = 0.72) has lost.
  CHECK(state.target_demand[0] > initial[0] * 1.05);
  CHECK(state.target_demand[24] < initial[24] * 0.5);
}

}  // namespace
}  // namespace lmsim::model
