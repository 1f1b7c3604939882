// lmsim compare on ensembles and sweeps through the binary (docs/compare.md, "Within the noise"):
// two files of replicates give each change's 95% interval of the replicate-paired differences
// and say "within the noise" exactly where that interval contains 0; files of replicate
// statistics say why they give no paired differences; a sweep file is refused with a pointer to
// lmsim report. Small agent-based ensembles (1-in-500, 3 replicates, 2025).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>

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

// A number as compare prints it: a sign (none for 0), digits and thousands separators.
double number_of(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ','), text.end());
  return std::stod(text);
}

// Each "mean [low, high]" change of compare's replicate section with or without "within the
// noise" after it must carry the verdict exactly when low <= 0 <= high; returns how many
// changes with a verdict it read.
int check_verdicts(const std::string& output) {
  // Whole numbers with a sign, or 0 without one.
  const std::regex change(
      R"(([+-]?[0-9,]+) \[([+-]?[0-9,]+), ([+-]?[0-9,]+)\]( within the noise)?)");
  int checked = 0;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    // The national lines of the replicate section carry the verdict after each change (the
    // rows name it in a column).
    if (line.find(" of pairs") == std::string::npos) continue;
    for (std::sregex_iterator m(line.begin(), line.end(), change), end; m != end; ++m) {
      const double low = number_of((*m)[2]);
      const double high = number_of((*m)[3]);
      INFO(line);
      CHECK((*m)[4].matched == (low <= 0.0 && high >= 0.0));
      ++checked;
    }
  }
  return checked;
}

fs::path run_ensemble(const TempDir& tmp, const fs::path& scenario, const std::string& name,
                      const std::string& extra) {
  const fs::path out = tmp / (name + ".h5");
  const CommandResult run =
      run_lmsim("run " + quoted(scenario) + " --engine abm --scale 500 --replicates 3 -q --out " +
                quoted(out) + extra);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return out;
}

TEST_CASE("compare says which changes of two replicate files are within the noise",
          "[cli][compare][abm][ensemble]") {
  TempDir tmp;
  write_text(tmp / "base.toml", "base = " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                                    "\nend = \"2025-12\"\n");
  write_text(tmp / "lever.toml",
             "base = \"base.toml\"\ntitle = \"Fewer migrants\"\n"
             "[[levers]]\ntype = \"labour_migration_decline\"\n"
             "regions = \"all\"\noccupations = \"all\"\nreduction = 0.5\n"
             "profile = { shape = \"step\", from = 2025 }\n");
  run_ensemble(tmp, tmp / "base.toml", "base", " --keep-replicates");
  run_ensemble(tmp, tmp / "lever.toml", "lever", " --keep-replicates");
  const fs::path base = tmp / "base.replicates.h5";
  const fs::path lever = tmp / "lever.replicates.h5";

  SECTION("the rule is stated and each verdict follows from its interval") {
    const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(lever));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Contains("[95% interval: 2.5th, 97.5th percentile of the paired "
                                  "differences other - base]"));
    CHECK_THAT(r.output, Contains("within the noise when its interval contains 0"));
    CHECK(check_verdicts(r.output) == 3);  // employed, vacancies and shortage of 2025
  }
  SECTION("a file against itself: every change is within the noise") {
    const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(base) + " --top 5");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Contains("employed 0 [0, 0] within the noise, vacancies 0 [0, 0] "
                                  "within the noise, shortage 0 [0, 0] within the noise"));
    CHECK_THAT(r.output, Contains("0%  employed, vacancies, shortage\n"));
    CHECK(check_verdicts(r.output) == 3);
  }
  SECTION("files of replicate statistics say why there are no paired differences") {
    const CommandResult r =
        run_lmsim("compare " + quoted(tmp / "base.h5") + " " + quoted(tmp / "lever.h5"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Contains("No paired differences: " + (tmp / "base.h5").string() +
                                  " holds replicate statistics only"));
    CHECK_THAT(r.output, !Contains("Replicate by replicate"));
  }
}

TEST_CASE("compare refuses a sweep file and names the command that reads it",
          "[cli][compare][sweep]") {
  TempDir tmp;
  write_text(tmp / "short.toml", "base = " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                                     "\nend = \"2025-12\"\n");
  write_text(tmp / "sweep.toml",
             "scenario = \"short.toml\"\ndesign = \"grid\"\n\n"
             "[parameters.demand_growth_per_year]\nvalues = [0.0, 0.01]\n");
  const fs::path sweep = tmp / "sweep.h5";
  REQUIRE(
      run_lmsim("sweep " + quoted(tmp / "sweep.toml") + " -q --out " + quoted(sweep)).exit_code ==
      0);
  const fs::path run = tmp / "run.h5";
  REQUIRE(run_lmsim("run " + quoted(tmp / "short.toml") + " -q --out " + quoted(run)).exit_code ==
          0);
  for (const std::string& files :
       {quoted(run) + " " + quoted(sweep), quoted(sweep) + " " + quoted(run)}) {
    const CommandResult r = run_lmsim("compare " + files);
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains(sweep.string() +
                                  ": a sweep file (lmsim sweep), not a run's "
                                  "result file: compare needs two result files of lmsim run; "
                                  "lmsim report " +
                                  sweep.string() + " --out DIR shows"));
    CHECK_THAT(r.output, !Contains("--variables all"));
  }
}

}  // namespace
