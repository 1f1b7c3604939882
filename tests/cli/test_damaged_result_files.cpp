// Damaged result files given to compare, info, export and report: every command refuses them
// with exit code 2 and a message naming the file, never crashes, and writes nothing. The inputs
// in fuzz/regressions/result_file were found by fuzz/fuzz_result_file; two of them crash the
// HDF5 library (1.10) itself, which lmsim survives by reading result files in a child process
// first (outputs/isolated_read.hpp). The inputs carry no .h5 extension: they are test inputs, not
// results; another makes it loop, which the child's time limit ends.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> damaged_files() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(source_dir() / "fuzz" / "regressions" / "result_file")) {
    // The file that makes HDF5 loop costs the time allowed (10 s) per command: tested once below.
    if (entry.path().filename() != "loops_hdf5") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("every command refuses a damaged result file with exit 2 and its name",
          "[cli][damaged]") {
  const std::vector<fs::path> files = damaged_files();
  REQUIRE(files.size() >= 3);
  for (const fs::path& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      TempDir tmp;
      for (const std::string& command :
           {"info " + quoted(file), "compare " + quoted(file) + " " + quoted(file),
            "export " + quoted(file) + " --csv " + quoted(tmp / "csv"),
            "report " + quoted(file) + " --out " + quoted(tmp / "annex")}) {
        INFO(command);
        const CommandResult result = run_lmsim(command);
        INFO(result.output);
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.output, Catch::Contains(file.string()));
        CHECK_THAT(result.output, Catch::Contains("lmsim: error:"));
      }
      CHECK_FALSE(fs::exists(tmp / "csv"));
      CHECK_FALSE(fs::exists(tmp / "annex"));
    }
  }
}

TEST_CASE("a file that crashes the HDF5 library is reported as damaged", "[cli][damaged]") {
  // _b lists a dataset whose header cannot be read, which the reader now refuses before the
  // library gets to the read that crashes; _a still crashes it in the child process.
  for (const auto& [name, message] : std::initializer_list<std::pair<const char*, const char*>>{
           {"crashes_hdf5_in_release_a", "damaged result file: the HDF5 library failed"},
           {"crashes_hdf5_in_release_b",
            "time: damaged result file: the file lists this object but it cannot be read"}}) {
    const fs::path file = source_dir() / "fuzz" / "regressions" / "result_file" / name;
    const CommandResult result = run_lmsim("info " + quoted(file));
    INFO(result.output);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Catch::Contains(message));
  }
}

TEST_CASE("a file on which the HDF5 library loops is reported as damaged in bounded time",
          "[cli][damaged]") {
  const fs::path file = source_dir() / "fuzz" / "regressions" / "result_file" / "loops_hdf5";
  const CommandResult result = run_lmsim("info " + quoted(file));
  INFO(result.output);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Catch::Contains("damaged result file: reading it did not finish in"));
}

TEST_CASE("a result file cut short is refused with a clear message", "[cli][damaged]") {
  TempDir tmp;
  const fs::path whole = tmp / "whole.h5";
  REQUIRE(run_lmsim("run " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                    " --quiet --out " + quoted(whole))
              .exit_code == 0);
  for (const double fraction : {0.01, 0.3, 0.9}) {
    const fs::path cut = tmp / "cut.h5";
    fs::copy_file(whole, cut, fs::copy_options::overwrite_existing);
    fs::resize_file(
        cut, static_cast<std::uintmax_t>(static_cast<double>(fs::file_size(whole)) * fraction));
    const CommandResult result = run_lmsim("info " + quoted(cut));
    INFO(fraction << ": " << result.output);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Catch::Contains(cut.string()));
  }
}

}  // namespace
}  // namespace lmsim::test
