// The agent-based engine on the data of a published network (docs/validation.md), which has more
// occupations than fit in a byte: persons hired into the occupations past 255 stay in them (the
// occupation field is 16 bits), and the engine's totals follow the stock-flow path.
#include <catch2/catch.hpp>
#include <cmath>

#include "engine/scenario.hpp"
#include "models/abm/agent_based_model.hpp"
#include "models/network_data_set.hpp"
#include "models/parameters.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model::abm {
namespace {

constexpr int kOccupations = 300;

double employees_of(const LabourMarketState& state, std::size_t from, std::size_t to) {
  double total = 0.0;
  for (std::size_t o = from; o < to; ++o) total += state.employees(0, o);
  return total;
}

TEST_CASE("agents hired into occupations past 255 stay there", "[abm][published-network]") {
  const test::TempDir dir;
  std::string occupations = "id,employment\n";
  for (int o = 0; o < kOccupations; ++o) occupations += "o" + std::to_string(o) + ",400\n";
  test::write_text(dir / "occupations.csv", occupations);
  test::write_text(dir / "scenario.toml",
                   "start = \"2016-01\"\ntime_step = \"6.75 weeks\"\nsteps = 40\n"
                   "[occupational_network]\noccupations = \"occupations.csv\"\n"
                   "employment_column = \"employment\"\nnetwork = \"complete\"\n"
                   "[parameters]\nsupply_processes = 0\n");
  const Scenario scenario = load_scenario(dir / "scenario.toml");
  const DataSet data =
      load_network_data_set(read_occupational_network(scenario.network), dir.path());
  ParameterValues values(model_parameter_registry());
  REQUIRE(values.set("supply_processes", 0.0).empty());
  const StockFlowModel model(data, resolve_parameters(values, scenario.time_axis()),
                             scenario.time_axis());
  AgentBasedModel abm(model.description(), {1, 7, 0});
  LabourMarketState agents = abm.initial_state();
  LabourMarketState path = model.initial_state();
  for (int t = 1; t < model.time().steps(); ++t) {
    abm.step(agents, t);
    model.step(path, t);
  }
  // 44 occupations of 400 employees each: an agent-based total within 5% of the stock-flow
  // path (its noise is about 1%); persons hired into them and lost to the first 44 would leave
  // them a third smaller after 39 steps.
  const double high = employees_of(agents, 256, kOccupations);
  const double expected = employees_of(path, 256, kOccupations);
  CHECK(std::fabs(high / expected - 1.0) < 0.05);
  const double low = employees_of(agents, 0, kOccupations - 256);
  CHECK(std::fabs(low / employees_of(path, 0, kOccupations - 256) - 1.0) < 0.05);
  std::size_t past_byte = 0;
  for (std::size_t i = 0; i < abm.agents().size(); ++i)
    past_byte += abm.agents().occupation[i] >= 256;
  CHECK(past_byte > 0);
}

}  // namespace
}  // namespace lmsim::model::abm
