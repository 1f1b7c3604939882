// lmsim run through the binary: it writes a result file and a summary, never overwrites a result
// without --overwrite, leaves no file behind when it fails, and refuses bad scenarios with the
// file, line and key and exit code 2.
#include <catch2/catch.hpp>
#include <sstream>

#include "outputs/result_file_reader.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

std::string baseline() {
  return quoted(source_dir() / "scenarios" / "baseline.toml");
}

// A scenario file in the temporary folder that inherits the shipped baseline.
fs::path scenario_with(const TempDir& tmp, const std::string& body) {
  const fs::path file = tmp / "scenario.toml";
  write_text(file,
             "base = \"" + (source_dir() / "scenarios" / "baseline.toml").string() + "\"\n" + body);
  return file;
}

bool has_temporary_files(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("lmsim run writes a result file and prints a summary", "[cli][run]") {
  TempDir tmp;
  const fs::path out = tmp / "baseline.h5";
  const CommandResult result = run_lmsim("run " + baseline() + " --out " + quoted(out));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  CHECK(fs::file_size(out) > 1000000);
  CHECK_THAT(result.output, Catch::Contains("Outlook and assumptions:\n  demand   target demand "
                                            "follows demand_outlook.csv (sources: UWV 2025;"));
  CHECK_THAT(result.output, Catch::Contains("AOW age  by law to 2031, expected from the legal "
                                            "rule after"));
  CHECK_THAT(result.output, Catch::Contains("Defence formation (not a UWV occupation class): "));
  CHECK_THAT(result.output, Catch::Contains("Tension by region"));
  CHECK_THAT(result.output, Catch::Contains("Midden-Utrecht"));
  CHECK_THAT(result.output, Catch::Contains("Tightest region x occupation cells in 2040"));
  CHECK_THAT(result.output, !Catch::Contains(" DEF Defence"));  // no UWV class: not ranked
  CHECK_FALSE(has_temporary_files(tmp.path()));
}

TEST_CASE("lmsim run records the outlook it assumed; run and info name it in English or Dutch",
          "[cli][run][info]") {
  TempDir tmp;
  const fs::path out = tmp / "baseline.h5";
  const CommandResult result = run_lmsim("run " + baseline() + " --lang nl --out " + quoted(out));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.output, Catch::Contains("Vooruitzicht en aannames:\n  vraag"));
  CHECK_THAT(result.output, Catch::Contains("Defensieformatie (geen UWV-beroepsklasse): "));
  const ResultSet written = outputs::read_whole_result_file(out);
  CHECK(outputs::result_attribute(written, "demand_outlook", "f") == "demand_outlook.csv");
  CHECK(outputs::result_attribute(written, "demand_outlook_sources", "f") ==
        "UWV 2025; UWV 2025-2027; ROA 2028; ROA 2028 held to 2030; labour supply at structural "
        "unemployment");
  CHECK_THAT(outputs::result_attribute(written, "population_outlook_sources", "f"),
             Catch::StartsWith("CBS births 2010 x 1.0683; EST linear CBS 2024 to 85751NED 2030; "));
  CHECK(outputs::result_attribute(written, "aow_age_law_until", "f") == "2031");
  const CommandResult english = run_lmsim("info " + quoted(out));
  CHECK_THAT(english.output, Catch::Contains("  Outlook and assumptions:\n    demand"));
  const CommandResult dutch = run_lmsim("info " + quoted(out) + " --lang nl");
  CHECK_THAT(dutch.output, Catch::Contains("bij wet vastgesteld tot en met 2031"));
  for (const std::string& command :
       {"run " + baseline() + " --out " + quoted(tmp / "x.h5"), "info " + quoted(out)}) {
    const CommandResult refused = run_lmsim(command + " --lang de");
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.output, Catch::Contains("--lang must be en or nl, not 'de'"));
  }
  CHECK_FALSE(fs::exists(tmp / "x.h5"));
  // Without a demand outlook, target demand is held (a data set without demand_outlook.csv).
  const fs::path data = tmp / "data";
  fs::copy(source_dir() / "scenarios" / "data", data);
  fs::remove(data / "demand_outlook.csv");
  const fs::path flat = tmp / "flat.h5";
  const CommandResult held =
      run_lmsim("run " + baseline() + " --data-dir " + quoted(data) + " --out " + quoted(flat));
  INFO(held.output);
  REQUIRE(held.exit_code == 0);
  CHECK_THAT(held.output,
             Catch::Contains("no demand outlook: target demand is held at its first-month level"));
  CHECK(outputs::result_attribute(outputs::read_whole_result_file(flat), "demand_outlook", "f")
            .empty());
}

