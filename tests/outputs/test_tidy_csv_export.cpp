// outputs/tidy_csv_export's export_tidy_csv on a small result set written with write_hdf5 and
// read back: one row per value in row-major order with ISO dates and text coordinates, numbers
// that read back as the same doubles (inf for infinity), RFC 4180 quoting, the variables.csv
// catalogue, a did-you-mean for unknown variables, no overwriting without `overwrite` and no
// temporary files left behind.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/result_set.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/result_file_reader.hpp"
#include "outputs/tidy_csv_export.hpp"
#include "tests/support/small_result_set.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A result file of small_result_set() in `tmp`, read back as lmsim export reads it.
struct Exported {
  fs::path file;
  ResultSet results;
};

outputs::ExportOptions options_of(std::vector<std::string> variables, bool overwrite) {
  outputs::ExportOptions options;
  options.variables = std::move(variables);
  options.overwrite = overwrite;
  return options;
}

Exported written_and_read(const TempDir& tmp) {
  const fs::path file = tmp / "small.h5";
  outputs::write_hdf5(small_result_set(), file, {false, 1});
  return {file, outputs::read_whole_result_file(file)};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// The last comma-separated field of a line (the value column, never quoted).
std::string last_field(const std::string& line) {
  return line.substr(line.rfind(',') + 1);
}

double parsed(const std::string& text) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  REQUIRE(end == text.c_str() + text.size());
  return value;
}

