// How lmsim run and lmsim sweep publish their result file, through the binary: two runs to the
// same --out leave one result and the second says so (exit 1); a name of the file system's
// longest length works; --overwrite never replaces an input, however the path is spelt; the
// temporary file of a run killed with SIGKILL is removed by the next run in its folder, one a
// live run holds is not; SIGHUP removes it like SIGTERM. The runs are held before publishing by
// the test hook LMSIM_TEST_PAUSE_BEFORE_PUBLISH (docs/testing.md), a FIFO: opening it for writing
// returns once the run waits, closing it lets the run go on. Every script runs under
// `timeout 120`, so a run that never reaches the hook fails the test instead of hanging it.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;
using Catch::Contains;

// A two-year scenario on the shipped baseline, in `tmp`: short runs.
fs::path short_scenario(const TempDir& tmp) {
  const fs::path file = tmp / "short.toml";
  write_text(file, "base = \"" + (source_dir() / "scenarios" / "baseline.toml").string() +
                       "\"\nend = \"2026-12\"\n");
  return file;
}

// Runs a bash script in `folder` under a hang guard, with $LMSIM the binary and $SCENARIO
// `scenario`.
CommandResult run_script(const fs::path& folder, const fs::path& scenario,
                         const std::string& body) {
  write_text(folder / "script.sh", "set -u\ncd " + quoted(folder) +
                                       "\nLMSIM=" + quoted(LMSIM_BINARY) +
                                       "\nSCENARIO=" + quoted(scenario) + "\n" + body);
  return run_shell("timeout 120 bash " + quoted(folder / "script.sh"));
}

int temporaries_in(const fs::path& folder) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(".lmsim.tmp.", 0) == 0 || name.find(".tmp.") != std::string::npos) ++count;
  }
  return count;
}

TEST_CASE("two runs to the same --out: the first to finish publishes, the other exits 1",
          "[cli][run][publish]") {
  // Both check that result.h5 does not exist, both run, and only then do they publish: the
  // second must not replace the first's result.
  TempDir tmp;
  const CommandResult r = run_script(tmp.path(), short_scenario(tmp), R"SH(
mkfifo first second
LMSIM_TEST_PAUSE_BEFORE_PUBLISH=first "$LMSIM" run "$SCENARIO" --quiet --seed 1 --out result.h5 > first.log 2>&1 & a=$!
LMSIM_TEST_PAUSE_BEFORE_PUBLISH=second "$LMSIM" run "$SCENARIO" --quiet --seed 2 --out result.h5 > second.log 2>&1 & b=$!
exec 3>first 4>second
echo "both wait"
exec 3>&-; wait $a; echo "first exit $?"
exec 4>&-; wait $b; echo "second exit $?"
)SH");
  INFO(r.output);
  REQUIRE_THAT(r.output, Contains("both wait"));
  CHECK_THAT(r.output, Contains("first exit 0"));
  CHECK_THAT(r.output, Contains("second exit 1"));
  CHECK(read_text(tmp / "first.log").empty());
  CHECK(read_text(tmp / "second.log") ==
        "lmsim: error: result.h5: another process created this file while lmsim worked; this "
        "result was not kept (pass --overwrite to replace the file)\n");
  CHECK_THAT(run_shell("h5dump -a /seed " + quoted(tmp / "result.h5")).output, Contains("\"1\""));
  CHECK(temporaries_in(tmp.path()) == 0);
}

TEST_CASE("lmsim run writes to the longest name the file system allows", "[cli][run][publish]") {
  TempDir tmp;
  const long name_max = ::pathconf(tmp.path().c_str(), _PC_NAME_MAX);
  REQUIRE(name_max >= 250);
  const fs::path out = tmp / (std::string(247, 'r') + ".h5");  // 250 bytes
  const CommandResult r =
      run_lmsim("run " + quoted(short_scenario(tmp)) + " --quiet --out " + quoted(out));
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(fs::file_size(out) > 1000);
  CHECK(temporaries_in(tmp.path()) == 0);
}

TEST_CASE("lmsim sweep writes to the longest name the file system allows",
          "[cli][sweep][publish]") {
  TempDir tmp;
  const long name_max = ::pathconf(tmp.path().c_str(), _PC_NAME_MAX);
  REQUIRE(name_max >= 250);
  write_text(tmp / "sweep.toml",
             "scenario = " + quoted(short_scenario(tmp)) +
                 "\ndesign = \"random\"\npoints = 2\nseed = 1\n"
                 "[parameters.demand_growth_per_year]\ndistribution = \"uniform\"\nmin = 0.0\n"
                 "max = 0.02\n");
  const fs::path out = tmp / (std::string(247, 's') + ".h5");  // 250 bytes; OUT.partial is 258
  const CommandResult r =
      run_lmsim("sweep " + quoted(tmp / "sweep.toml") + " --quiet --out " + quoted(out));
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(fs::file_size(out) > 1000);
  CHECK(temporaries_in(tmp.path()) == 0);
  for (const auto& entry : fs::directory_iterator(tmp.path())) {
    CHECK(entry.path().filename().string().rfind(".lmsim.partial.", 0) != 0);  // removed
  }
}

// A scenario in `tmp` whose base, in `tmp` too, reads the copy of the data set in tmp/data.
void write_scenario_chain(const TempDir& tmp) {
  copy_default_data(tmp);
  write_text(tmp / "base.toml", "base = \"" +
                                    (source_dir() / "scenarios" / "baseline.toml").string() +
                                    "\"\ndata_dir = \"data\"\nend = \"2026-12\"\n");
  write_text(tmp / "scenario.toml", "base = \"base.toml\"\ntitle = \"Own inputs\"\n");
  write_text(tmp / "sweep.toml",
             "scenario = \"scenario.toml\"\ndesign = \"latin-hypercube\"\npoints = 2\nseed = 1\n"
             "[parameters.demand_growth_per_year]\ndistribution = \"uniform\"\nmin = 0.0\n"
             "max = 0.02\n");
}