TEST_CASE("lmsim run never overwrites a result without --overwrite", "[cli][run]") {
  TempDir tmp;
  const fs::path out = tmp / "result.h5";
  write_text(out, "an earlier result");
  const CommandResult refused = run_lmsim("run " + baseline() + " --quiet --out " + quoted(out));
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.output, Catch::Contains("already exists; pass --overwrite"));
  CHECK(read_text(out) == "an earlier result");
  const CommandResult replaced =
      run_lmsim("run " + baseline() + " --quiet --overwrite --out " + quoted(out));
  CHECK(replaced.exit_code == 0);
  CHECK(read_text(out).substr(1, 3) == "HDF");
}

TEST_CASE("lmsim run refuses bad scenarios with file, line and key", "[cli][run]") {
  TempDir tmp;
  const fs::path out = tmp / "out.h5";
  struct Case {
    std::string body;
    std::string expected;
  };
  const Case c = GENERATE(values<Case>({
      {"titel = \"x\"\n", "scenario.toml:2:1: titel: unknown key (did you mean 'title'?)"},
      {"[parameters]\nseparation_rate = 2.5\n",
       "scenario.toml:3:19: parameters.separation_rate: value 2.5 is outside the allowed range [0, "
       "1]"},
      {"[parameters]\nseparaton_rate = 0.01\n",
       "parameters.separaton_rate: unknown parameter (did you mean 'separation_rate'?)"},
      {"[parameters]\nseparation_rate = \"high\"\n",
       "parameters.separation_rate: expected a number"},
      {"start = \"2025-13\"\n", "scenario.toml:2:9: start: date outside 2000-01 .. 2100-12"},
      {"end = 2020\n", "end: the horizon ends before it starts"},
      {"time_step = \"week\"\n", "time_step: 'week' is not an available time step"},
      {"time_step = \"6.75 weeks\"\nsteps = 10\n",
       "time_step '6.75 weeks' runs the demand side and matching only"},
      {"[occupational_network]\noccupations = \"jobs.csv\"\nemployment_column = \"e0\"\n",
       "a published occupational network has no population or supply side"},
      {"title = \n", "scenario.toml:2:"},
      {"[[levers]]\ntype = \"defence_expanson\"\n",
       "unknown lever type 'defence_expanson' (did you mean 'defence_expansion'?)"},
      // Tension divides by the WW counts the model records since this parameter went.
      {"[parameters]\nww_benefit_share = 0.35\n",
       "scenario.toml:3:20: parameters.ww_benefit_share: unknown parameter: removed, tension now "
       "divides vacancies by the WW benefits under 6 months that the model counts (the result "
       "variable ww_under_6_months), as UWV does; delete this line"},
  }));
  const fs::path file = scenario_with(tmp, c.body);
  const CommandResult result = run_lmsim("run " + quoted(file) + " --out " + quoted(out));
  INFO(result.output);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Catch::Contains(c.expected));
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(has_temporary_files(tmp.path()));
}