// Temporary files in the folder, or temporary folders beside it (engine/atomic_folder.hpp).
bool has_temporary_files(const fs::path& folder) {
  for (const fs::path& where : {folder, folder.parent_path()}) {
    for (const auto& entry : fs::directory_iterator(where)) {
      const std::string name = entry.path().filename().string();
      if (name.find(".tmp.") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

TEST_CASE("export_tidy_csv writes one row per value, last dimension fastest, with dates and names",
          "[outputs][export]") {
  TempDir tmp;
  const Exported in = written_and_read(tmp);
  const fs::path folder = tmp / "csv";
  const auto written = outputs::export_tidy_csv(in.results, in.file.string(), folder, {});
  CHECK(written.size() == 3);
  REQUIRE(fs::exists(folder / "employed.csv"));

  const std::vector<std::string> rows = lines_of(read_text(folder / "employed.csv"));
  REQUIRE(rows.size() == 1 + 6);
  CHECK(rows[0] == "time,region,region_name,value");
  const std::string noord = "\"Noord, \"\"oost\"\"\"";  // RFC 4180: quoted, quotes doubled
  const std::vector<std::string> keys = {"2025-01-01,R1," + noord + ",", "2025-01-01,R2,Fryslân,",
                                         "2025-02-01,R1," + noord + ",", "2025-02-01,R2,Fryslân,",
                                         "2025-03-01,R1," + noord + ",", "2025-03-01,R2,Fryslân,"};
  const ResultSet original = small_result_set();
  const std::vector<double>& values = original.variable("employed").data;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    INFO("row " << i + 1 << ": " << rows[i + 1]);
    CHECK(rows[i + 1].rfind(keys[i], 0) == 0);
    CHECK(rows[i + 1].size() > keys[i].size());
    CHECK(parsed(rows[i + 1].substr(keys[i].size())) == values[i]);
  }
  CHECK(last_field(rows[4]) == "inf");
  CHECK(parsed(last_field(rows[2])) == 0.1 + 0.2);
  CHECK(parsed(last_field(rows[2])) != 0.3);
  CHECK(rows[6] == "2025-03-01,R2,Fryslân,123456.789");

  const std::vector<std::string> retirements = lines_of(read_text(folder / "retirements.csv"));
  REQUIRE(retirements.size() == 1 + 3);
  CHECK(retirements[0] == "time,value");
  CHECK(retirements[1] == "2025-01-01,12.25");
  CHECK(retirements[2] == "2025-02-01,0");
  CHECK(parsed(last_field(retirements[3])) == 2.0 / 7.0);
  CHECK_FALSE(has_temporary_files(folder));
}

TEST_CASE("export_tidy_csv lists the exported variables with their units in variables.csv",
          "[outputs][export]") {
  TempDir tmp;
  const Exported in = written_and_read(tmp);
  const fs::path folder = tmp / "csv";
  SECTION("every variable by default") {
    outputs::export_tidy_csv(in.results, in.file.string(), folder, {});
    CHECK(read_text(folder / "variables.csv") ==
          "variable,dimensions,units,long_name,long_name_nl,file\n"
          "employed,time x region,persons,employed persons,werkzame personen,employed.csv\n"
          "retirements,time,persons per month,employees retiring,werknemers met pensioen,"
          "retirements.csv\n");
  }
  SECTION("only the chosen ones with --variable") {
    const auto written = outputs::export_tidy_csv(in.results, in.file.string(), folder,
                                                  options_of({"retirements"}, false));
    CHECK(written == std::vector<fs::path>{folder / "retirements.csv", folder / "variables.csv"});
    CHECK_FALSE(fs::exists(folder / "employed.csv"));
    CHECK(lines_of(read_text(folder / "variables.csv")).size() == 2);
    CHECK_THAT(read_text(folder / "variables.csv"),
               Catch::Contains("retirements,time,persons per month,"));
  }
  CHECK_FALSE(has_temporary_files(folder));
}

TEST_CASE("export_tidy_csv refuses an unknown variable and suggests the nearest name",
          "[outputs][export]") {
  TempDir tmp;
  const Exported in = written_and_read(tmp);
  const fs::path folder = tmp / "csv";
  const outputs::ExportOptions options = options_of({"employed", "employd"}, false);
  REQUIRE_THROWS_AS(outputs::export_tidy_csv(in.results, in.file.string(), folder, options),
                    InputError);
  REQUIRE_THROWS_WITH(outputs::export_tidy_csv(in.results, in.file.string(), folder, options),
                      Catch::Contains(in.file.string()) &&
                          Catch::Contains("no variable 'employd'") &&
                          Catch::Contains("did you mean 'employed'?"));
  // Refused before anything is written.
  CHECK_FALSE(fs::exists(folder / "employed.csv"));
  CHECK_FALSE(fs::exists(folder / "variables.csv"));
}

TEST_CASE("export_tidy_csv replaces an earlier export, as a whole, only with overwrite",
          "[outputs][export]") {
  TempDir tmp;
  const Exported in = written_and_read(tmp);
  const fs::path folder = tmp / "csv";
  outputs::export_tidy_csv(in.results, in.file.string(), folder, options_of({"employed"}, false));
  write_text(folder / "employed.csv", "an earlier export\n");
  const std::string catalogue = read_text(folder / "variables.csv");

  REQUIRE_THROWS_AS(outputs::export_tidy_csv(in.results, in.file.string(), folder, {}), InputError);
  REQUIRE_THROWS_WITH(outputs::export_tidy_csv(in.results, in.file.string(), folder, {}),
                      Catch::Contains(folder.string() + ": the output folder already exists") &&
                          Catch::Contains("--overwrite"));
  CHECK(read_text(folder / "employed.csv") == "an earlier export\n");
  CHECK(read_text(folder / "variables.csv") == catalogue);
  CHECK_FALSE(fs::exists(folder / "retirements.csv"));
  CHECK_FALSE(has_temporary_files(folder));

  outputs::export_tidy_csv(in.results, in.file.string(), folder, options_of({"retirements"}, true));
  CHECK_FALSE(fs::exists(folder / "employed.csv"));  // the whole folder is replaced
  CHECK(lines_of(read_text(folder / "retirements.csv")).front() == "time,value");
  CHECK_THAT(read_text(folder / "variables.csv"), Catch::Contains("retirements,time,"));
  CHECK_FALSE(has_temporary_files(folder));
}

TEST_CASE("export_tidy_csv never replaces a folder that is not an earlier export",
          "[outputs][export]") {
  TempDir tmp;
  const Exported in = written_and_read(tmp);
  const fs::path folder = tmp / "csv";
  fs::create_directories(folder);
  write_text(folder / "variables.csv", "an earlier catalogue\n");
  REQUIRE_THROWS_WITH(
      outputs::export_tidy_csv(in.results, in.file.string(), folder, options_of({}, true)),
      Catch::Contains("not a folder of lmsim export"));
  CHECK(read_text(folder / "variables.csv") == "an earlier catalogue\n");
  CHECK_FALSE(has_temporary_files(folder));
}

TEST_CASE("export_tidy_csv exports a variable named twice once", "[outputs][export]") {
  TempDir tmp;
  const Exported in = written_and_read(tmp);
  const fs::path folder = tmp / "csv";
  const outputs::ExportOptions options = options_of({"employed", "employed"}, false);
  const auto written = outputs::export_tidy_csv(in.results, in.file.string(), folder, options);
  CHECK(written.size() == 2);  // employed.csv and variables.csv
  CHECK(lines_of(read_text(folder / "variables.csv")).size() == 2);
  CHECK_FALSE(has_temporary_files(folder));
}

}  // namespace
}  // namespace lmsim::test
