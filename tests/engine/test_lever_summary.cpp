// Unit tests of engine/lever_summary: one line per lever of a resolved scenario (type, numbers,
// restricting keys, profile), for lmsim's scenarios and those of a published network, none for
// a scenario without levers, and no lines for text that is not a scenario's TOML.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/lever_summary.hpp"
#include "engine/scenario.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

using Catch::Matchers::Contains;
using Lines = std::vector<std::string>;

// The lever lines of a shipped scenario, read as a result file stores it.
Lines shipped_scenario_levers(const std::string& name) {
  const Scenario s = load_scenario(source_dir() / "scenarios" / (name + ".toml"));
  const auto lines = lever_summaries(resolved_scenario_toml(s));
  REQUIRE(lines.has_value());
  return *lines;
}

TEST_CASE("lever_summaries gives defence_expansion's scenario its size and linear profile",
          "[engine]") {
  const Lines lines = shipped_scenario_levers("defence_expansion");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] ==
        "defence_expansion: target_personnel = 100000, regional_split = base_presence; "
        "linear 2026 .. 2030");
}

TEST_CASE("lever_summaries lists a scenario's levers in order, numbers first, shortest floats",
          "[engine]") {
  const Lines lines = shipped_scenario_levers("krapte_2035");
  CHECK(lines ==
        Lines{"defence_expansion: target_personnel = 100000; linear 2026 .. 2030",
              "labour_migration_decline: reduction = 0.33; linear 2026 .. 2030",
              "rvu_change: take_up_factor = 2.0; linear 2026 .. 2027",
              "mantelzorg: carers_share = 0.25, hours_cut = 0.03; linear 2026 .. 2035",
              "sector_priority: retention = 0.9, search_weight = 1.3, occupations = [BRC10, "
              "BRC01]; linear 2026 .. 2028"});
}

TEST_CASE("lever_summaries names the regions and occupations a scenario's lever is restricted to",
          "[engine]") {
  const Lines housing = shipped_scenario_levers("housing_shortage");
  REQUIRE(housing.size() == 1);
  CHECK_THAT(housing[0],
             Contains("regions = [Midden-Utrecht, Groot Amsterdam, Haaglanden]; linear"));
  // migration_decline names regions = "all" and occupations = "all": neither restricts it.
  const Lines migration = shipped_scenario_levers("migration_decline");
  REQUIRE(migration.size() == 1);
  CHECK(migration[0] == "labour_migration_decline: reduction = 0.33; linear 2026 .. 2030");
}

TEST_CASE("lever_summaries writes step and path profiles, and levers without one", "[engine]") {
  const auto lines = lever_summaries(
      "[[levers]]\n"
      "type = 'rvu_change'\nwindow_months = 0\nprofile = { shape = 'step', from = 2026 }\n"
      "[[levers]]\n"
      "type = 'sector_shock'\nsize = -0.05\n"
      "profile = { shape = 'path', path = { 2026 = 0, 2027 = 1.0, 2028 = 0 } }\n"
      "[[levers]]\n"
      "type = 'aow_age_path'\nage_by_year = { 2028 = 67.25, 2030 = 68.0 }\n");
  REQUIRE(lines.has_value());
  CHECK(*lines == Lines{"rvu_change: window_months = 0; step from 2026",
                        "sector_shock: size = -0.05; path {2026 = 0, 2027 = 1.0, 2028 = 0}",
                        "aow_age_path: age_by_year = {2028 = 67.25, 2030 = 68.0}"});
}

TEST_CASE("lever_summaries lists the levers of a published network's scenario, timed in steps",
          "[engine]") {
  CHECK(shipped_scenario_levers("validation/omn_cycle") ==
        Lines{"demand_cycle: amplitude = 0.065, period_steps = 103, phase_steps = 80, "
              "start_step = 80"});
  const Lines automation = shipped_scenario_levers("validation/omn_automation");
  REQUIRE(automation.size() == 1);
  CHECK_THAT(automation[0], Catch::StartsWith("automation_shock: completion = 0.9999, "
                                              "duration_steps = 231.11111111111111, start_step = "
                                              "100, id_column = id, probabilities = "));
}

TEST_CASE("lever_summaries gives no lines for a scenario without levers", "[engine]") {
  CHECK(shipped_scenario_levers("baseline").empty());
  CHECK(shipped_scenario_levers("validation/omn_steady").empty());
  CHECK(lever_summaries("title = 'no levers key'\n") == Lines{});
}

TEST_CASE("lever_summaries refuses text that is not a scenario's TOML", "[engine]") {
  CHECK_FALSE(lever_summaries("levers = [[").has_value());
  CHECK_FALSE(lever_summaries("levers = 3\n").has_value());
  CHECK_FALSE(lever_summaries("levers = [1, 2]\n").has_value());
  // Nested deeper than toml++ survives: refused by the pre-scan, not parsed.
  CHECK_FALSE(lever_summaries("levers = " + std::string(100000, '[')).has_value());
}

}  // namespace
}  // namespace lmsim::test
