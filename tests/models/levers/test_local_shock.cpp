// The local_shock lever (models/levers/local_shock.cpp): a plant or base opening or closing
// changes the target demand of one work region x occupation by its jobs and nothing else, a
// shock of zero jobs leaves the run identical to its base, the cell's employment follows the
// size, and broken tables are refused with file, line and key. Runs are two years of the
// stock-flow engine.
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "engine/scenario.hpp"
#include "models/levers/lever.hpp"
#include "models/recorder.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

constexpr YearMonth kLastMonth{2026, 12};

// A local_shock lever in Noord-Limburg's transport and logistics from July 2025.
std::string shock_of(double jobs) {
  return "[[levers]]\ntype = \"local_shock\"\nregion = \"AM29\"\noccupation = \"BRC12\"\njobs = " +
         std::to_string(jobs) + "\nprofile = { shape = \"step\", from = \"2025-07\" }\n";
}

// Employed and vacancies of a cell in labour_market.csv: the most a closing may remove.
double cell_demand(const std::string& region, const std::string& occupation) {
  const DataSet& data = test::default_data();
  const auto r = static_cast<Eigen::Index>(data.dims.regions[region]);
  const auto o = static_cast<Eigen::Index>(data.dims.occupations[occupation]);
  return data.employed(r, o) + data.vacancies(r, o);
}

std::size_t shocked_cell() {
  const DataSet& data = test::default_data();
  return data.dims.regions["AM29"] * data.dims.occupation_count() + data.dims.occupations["BRC12"];
}

ResultSet run_with(LeverList levers) {
  const StockFlowModel model = test::default_model(kLastMonth, std::move(levers));
  Recorder recorder(model);
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  return recorder.results();
}

const ResultSet& base_run() {
  static const ResultSet base = run_with({});
  return base;
}

// A time x region x occupation variable in the last month, per cell.
std::vector<double> last_month(const ResultSet& r, const std::string& name) {
  const Variable& v = r.variable(name);
  const std::size_t cells = r.dimension("region").size() * r.dimension("occupation").size();
  return {v.data.end() - static_cast<long>(cells), v.data.end()};
}

double employed_in_shocked_cell(double jobs) {
  return last_month(run_with(test::levers_of(shock_of(jobs))), "employed")[shocked_cell()];
}

TEST_CASE("a local shock adds its jobs to the demand of its one cell", "[levers][local_shock]") {
  const LeverList levers = test::levers_of(shock_of(800.0));
  const DataSet& data = test::default_data();
  ScenarioEffects effects;
  effects.reset(data.dims.region_count(), data.dims.occupation_count());
  levers.front()->add_effect(effects, {2025, 6});
  CHECK(effects.demand_added[shocked_cell()] == 0.0);  // before the step
  levers.front()->add_effect(effects, {2025, 7});
  for (std::size_t c = 0; c < effects.demand_added.size(); ++c) {
    INFO("cell " << c);
    CHECK(effects.demand_added[c] == (c == shocked_cell() ? 800.0 : 0.0));
  }
}

TEST_CASE("a local shock moves target demand in its cell only, by its jobs",
          "[levers][local_shock]") {
  const std::vector<double> shocked =
      last_month(run_with(test::levers_of(shock_of(800.0))), "target_demand");
  const std::vector<double> base = last_month(base_run(), "target_demand");
  for (std::size_t c = 0; c < base.size(); ++c) {
    INFO("cell " << c);
    if (c == shocked_cell()) {
      CHECK(shocked[c] - base[c] == Approx(800.0).epsilon(1e-9));
    } else {
      CHECK(shocked[c] == base[c]);
    }
  }
}

TEST_CASE("several local shocks add up, in one cell or in several", "[levers][local_shock]") {
  const LeverList levers = test::levers_of(shock_of(500.0) + shock_of(-200.0) + R"(
[[levers]]
type = "local_shock"
region = "Groningen"
occupation = "DEF"
jobs = 300
profile = { shape = "linear", from = 2026, to = 2026 }
)");
  REQUIRE(levers.size() == 3);
  const DataSet& data = test::default_data();
  ScenarioEffects effects;
  effects.reset(data.dims.region_count(), data.dims.occupation_count());
  for (const auto& lever : levers) lever->add_effect(effects, {2026, 12});
  CHECK(effects.demand_added[shocked_cell()] == 300.0);
  const std::size_t groningen_defence =
      data.dims.regions["AM01"] * data.dims.occupation_count() + data.dims.occupations["DEF"];
  CHECK(effects.demand_added[groningen_defence] == 300.0);
}