TEST_CASE("lmsim run refuses missing files and folders", "[cli][run]") {
  TempDir tmp;
  SECTION("missing scenario") {
    const CommandResult r =
        run_lmsim("run " + quoted(tmp / "nope.toml") + " --out " + quoted(tmp / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("nope.toml: scenario file not found"));
  }
  SECTION("missing data directory") {
    const CommandResult r = run_lmsim("run " + baseline() + " --data-dir " +
                                      quoted(tmp / "nodata") + " --out " + quoted(tmp / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("nodata: data directory not found"));
  }
  SECTION("missing output folder") {
    const CommandResult r =
        run_lmsim("run " + baseline() + " --out " + quoted(tmp / "missing" / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("does not exist"));
  }
  SECTION("missing base scenario") {
    const fs::path file = tmp / "child.toml";
    write_text(file, "base = \"no-such-base.toml\"\n");
    const CommandResult r = run_lmsim("run " + quoted(file) + " --out " + quoted(tmp / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("child.toml:1:8: base: base scenario"));
  }
  SECTION("scenarios that inherit from each other") {
    write_text(tmp / "a.toml", "base = \"b.toml\"\n");
    write_text(tmp / "b.toml", "base = \"a.toml\"\n");
    const CommandResult r =
        run_lmsim("run " + quoted(tmp / "a.toml") + " --out " + quoted(tmp / "o.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("inherit from each other in a cycle"));
  }
  CHECK_FALSE(has_temporary_files(tmp.path()));
}

TEST_CASE("command-line options override the scenario and are stored in the result", "[cli][run]") {
  TempDir tmp;
  const fs::path out = tmp / "seeded.h5";
  const fs::path data = copy_default_data(tmp);
  REQUIRE(run_lmsim("run " + baseline() + " --quiet --seed 7 --data-dir " + quoted(data) +
                    " --out " + quoted(out))
              .exit_code == 0);
  CHECK_THAT(run_shell("h5dump -a /seed " + quoted(out)).output, Catch::Contains("\"7\""));
  CHECK_THAT(run_shell("h5dump -a /data_dir " + quoted(out)).output,
             Catch::Contains(data.string()));
}

TEST_CASE("lmsim run refuses a negative or malformed --seed before it runs", "[cli][run]") {
  // Boost's conversion took "-1" as 18446744073709551615; seed = -1 in a scenario is refused.
  TempDir tmp;
  const fs::path out = tmp / "r.h5";
  for (const std::string seed :
       {"-1", "-18446744073709551615", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "1.5", "abc", "+-5", "''"}) {
    INFO("--seed " << seed);
    const CommandResult r =
        run_lmsim("run " + baseline() + " --quiet --seed " + seed + " --out " + quoted(out));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::StartsWith("lmsim run: --seed must be a whole number from 0 to "
                                           "9223372036854775807, not '"));
  }
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("lmsim run takes every seed from 0 to 2^63 - 1", "[cli][run]") {
  TempDir tmp;
  const fs::path scenario = scenario_with(tmp, "end = \"2025-03\"\n");
  for (const std::string seed : {"0", "+5", "9223372036854775807"}) {
    INFO("--seed " << seed);
    const fs::path out = tmp / "seeded.h5";
    REQUIRE(run_lmsim("run " + quoted(scenario) + " --quiet --overwrite --seed " + seed +
                      " --out " + quoted(out))
                .exit_code == 0);
    const std::string stored = seed == "+5" ? "5" : seed;
    CHECK_THAT(run_shell("h5dump -a /seed " + quoted(out)).output,
               Catch::Contains("\"" + stored + "\""));
    // The stored scenario keeps the seed as it is, so that it runs again with it.
    CHECK_THAT(run_shell("h5dump -a /scenario " + quoted(out)).output,
               Catch::Contains("seed = " + stored));
  }
}

TEST_CASE("lmsim run and sweep refuse an empty --out instead of writing under another name",
          "[cli][run]") {
  // Before, --out "" wrote SCENARIO.h5 (or SWEEP.h5) in the current folder.
  TempDir tmp;
  const std::string in_tmp = "cd " + quoted(tmp.path()) + " && " + LMSIM_BINARY + " ";
  const CommandResult run = run_shell(in_tmp + "run " + baseline() + " --quiet --out ''");
  CHECK(run.exit_code == 2);
  CHECK(run.output ==
        "lmsim run: --out is empty: give a file name, or leave out --out to write SCENARIO.h5\n");
  const CommandResult sweep =
      run_shell(in_tmp + "sweep " +
                quoted(source_dir() / "scenarios" / "sweeps" / "baseline_uncertainty.toml") +
                " --quiet --out ''");
  CHECK(sweep.exit_code == 2);
  CHECK(sweep.output ==
        "lmsim sweep: --out is empty: give a file name, or leave out --out to write SWEEP.h5\n");
  CHECK(fs::is_empty(tmp.path()));
}

TEST_CASE("a write that fails (file size limit) leaves no file and says why", "[cli][run]") {
  // A file size limit makes writes fail like a full disk does, without root rights: the shell
  // ignores SIGXFSZ so that write() returns an error instead of killing the process.
  TempDir tmp;
  const fs::path out = tmp / "limited.h5";
  const CommandResult r =
      run_shell("bash -c \"trap '' XFSZ; ulimit -f 2000; " + std::string(LMSIM_BINARY) + " run " +
                baseline() + " --quiet --out " + quoted(out) + "\"");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("cannot write " + out.string()));
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(has_temporary_files(tmp.path()));
}

TEST_CASE("an ensemble whose second file fails to write leaves neither file",
          "[cli][run][abm][ensemble]") {
  // The statistics file (about 2.1 MB here) fits under the limit, the replicates file (about
  // 2.5 MB) does not: both are written under temporary names and renamed only when both are
  // complete, so neither appears.
  TempDir tmp;
  const fs::path scenario = scenario_with(tmp, "end = \"2025-12\"\n");
  const fs::path out = tmp / "ensemble.h5";
  const CommandResult r = run_shell(
      "bash -c \"trap '' XFSZ; ulimit -f 2300; " + std::string(LMSIM_BINARY) + " run " +
      quoted(scenario) + " --engine abm --scale 500 --replicates 8 --keep-replicates --quiet " +
      "--out " + quoted(out) + "\"");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output,
             Catch::Contains("cannot write " + (tmp / "ensemble.replicates.h5").string()));
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(fs::exists(tmp / "ensemble.replicates.h5"));
  CHECK_FALSE(has_temporary_files(tmp.path()));
}

// Every dataset and attribute of two result files must be identical except the creation time
// ('created' and 'history'); h5diff lists each difference on a line of its own.
void check_identical_but_creation_time(const fs::path& a, const fs::path& b) {
  const CommandResult diff = run_shell("h5diff " + quoted(a) + " " + quoted(b));
  INFO(diff.output);
  std::istringstream lines(diff.output);
  std::string line;
  int differences = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line.find("differences found") != std::string::npos) continue;
    ++differences;
    const bool creation_time = line.find("<created of </>>") != std::string::npos ||
                               line.find("<history of </>>") != std::string::npos;
    CHECK(creation_time);
  }
  CHECK(differences <= 2);  // none when both runs fall in the same second
}

TEST_CASE("the same scenario gives the same result file for 1, 2 and 4 threads",
          "[cli][run][determinism]") {
  // The region-local processes run regions in parallel; their records are added in region
  // order, so the number of threads must not change a single bit. krapte_2035 combines levers.
  for (const char* scenario : {"baseline.toml", "krapte_2035.toml"}) {
    DYNAMIC_SECTION(scenario) {
      TempDir tmp;
      const auto run_with = [&](int threads) {
        const fs::path out = tmp / ("t" + std::to_string(threads) + ".h5");
        const CommandResult r =
            run_lmsim("run " + quoted(source_dir() / "scenarios" / scenario) +
                      " --quiet --threads " + std::to_string(threads) + " --out " + quoted(out));
        REQUIRE(r.exit_code == 0);
        return out;
      };
      const fs::path one = run_with(1);
      check_identical_but_creation_time(one, run_with(2));
      check_identical_but_creation_time(one, run_with(4));
    }
  }
}

TEST_CASE("the agent-based engine gives the same result file for 1, 2 and 4 threads",
          "[cli][run][determinism][abm]") {
  // Every draw is keyed by person and month and every count is a whole number, so the number of
  // threads must not change a single bit of any dataset.
  TempDir tmp;
  const fs::path scenario = scenario_with(tmp, "end = \"2026-06\"\n");
  const auto run_with = [&](int threads) {
    const fs::path out = tmp / ("abm" + std::to_string(threads) + ".h5");
    const CommandResult r =
        run_lmsim("run " + quoted(scenario) + " --engine abm --scale 50" + " --quiet --threads " +
                  std::to_string(threads) + " --out " + quoted(out));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return out;
  };
  const fs::path one = run_with(1);
  check_identical_but_creation_time(one, run_with(2));
  check_identical_but_creation_time(one, run_with(4));
}

TEST_CASE("the agent-based engine writes the stock-flow variables and its distributions",
          "[cli][run][abm]") {
  TempDir tmp;
  const fs::path scenario = scenario_with(tmp, "end = \"2025-06\"\n");
  const fs::path abm = tmp / "abm.h5";
  const fs::path stock_flow = tmp / "sf.h5";
  const CommandResult a =
      run_lmsim("run " + quoted(scenario) + " --engine abm --scale 100 --out " + quoted(abm));
  INFO(a.output);
  REQUIRE(a.exit_code == 0);
  CHECK_THAT(a.output, Catch::Contains("Tension by region"));
  // Not a terminal: no progress bar.
  CHECK_THAT(a.output, !Catch::Contains("persons/s"));
  REQUIRE(run_lmsim("run " + quoted(scenario) + " -q --out " + quoted(stock_flow)).exit_code == 0);
  const CommandResult info_abm = run_lmsim("info " + quoted(abm));
  const CommandResult info_sf = run_lmsim("info " + quoted(stock_flow));
  REQUIRE(info_abm.exit_code == 0);
  CHECK_THAT(info_abm.output, Catch::Contains("abm"));
  for (const char* variable : {"employed", "unemployed", "vacancies", "hires", "tension",
                               "population_by_status", "flows", "retirements_employees"}) {
    CHECK_THAT(info_sf.output, Catch::Contains(variable));
    CHECK_THAT(info_abm.output, Catch::Contains(variable));
  }
  CHECK_THAT(info_abm.output, Catch::Contains("spells_ending_in_work"));
  CHECK_THAT(info_abm.output, Catch::Contains("retirement_age"));
  CHECK_THAT(info_sf.output, !Catch::Contains("spells_ending_in_work"));
}

TEST_CASE("lmsim run refuses a scale it cannot use", "[cli][run][abm]") {
  TempDir tmp;
  const fs::path out = tmp / "r.h5";
  const CommandResult zero =
      run_lmsim("run " + baseline() + " --engine abm --scale 0 --out " + quoted(out));
  CHECK(zero.exit_code == 2);
  CHECK_THAT(zero.output, Catch::Contains("--scale must be a whole number from 1"));
  for (const char* scale : {"-1", "1000000"}) {
    const CommandResult refused =
        run_lmsim("run " + baseline() + " --engine abm --scale " + scale + " --out " + quoted(out));
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.output, Catch::Contains("--scale must be a whole number from 1"));
  }
  const CommandResult text =
      run_lmsim("run " + baseline() + " --engine abm --scale ten --out " + quoted(out));
  CHECK(text.exit_code == 2);
  const CommandResult stock_flow =
      run_lmsim("run " + baseline() + " --scale 5 --out " + quoted(out));
  CHECK(stock_flow.exit_code == 2);
  CHECK_THAT(stock_flow.output,
             Catch::Contains("--scale applies to the agent-based engine (--engine abm)"));
  const CommandResult engine =
      run_lmsim("run " + baseline() + " --engine agents --out " + quoted(out));
  CHECK(engine.exit_code == 2);
  CHECK_THAT(engine.output, Catch::Contains("available: stock-flow, abm"));
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("lmsim run refuses replicate options it cannot use, before it runs",
          "[cli][run][abm][ensemble]") {
  TempDir tmp;
  const fs::path out = tmp / "ensemble.h5";
  struct Refusal {
    const char* options;
    const char* says;
  };
  const Refusal refusals[] = {
      {"--replicates 3", "--replicates needs --engine abm"},
      {"--engine abm --replicates 0", "a number from 1 to 10000"},
      {"--engine abm --keep-replicates", "--keep-replicates needs --replicates N"},
      // 9,999 replicates of 2025-2040 do not fit in memory.
      {"--engine abm --replicates 9999", "replicates need about"},
  };
  for (const Refusal& r : refusals) {
    const CommandResult result =
        run_lmsim("run " + baseline() + " " + r.options + " --out " + quoted(out));
    INFO(r.options);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Catch::Contains(r.says));
  }
  // An existing replicates file is refused before the run, and the statistics file is not
  // written either.
  write_text(tmp / "ensemble.replicates.h5", "earlier replicates");
  const CommandResult existing =
      run_lmsim("run " + baseline() + " --engine abm --scale 1000 --replicates 2 " +
                "--keep-replicates --out " + quoted(out));
  CHECK(existing.exit_code == 2);
  CHECK_THAT(existing.output, Catch::Contains("ensemble.replicates.h5"));
  CHECK_THAT(existing.output, Catch::Contains("already exists; pass --overwrite"));
  CHECK_FALSE(fs::exists(out));
  CHECK(read_text(tmp / "ensemble.replicates.h5") == "earlier replicates");
}

TEST_CASE("an ensemble is summarised and compared by its mean", "[cli][run][abm][ensemble]") {
  TempDir tmp;
  const fs::path scenario = scenario_with(tmp, "end = \"2025-06\"\n");
  const fs::path ensemble = tmp / "ensemble.h5";
  const fs::path single = tmp / "single.h5";
  const CommandResult run =
      run_lmsim("run " + quoted(scenario) + " --engine abm --scale 500 --replicates 3 --out " +
                quoted(ensemble));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.output, Catch::Contains("(mean of 3 replicates)"));
  CHECK_FALSE(fs::exists(tmp / "ensemble.replicates.h5"));  // only with --keep-replicates
  REQUIRE(run_lmsim("run " + quoted(scenario) + " -q --out " + quoted(single)).exit_code == 0);
  const CommandResult compared = run_lmsim("compare " + quoted(single) + " " + quoted(ensemble));
  INFO(compared.output);
  CHECK(compared.exit_code == 0);
  CHECK_THAT(compared.output, Catch::Contains("mean of the replicates"));
  const CommandResult info = run_lmsim("info " + quoted(ensemble));
  CHECK_THAT(info.output, Catch::Contains("statistics over replicates: mean, sd, p05, p50, p95"));
  CHECK_THAT(info.output, Catch::Contains("tension_class_probability"));
}

