// lmsim sweep with parameters that name a lever key (cli/sweep_command.cpp, docs/sweep.md,
// "Lever sizes"): each point runs the scenario with the lever's key at the value the design drew,
// the outputs follow it, and keys the scenario's levers do not have, or values their readers
// refuse, stop the sweep before any work with a located message. Two-year stock-flow runs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "outputs/result_file_reader.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using lmsim::test::CommandResult;
using lmsim::test::quoted;
using lmsim::test::run_lmsim;
using lmsim::test::source_dir;
using lmsim::test::TempDir;
using lmsim::test::write_text;

// A sweep over `parameter` of the shipped scenario `scenario`, cut to 2025-2026.
fs::path sweep_of(const TempDir& tmp, const std::string& scenario, const std::string& parameter) {
  write_text(tmp / "short.toml",
             "base = " + quoted(source_dir() / "scenarios" / scenario) + "\nend = \"2026-12\"\n");
  write_text(tmp / "sweep.toml", "scenario = \"short.toml\"\ndesign = \"grid\"\n\n" + parameter);
  return tmp / "sweep.toml";
}

TEST_CASE("a sweep over a lever key runs each point with the value the design drew",
          "[cli][sweep][levers]") {
  TempDir tmp;
  const fs::path sweep = sweep_of(tmp, "defence_expansion.toml",
                                  "[parameters.\"levers.defence_expansion.target_personnel\"]\n"
                                  "values = [80000, 100000, 120000]\n");
  const fs::path out = tmp / "sweep.h5";
  const CommandResult r = run_lmsim("sweep " + quoted(sweep) + " --quiet --out " + quoted(out));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const lmsim::ResultSet results = lmsim::outputs::read_whole_result_file(out);
  CHECK(results.dimension("parameter").labels ==
        std::vector<std::string>{"levers.defence_expansion.target_personnel"});
  CHECK(results.variable("parameter_value").data == std::vector<double>{80000, 100000, 120000});
  // National employment in 2026 (the second year) rises with the target.
  const std::vector<double>& employed = results.variable("employed").data;  // point x year
  REQUIRE(employed.size() == 6);
  CHECK(employed[1] < employed[3]);
  CHECK(employed[3] < employed[5]);
}

TEST_CASE("a sweep refuses a lever key the scenario lacks, or a value its lever refuses",
          "[cli][sweep][levers]") {
  TempDir tmp;
  SECTION("an unknown key") {
    const fs::path sweep = sweep_of(tmp, "local_shock_example.toml",
                                    "[parameters.\"levers.local_shock.job\"]\n"
                                    "values = [0, 500]\n");
    const CommandResult r =
        run_lmsim("sweep " + quoted(sweep) + " --quiet --out " + quoted(tmp / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains("sweep.toml:4:1: parameters.levers.local_shock.job: a lever of "
                                  "type 'local_shock' has no key 'job' (did you mean 'jobs'?)"));
  }
  SECTION("a value out of the lever's range") {
    const fs::path sweep = sweep_of(tmp, "local_shock_example.toml",
                                    "[parameters.\"levers[0].jobs\"]\n"
                                    "values = [0, 2000000]\n");
    const CommandResult r =
        run_lmsim("sweep " + quoted(sweep) + " --quiet --out " + quoted(tmp / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains("parameters: point 1: the scenario's levers refuse the point's "
                                  "values: "));
    CHECK_THAT(r.output, Contains("local_shock_example.toml:17:8: levers[0].jobs: value 2e+06 is "
                                  "outside the allowed range [-1e+06, 1e+06]"));
    CHECK_FALSE(fs::exists(tmp / "o.h5"));
  }
}

}  // namespace