TEST_CASE("a local shock of zero jobs leaves the run identical to its base",
          "[levers][local_shock]") {
  const ResultSet shocked = run_with(test::levers_of(shock_of(0.0)));
  for (const Variable& v : base_run().variables) {
    INFO(v.name);
    CHECK(shocked.variable(v.name).data == v.data);
  }
}

TEST_CASE("employment of the cell rises with an opening and falls with a closing",
          "[levers][local_shock]") {
  const double base = last_month(base_run(), "employed")[shocked_cell()];
  const double opening_500 = employed_in_shocked_cell(500.0);
  const double opening_1000 = employed_in_shocked_cell(1000.0);
  const double closing_500 = employed_in_shocked_cell(-500.0);
  CHECK(closing_500 < base);
  CHECK(base < opening_500);
  CHECK(opening_500 < opening_1000);
}

TEST_CASE("broken local shocks are refused with file, line and key",
          "[levers][local_shock][broken]") {
  test::TempDir tmp;
  struct Case {
    std::string body;
    std::string expected;
  };
  const std::string profile = "profile = { shape = \"step\", from = 2026 }\n";
  const Case c = GENERATE_COPY(values<Case>({
      {"region = \"AM99\"\noccupation = \"BRC12\"\njobs = 800\n" + profile,
       "scenario.toml:4:10: levers[0].region: unknown region 'AM99' (did you mean 'AM09'?)"},
      {"region = \"Noord-Limbrg\"\noccupation = \"BRC12\"\njobs = 800\n" + profile,
       "levers[0].region: unknown region 'Noord-Limbrg' (did you mean 'Noord-Limburg'?)"},
      {"region = \"AM29\"\noccupation = \"BRC21\"\njobs = 800\n" + profile,
       "scenario.toml:5:14: levers[0].occupation: unknown occupation 'BRC21' (did you mean "
       "'BRC01'?)"},
      {"region = [\"AM29\", \"AM33\"]\noccupation = \"BRC12\"\njobs = 800\n" + profile,
       "levers[0].region: expected one region code or name in quotes, such as \"AM01\""},
      {"region = \"all\"\noccupation = \"BRC12\"\njobs = 800\n" + profile,
       "levers[0].region: expected one region code or name in quotes"},
      {"occupation = \"BRC12\"\njobs = 800\n" + profile,
       "levers[0].region: required key is missing"},
      {"region = \"AM29\"\njobs = 800\n" + profile,
       "levers[0].occupation: required key is missing"},
      {"region = \"AM29\"\noccupation = \"BRC12\"\n" + profile,
       "levers[0].jobs: required key is missing"},
      {"region = \"AM29\"\noccupation = \"BRC12\"\njobs = 800\n",
       "levers[0].profile: required key is missing"},
      {"region = \"AM29\"\noccupation = \"BRC12\"\njobs = 2e6\n" + profile,
       "levers[0].jobs: value 2e+06 is outside the allowed range [-1e+06, 1e+06]"},
      {"region = \"AM29\"\noccupation = \"BRC12\"\njobs = -20000\n" + profile,
       "scenario.toml:6:8: levers[0].jobs: a closing of 20000 jobs is larger than the " +
           std::to_string(std::llround(cell_demand("AM29", "BRC12"))) +
           " employed and vacancies of AM29 x BRC12 in labour_market.csv"},
      {"region = \"AM29\"\noccupation = \"BRC12\"\njob = 800\n" + profile,
       "levers[0].job: unknown key for a lever of type 'local_shock' (did you mean 'jobs'?)"},
  }));
  const auto file = tmp / "scenario.toml";
  test::write_text(file, "data_dir = \"" + test::default_data_dir().string() +
                             "\"\n[[levers]]\ntype = \"local_shock\"\n" + c.body);
  try {
    build_levers(load_scenario(file).levers, test::default_data());
    FAIL("the lever was accepted");
  } catch (const InputError& error) {
    CHECK_THAT(error.what(), Catch::Contains(c.expected));
  }
}

}  // namespace
}  // namespace lmsim::model