TEST_CASE("two files of replicates are also compared replicate by replicate",
          "[cli][compare][abm][ensemble]") {
  TempDir tmp;
  const fs::path base_scenario = scenario_with(tmp, "end = \"2025-12\"\n");
  const fs::path lever = tmp / "lever.toml";
  write_text(lever, "base = \"" + base_scenario.string() + "\"\ntitle = \"Fewer migrants\"\n" +
                        "[[levers]]\ntype = \"labour_migration_decline\"\nregions = \"all\"\n" +
                        "occupations = \"all\"\nreduction = 0.5\n" +
                        "profile = { shape = \"step\", from = 2025 }\n");
  for (const auto& [scenario, out] :
       {std::pair{base_scenario, tmp / "base.h5"}, std::pair{lever, tmp / "lever.h5"}}) {
    const CommandResult run =
        run_lmsim("run " + quoted(scenario) + " --engine abm --scale 500 --replicates 3 " +
                  "--keep-replicates -q --out " + quoted(out));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
  }
  const CommandResult compared = run_lmsim("compare " + quoted(tmp / "base.replicates.h5") + " " +
                                           quoted(tmp / "lever.replicates.h5") + " --top 3");
  INFO(compared.output);
  CHECK(compared.exit_code == 0);
  CHECK_THAT(compared.output,
             Catch::Contains("Replicate by replicate (common random numbers, 3 pairs"));
  CHECK_THAT(compared.output, Catch::Contains("% of pairs"));
  // Runs with another seed share no random numbers: no pairs.
  REQUIRE(run_lmsim("run " + quoted(lever) + " --engine abm --scale 500 --replicates 3 " +
                    "--keep-replicates -q --seed 7 --out " + quoted(tmp / "seven.h5"))
              .exit_code == 0);
  const CommandResult unpaired = run_lmsim("compare " + quoted(tmp / "base.replicates.h5") + " " +
                                           quoted(tmp / "seven.replicates.h5"));
  CHECK(unpaired.exit_code == 0);
  CHECK_THAT(unpaired.output, Catch::Contains("the runs differ in seed"));
  CHECK_THAT(unpaired.output, !Catch::Contains("pairs: each replicate"));
  // The statistics files hold no replicates: their means are compared, nothing more.
  const CommandResult means =
      run_lmsim("compare " + quoted(tmp / "base.h5") + " " + quoted(tmp / "lever.h5"));
  CHECK(means.exit_code == 0);
  CHECK_THAT(means.output, !Catch::Contains("Replicate by replicate"));
}

