// Output folders (engine/atomic_folder.hpp) through the binary: lmsim export builds its CSV
// folder under a temporary name and publishes it only complete, so an export stopped after some
// files (SIGKILL, SIGTERM, SIGINT; the test hook LMSIM_EXPORT_KILL_AFTER, docs/testing.md)
// leaves no folder under the final name, and with --overwrite leaves the earlier export as it
// was; a killed export's temporary folder is removed by the next command writing there.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "engine/atomic_folder.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

fs::path short_result(const TempDir& tmp) {
  const fs::path scenario = tmp / "short.toml";
  write_text(scenario, "base = " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                           "\nstart = \"2025-01\"\nend = \"2025-12\"\n");
  const fs::path out = tmp / "short.h5";
  const CommandResult run = run_lmsim("run " + quoted(scenario) + " --out " + quoted(out) + " -q");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return out;
}

// lmsim export of three variables (four files with variables.csv), stopped by `signal_name`
// right after its `after`-th file.
CommandResult stopped_export(const fs::path& result, const fs::path& folder, int after,
                             const std::string& signal_name, const std::string& more = "") {
  return run_shell("LMSIM_EXPORT_KILL_AFTER=" + std::to_string(after) +
                   " LMSIM_EXPORT_KILL_SIGNAL=" + signal_name + " timeout 120 " + LMSIM_BINARY +
                   " export " + quoted(result) + " --csv " + quoted(folder) +
                   " --variable employed --variable vacancies --variable tension -q" + more);
}

TEST_CASE("an export stopped part way leaves no CSV folder", "[cli][export][kill]") {
  TempDir tmp;
  const fs::path result = short_result(tmp);
  const fs::path folder = tmp / "csv";
  for (const char* signal_name : {"KILL", "TERM", "INT"}) {
    for (int after : {1, 2, 4}) {
      INFO(signal_name << " after " << after << " files");
      const CommandResult stopped = stopped_export(result, folder, after, signal_name);
      INFO(stopped.output);
      CHECK(stopped.exit_code != 0);
      CHECK_FALSE(fs::exists(folder));
      // SIGTERM and SIGINT let lmsim remove its temporary folder; after SIGKILL it stays.
      if (std::string(signal_name) != "KILL") CHECK_FALSE(has_temporary_folders(tmp.path()));
    }
  }
  // The next export in the same folder completes and removes what the killed ones left.
  const CommandResult whole = run_lmsim("export " + quoted(result) + " --csv " + quoted(folder) +
                                        " --variable employed -q");
  INFO(whole.output);
  CHECK(whole.exit_code == 0);
  CHECK(fs::exists(folder / "employed.csv"));
  CHECK(fs::exists(folder / "variables.csv"));
  CHECK_FALSE(has_temporary_folders(tmp.path()));
}

TEST_CASE("an export with --overwrite stopped part way leaves the earlier export as it was",
          "[cli][export][kill]") {
  TempDir tmp;
  const fs::path result = short_result(tmp);
  const fs::path folder = tmp / "csv";
  REQUIRE(run_lmsim("export " + quoted(result) + " --csv " + quoted(folder) +
                    " --variable employed --variable vacancies --variable tension -q")
              .exit_code == 0);
  write_text(folder / "employed.csv", "earlier\n");
  const std::string catalogue = read_text(folder / "variables.csv");
  for (const char* signal_name : {"KILL", "TERM"}) {
    for (int after : {1, 3, 4}) {
      INFO(signal_name << " after " << after << " files");
      const CommandResult stopped =
          stopped_export(result, folder, after, signal_name, " --overwrite");
      INFO(stopped.output);
      CHECK(stopped.exit_code != 0);
      CHECK(read_text(folder / "employed.csv") == "earlier\n");
      CHECK(read_text(folder / "variables.csv") == catalogue);
    }
  }
  // Completed, the new export replaces the whole folder: a variable not exported again goes.
  const CommandResult replaced = run_lmsim("export " + quoted(result) + " --csv " + quoted(folder) +
                                           " --variable employed --overwrite -q");
  INFO(replaced.output);
  CHECK(replaced.exit_code == 0);
  CHECK(read_text(folder / "employed.csv") != "earlier\n");
  CHECK_FALSE(fs::exists(folder / "tension.csv"));
  CHECK_FALSE(has_temporary_folders(tmp.path()));
}

TEST_CASE("lmsim export --overwrite replaces only an earlier export", "[cli][export]") {
  TempDir tmp;
  const fs::path result = short_result(tmp);
  const fs::path folder = tmp / "mine";
  fs::create_directories(folder);
  write_text(folder / "notes.txt", "mine");
  const CommandResult refused = run_lmsim("export " + quoted(result) + " --csv " + quoted(folder) +
                                          " --variable employed --overwrite");
  INFO(refused.output);
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.output, Catch::Contains("not a folder of lmsim export"));
  CHECK(read_text(folder / "notes.txt") == "mine");
  // An existing empty folder is filled without --overwrite.
  const fs::path empty = tmp / "empty";
  fs::create_directories(empty);
  const CommandResult filled =
      run_lmsim("export " + quoted(result) + " --csv " + quoted(empty) + " --variable employed");
  INFO(filled.output);
  CHECK(filled.exit_code == 0);
  CHECK(fs::exists(empty / "employed.csv"));
  CHECK_FALSE(has_temporary_folders(tmp.path()));
}

}  // namespace
}  // namespace lmsim::test