TEST_CASE("run and sweep with --overwrite never replace an input, however the path is spelt",
          "[cli][run][sweep][publish]") {
  TempDir tmp;
  write_scenario_chain(tmp);
  fs::create_symlink(tmp / "base.toml", tmp / "base-link.toml");
  fs::create_directory_symlink(tmp / "data", tmp / "data-link");
  struct Case {
    std::string command;  // run in tmp; UP/ stands for ../NAME-OF-TMP/
    std::string input;    // the file --out names
  };
  const Case c = GENERATE(values<Case>({
      {"run scenario.toml --out ./scenario.toml", "scenario.toml"},
      {"run scenario.toml --out base-link.toml", "base.toml"},
      {"run scenario.toml --out UP/data/labour_market.csv", "data/labour_market.csv"},
      {"run scenario.toml --out data-link/regions.csv", "data/regions.csv"},
      {"sweep sweep.toml --out ./sweep.toml", "sweep.toml"},
      {"sweep sweep.toml --out UP/base.toml", "base.toml"},
      {"sweep sweep.toml --out data-link/occupations.csv", "data/occupations.csv"},
  }));
  std::string command = c.command;
  if (const auto up = command.find("UP/"); up != std::string::npos)
    command.replace(up, 2, "../" + tmp.path().filename().string());
  INFO(command);
  const std::string before = read_text(tmp / c.input);
  const CommandResult r = run_shell("cd " + quoted(tmp.path()) + " && timeout 120 " + LMSIM_BINARY +
                                    " " + command + " --overwrite --quiet");
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Contains("output is the input"));
  CHECK(read_text(tmp / c.input) == before);
  CHECK(temporaries_in(tmp.path()) == 0);
  CHECK_FALSE(fs::exists(tmp / "sweep.toml.partial"));
}

TEST_CASE(
    "a run killed with SIGKILL leaves a temporary file the next run removes, one a live run "
    "holds stays",
    "[cli][run][publish][kill]") {
  TempDir tmp;
  const CommandResult r = run_script(tmp.path(), short_scenario(tmp), R"SH(
count() { ls -A | grep -c '^\.lmsim\.tmp\.'; }
mkfifo killed held
LMSIM_TEST_PAUSE_BEFORE_PUBLISH=killed "$LMSIM" run "$SCENARIO" --quiet --out killed.h5 & k=$!
exec 3>killed
kill -9 $k; wait $k; echo "killed status $?"; exec 3>&-
echo "after the kill: $(count)"
LMSIM_TEST_PAUSE_BEFORE_PUBLISH=held "$LMSIM" run "$SCENARIO" --quiet --out held.h5 & h=$!
exec 4>held
"$LMSIM" run "$SCENARIO" --quiet --out other.h5; echo "other exit $?"
echo "while one is held: $(count)"
exec 4>&-; wait $h; echo "held exit $?"
echo "at the end: $(count)"
)SH");
  INFO(r.output);
  CHECK_THAT(r.output, Contains("killed status 137"));
  CHECK_THAT(r.output, Contains("after the kill: 1"));
  CHECK_THAT(r.output, Contains("other exit 0"));
  CHECK_THAT(r.output, Contains("while one is held: 1"));  // the held run's, not the killed one's
  CHECK_THAT(r.output, Contains("held exit 0"));
  CHECK_THAT(r.output, Contains("at the end: 0"));
  CHECK_FALSE(fs::exists(tmp / "killed.h5"));
  CHECK(fs::exists(tmp / "held.h5"));
  CHECK(fs::exists(tmp / "other.h5"));
}

TEST_CASE("a run stopped by SIGHUP removes its temporary file", "[cli][run][publish]") {
  TempDir tmp;
  const CommandResult r = run_script(tmp.path(), short_scenario(tmp), R"SH(
mkfifo hold
LMSIM_TEST_PAUSE_BEFORE_PUBLISH=hold "$LMSIM" run "$SCENARIO" --quiet --out hup.h5 & p=$!
exec 3>hold
kill -HUP $p; wait $p; echo "status $?"; exec 3>&-
)SH");
  INFO(r.output);
  CHECK_THAT(r.output, Contains("status 129"));
  CHECK_FALSE(fs::exists(tmp / "hup.h5"));
  CHECK(temporaries_in(tmp.path()) == 0);
}

TEST_CASE("run and sweep refuse a missing or unwritable output folder before any work (exit 2)",
          "[cli][run][sweep][publish]") {
  TempDir tmp;
  write_scenario_chain(tmp);
  write_text(tmp / "plain-file", "not a folder");
  // /proc/1 exists on every Linux system and nobody, root included, may create files in it.
  const std::string out =
      GENERATE(as<std::string>(), "missing/result.h5", "plain-file/result.h5", "/proc/1/result.h5");
  const std::string command = GENERATE(as<std::string>(), "run scenario.toml", "sweep sweep.toml");
  INFO(command << " --out " << out);
  const CommandResult r = run_shell("cd " + quoted(tmp.path()) + " && timeout 120 " + LMSIM_BINARY +
                                    " " + command + " --quiet --out " + out);
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Contains("lmsim: error: " + out + ": "));
  CHECK(r.output.find('\n') == r.output.size() - 1);  // one line
  CHECK(temporaries_in(tmp.path()) == 0);
}

}  // namespace
}  // namespace lmsim::test