TEST_CASE("lmsim run refuses --network for lmsim's own data", "[cli][run]") {
  TempDir tmp;
  const CommandResult r =
      run_lmsim("run " + baseline() + " --network complete --out " + quoted(tmp / "o.h5"));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Catch::Contains(
                           "--network applies to a scenario with an [occupational_network] table"));
  CHECK_FALSE(fs::exists(tmp / "o.h5"));
}

TEST_CASE("a run writes the variables its scenario or --variables names, and no others",
          "[cli][run]") {
  TempDir tmp;
  const fs::path all = tmp / "all.h5";
  const fs::path some = tmp / "some.h5";
  REQUIRE(run_lmsim("run " + baseline() + " --quiet --compress 0 --out " + quoted(all)).exit_code ==
          0);
  const fs::path scenario =
      scenario_with(tmp, "[outputs]\nvariables = [\"vacancies\", \"employed\"]\n");
  const CommandResult selected =
      run_lmsim("run " + quoted(scenario) + " --compress 0 --out " + quoted(some));
  INFO(selected.output);
  REQUIRE(selected.exit_code == 0);
  // The summary gives what the two variables allow, and no tension.
  CHECK_THAT(selected.output, Catch::Contains("employed"));
  CHECK_THAT(selected.output, !Catch::Contains("Tension by region"));
  const ResultSet full = outputs::read_whole_result_file(all);
  const ResultSet part = outputs::read_whole_result_file(some);
  REQUIRE(part.variables.size() == 2);
  for (const Variable& v : part.variables) {
    INFO(v.name);
    CHECK(v.data == full.variable(v.name).data);  // the same values as the full run's
  }
  CHECK(part.variables[0].name == "employed");  // in the file's usual order
  CHECK(part.dimensions.size() == full.dimensions.size());
  CHECK(fs::file_size(some) < fs::file_size(all) / 4);
  // --variables replaces the scenario's list; "all" writes every variable again.
  REQUIRE(run_lmsim("run " + quoted(scenario) + " --quiet --overwrite --variables all --out " +
                    quoted(some))
              .exit_code == 0);
  CHECK(outputs::read_whole_result_file(some).variables.size() == full.variables.size());
  REQUIRE(run_lmsim("run " + baseline() + " --quiet --overwrite --variables tension --out " +
                    quoted(some))
              .exit_code == 0);
  CHECK(outputs::read_whole_result_file(some).variables.size() == 1);
}

