// Every scenario shipped in scenarios/ is valid on the built-in data, and each one with levers
// has a description of its own.
#include <catch2/catch.hpp>

#include "engine/scenario.hpp"
#include "engine/scenario_provenance.hpp"

#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

TEST_CASE("every shipped scenario validates", "[cli][scenarios]") {
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "scenarios")) {
    if (entry.path().extension() != ".toml") continue;
    INFO(entry.path().string());
    const CommandResult r = run_lmsim("validate '" + entry.path().string() + "'");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    ++checked;
  }
  CHECK(checked >= 3);
}

// A lever scenario says what it represents in its own description, rather than presenting the
// baseline's "No policy change" as its own (engine/scenario_provenance.hpp).
TEST_CASE("every shipped scenario with levers has a description of its own", "[cli][scenarios]") {
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "scenarios")) {
    if (entry.path().extension() != ".toml") continue;
    const Scenario scenario = load_scenario(entry.path());
    if (scenario.levers.empty()) continue;
    INFO(entry.path().string());
    CHECK_FALSE(inherits_description(scenario));
    CHECK_FALSE(scenario.description.empty());
    CHECK_THAT(scenario.description, !Catch::Contains("No policy change"));
    ++checked;
  }
  CHECK(checked >= 10);
}

}  // namespace
}  // namespace lmsim::test