TEST_CASE("lmsim run refuses unknown output variables before it runs", "[cli][run]") {
  TempDir tmp;
  const fs::path out = tmp / "result.h5";
  const CommandResult typed =
      run_lmsim("run " + baseline() + " --variables employed,vacancie --out " + quoted(out));
  CHECK(typed.exit_code == 2);
  CHECK_THAT(typed.output, Catch::Contains("--variables: unknown output variable 'vacancie' (did "
                                           "you mean 'vacancies'?) (available: employed, "));
  CHECK(run_lmsim("run " + baseline() + " --variables employed,,tension --out " + quoted(out))
            .exit_code == 2);
  CHECK_THAT(
      run_lmsim("run " + baseline() + " --variables employed,all --out " + quoted(out)).output,
      Catch::Contains("--variables: \"all\" stands alone"));
  const fs::path scenario =
      scenario_with(tmp, "[outputs]\nvariables = [\"employed\",\n  \"tensoin\"]\n");
  const CommandResult in_file = run_lmsim("run " + quoted(scenario) + " --out " + quoted(out));
  CHECK(in_file.exit_code == 2);
  CHECK_THAT(in_file.output,
             Catch::Contains(scenario.string() + ":4:3: outputs.variables: "
                                                 "unknown output variable 'tensoin' (did you mean "
                                                 "'tension'?)"));
  CHECK_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace lmsim::test
