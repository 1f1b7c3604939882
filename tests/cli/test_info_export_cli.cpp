// lmsim info and lmsim export through the binary, on a result file written by lmsim run: info
// describes the run (title, engine, horizon, variables and units) and prints the stored
// scenario; export writes tidy CSV whose values add up to what the result file holds, never
// replaces a folder without --overwrite and suggests the nearest variable name; both exit 2 naming
// the file when it cannot be read. Info shows the scenario's own description (an inherited one
// marked) and lists its levers; the result file stores the title and description in each
// language the scenario gives them in. Export --xlsx refuses monthly values and a sheet past
// Excel's rows, writing nothing (tests/cli/check_xlsx_export.py checks the workbook's contents).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <string>
#include <vector>

#include "engine/scenario.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/result_file_reader.hpp"
#include "outputs/time_coordinate.hpp"
#include "outputs/xlsx_export.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMonths = 192;  // 2025-01 .. 2040-12
constexpr std::size_t kRegions = 35;
constexpr std::size_t kOccupations = 14;

// Runs the baseline scenario into tmp/baseline.h5 and returns that path.
fs::path baseline_result(const TempDir& tmp) {
  const fs::path out = tmp / "baseline.h5";
  const CommandResult run =
      run_lmsim("run " + quoted(source_dir() / "scenarios" / "baseline.toml") + " --out " +
                quoted(out) + " --quiet");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  REQUIRE(fs::exists(out));
  return out;
}

std::vector<std::string> lines_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// Temporary files in the folder or temporary folders beside it (engine/atomic_folder.hpp).
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

TEST_CASE("lmsim info describes a result file written by lmsim run", "[cli][info]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);

  const CommandResult info = run_lmsim("info " + quoted(out));
  INFO(info.output);
  CHECK(info.exit_code == 0);
  CHECK_THAT(info.output, Catch::Contains(out.string()));
  CHECK_THAT(info.output, Catch::Contains("Baseline 2025-2040"));
  CHECK_THAT(info.output, Catch::Contains("stock-flow"));
  CHECK_THAT(info.output, Catch::Contains("2025-01 .. 2040-12 (192 months)"));
  CHECK_THAT(info.output, Catch::Contains("none (one deterministic path)"));
  CHECK_THAT(info.output, Catch::Contains("employed"));
  CHECK_THAT(info.output, Catch::Contains("time x region x occupation"));
  CHECK_THAT(info.output, Catch::Contains("persons"));
}

TEST_CASE("lmsim info --scenario prints the scenario stored in the result file", "[cli][info]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const CommandResult scenario = run_lmsim("info " + quoted(out) + " --scenario");
  INFO(scenario.output);
  CHECK(scenario.exit_code == 0);
  CHECK_THAT(scenario.output, Catch::Contains("title = 'Baseline 2025-2040'") ||
                                  Catch::Contains("title = \"Baseline 2025-2040\""));
  CHECK_THAT(scenario.output, Catch::Contains("start = "));
  // The scenario text alone, not the description.
  CHECK_THAT(scenario.output, !Catch::Contains("lmsim result file"));
  // Both at once: the scenario, then every parameter value.
  const CommandResult both = run_lmsim("info " + quoted(out) + " --scenario --parameters");
  CHECK(both.exit_code == 0);
  CHECK_THAT(both.output, Catch::Contains("start = ") && Catch::Contains("separation_rate = "));
}

// The value of a global attribute of a result file; empty when it is absent.
std::string attribute_of(const ResultSet& results, const std::string& name) {
  for (const auto& [key, value] : results.attributes)
    if (key == name) return value;
  return "";
}

bool has_attribute(const ResultSet& results, const std::string& name) {
  for (const auto& attribute : results.attributes)
    if (attribute.first == name) return true;
  return false;
}

TEST_CASE("lmsim info shows the baseline's own description and says it has no levers",
          "[cli][info]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const ResultSet results = outputs::read_whole_result_file(out);
  CHECK_THAT(attribute_of(results, "description"), Catch::StartsWith("No policy change."));
  CHECK_FALSE(has_attribute(results, "description_inherited_from"));
  CHECK_FALSE(has_attribute(results, "title_inherited_from"));
  CHECK_THAT(attribute_of(results, "scenario"), Catch::Contains("No policy change."));
  // The title and description in each language, as the shipped file gives them.
  const Scenario baseline = load_scenario(source_dir() / "scenarios" / "baseline.toml");
  for (const std::string language : {"nl", "en"}) {
    CHECK(attribute_of(results, "title_" + language) == baseline.title_translations.at(language));
    CHECK(attribute_of(results, "description_" + language) ==
          baseline.description_translations.at(language));
  }

  const CommandResult info = run_lmsim("info " + quoted(out));
  INFO(info.output);
  CHECK(info.exit_code == 0);
  CHECK_THAT(info.output, Catch::Contains("\n  description  No policy change. Labour demand"));
  CHECK_THAT(info.output,
             Catch::Contains("\n  title_nl     " + baseline.title_translations.at("nl") + "\n"));
  CHECK_THAT(info.output, Catch::Contains("\n  levers       none\n"));
}

TEST_CASE("lmsim info lists the levers of a scenario and marks its inherited description",
          "[cli][info]") {
  TempDir tmp;
  // A copy of the baseline, and a scenario with defence_expansion's lever that sets no
  // description of its own, run on the built-in data.
  write_text(tmp / "base.toml", read_text(source_dir() / "scenarios" / "baseline.toml"));
  write_text(tmp / "defence.toml",
             "base = \"base.toml\"\n"
             "title = \"Defence\"\n"
             "[[levers]]\n"
             "type = \"defence_expansion\"\n"
             "target_personnel = 100_000\n"
             "profile = { shape = \"linear\", from = 2026, to = 2030 }\n");
  const fs::path out = tmp / "defence.h5";
  const CommandResult run = run_lmsim("run " + quoted(tmp / "defence.toml") + " --data-dir " +
                                      quoted(default_data_dir()) + " --quiet --out " + quoted(out));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);

  const ResultSet results = outputs::read_whole_result_file(out);
  CHECK(attribute_of(results, "title") == "Defence");
  CHECK_FALSE(has_attribute(results, "title_inherited_from"));
  CHECK(has_attribute(results, "description"));
  CHECK(attribute_of(results, "description").empty());
  CHECK_THAT(attribute_of(results, "description_inherited"),
             Catch::StartsWith("No policy change."));
  CHECK(attribute_of(results, "description_inherited_from") == "base.toml");
  // The stored scenario does not present the base's description as its own either.
  CHECK_THAT(attribute_of(results, "scenario"), !Catch::Contains("No policy change"));

  const CommandResult info = run_lmsim("info " + quoted(out));
  INFO(info.output);
  CHECK(info.exit_code == 0);
  CHECK_THAT(info.output,
             Catch::Contains("\n  description  none of its own (inherits that of base.toml)\n"));
  CHECK_THAT(info.output, !Catch::Contains("No policy change"));
  CHECK_THAT(info.output, Catch::Contains("\n  levers       defence_expansion: target_personnel = "
                                          "100000; linear 2026 .. 2030\n"));
}

TEST_CASE("a result file stores a scenario's own title translations and marks inherited ones",
          "[cli][info]") {
  TempDir tmp;
  // A copy of the baseline, and a scenario with a title of its own in Dutch only that inherits
  // the baseline's description with its translations.
  write_text(tmp / "base.toml", read_text(source_dir() / "scenarios" / "baseline.toml"));
  write_text(tmp / "own.toml",
             "base = \"base.toml\"\ntitle = \"Own title\"\ntitle_nl = \"Eigen titel\"\n");
  const fs::path out = tmp / "own.h5";
  const CommandResult run = run_lmsim("run " + quoted(tmp / "own.toml") + " --data-dir " +
                                      quoted(default_data_dir()) + " --quiet --out " + quoted(out));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);

  const Scenario base = load_scenario(tmp / "base.toml");
  const ResultSet results = outputs::read_whole_result_file(out);
  CHECK(attribute_of(results, "title_nl") == "Eigen titel");
  CHECK_FALSE(has_attribute(results, "title_en"));  // the base's translates the base's title
  CHECK_FALSE(has_attribute(results, "description_nl"));
  CHECK(attribute_of(results, "description_inherited_nl") ==
        base.description_translations.at("nl"));
  CHECK(attribute_of(results, "description_inherited_en") ==
        base.description_translations.at("en"));
  CHECK_THAT(attribute_of(results, "scenario"), Catch::Contains("Eigen titel"));
  CHECK_THAT(attribute_of(results, "scenario"),
             !Catch::Contains(base.description_translations.at("nl")));

  const CommandResult info = run_lmsim("info " + quoted(out));
  INFO(info.output);
  CHECK_THAT(info.output,
             Catch::Contains("\n  title        Own title\n  title_nl     Eigen titel\n"));
  CHECK_THAT(info.output, !Catch::Contains("title_en"));
}

TEST_CASE("lmsim info says so when its output cannot be written", "[cli][info]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  // /dev/full fails every write like a full disk.
  const CommandResult full = run_shell("{ " + std::string(LMSIM_BINARY) + " info " + quoted(out) +
                                       " --parameters > /dev/full; }");
  INFO(full.output);
  CHECK(full.exit_code == 1);
  CHECK_THAT(full.output, Catch::Contains("cannot write to standard output"));
}

TEST_CASE("lmsim info exits 2 naming a missing or unreadable result file", "[cli][info]") {
  TempDir tmp;
  SECTION("missing") {
    const fs::path missing = tmp / "missing.h5";
    const CommandResult r = run_lmsim("info " + quoted(missing));
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains(missing.string() + ": result file not found"));
  }
  SECTION("not HDF5") {
    const fs::path text = tmp / "notes.h5";
    write_text(text, "not a result\n");
    const CommandResult r = run_lmsim("info " + quoted(text));
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains(text.string()) && Catch::Contains("not an HDF5 file"));
  }
}

TEST_CASE("lmsim export writes tidy CSV whose values are those of the result file",
          "[cli][export]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const fs::path folder = tmp / "csv";
  const CommandResult exported = run_lmsim("export " + quoted(out) + " --csv " + quoted(folder) +
                                           " --variable employed --variable tension");
  INFO(exported.output);
  REQUIRE(exported.exit_code == 0);
  CHECK_THAT(exported.output, Catch::Contains("wrote 3 CSV files"));
  CHECK_FALSE(has_temporary_files(folder));
  CHECK_FALSE(fs::exists(folder / "vacancies.csv"));

  const std::vector<std::string> employed = lines_of(folder / "employed.csv");
  REQUIRE(employed.size() == 1 + kMonths * kRegions * kOccupations);
  CHECK(employed.front().rfind("time,region,region_name,occupation,occupation_name", 0) == 0);
  CHECK_THAT(employed.front(), Catch::EndsWith(",value"));
  CHECK(lines_of(folder / "tension.csv").size() == 1 + kMonths * kRegions * kOccupations);
  const std::vector<std::string> catalogue = lines_of(folder / "variables.csv");
  REQUIRE(catalogue.size() == 3);
  CHECK(catalogue[1].rfind("employed,time x region x occupation,persons,", 0) == 0);
  CHECK(catalogue[2].rfind("tension,time x region x occupation,1,", 0) == 0);

  // January 2030: the sum of its rows equals the sum over the file's region x occupation cells.
  const ResultSet results = outputs::read_whole_result_file(out);
  const std::vector<std::string> dates =
      outputs::iso_dates(results.dimension("time"), out.string());
  std::size_t t = 0;
  while (t < dates.size() && dates[t] != "2030-01-01") ++t;
  REQUIRE(t == 60);
  const Variable& stored = results.variable("employed");
  REQUIRE(stored.data.size() == kMonths * kRegions * kOccupations);
  double expected = 0.0;
  for (std::size_t c = 0; c < kRegions * kOccupations; ++c) {
    expected += stored.data[t * kRegions * kOccupations + c];
  }
  REQUIRE(expected > 1.0e6);
  double sum = 0.0;
  std::size_t rows = 0;
  for (const std::string& line : employed) {
    if (line.rfind("2030-01-01,", 0) != 0) continue;
    const std::string value = line.substr(line.rfind(',') + 1);
    char* end = nullptr;
    sum += std::strtod(value.c_str(), &end);
    REQUIRE(end == value.c_str() + value.size());
    ++rows;
  }
  CHECK(rows == kRegions * kOccupations);
  CHECK(std::fabs(sum - expected) <= 1e-9 * std::fabs(expected));
}

TEST_CASE("lmsim export --annual --region writes annual means of the regions chosen",
          "[cli][export]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const fs::path folder = tmp / "csv";
  const CommandResult exported =
      run_lmsim("export " + quoted(out) + " --csv " + quoted(folder) +
                " --variable employed --annual --region \"AM13,Groot Amsterdam\"");
  INFO(exported.output);
  REQUIRE(exported.exit_code == 0);
  const std::vector<std::string> employed = lines_of(folder / "employed.csv");
  constexpr std::size_t kYears = 16;
  REQUIRE(employed.size() == 1 + kYears * 2 * kOccupations);
  CHECK(employed.front().rfind("year,region,region_name,occupation,occupation_name", 0) == 0);
  // The mean of 2030's months of AM18 (Groot Amsterdam) x the first occupation, from the file.
  const ResultSet results = outputs::read_whole_result_file(out);
  const auto& regions = results.dimension("region").labels;
  const std::size_t am18 =
      static_cast<std::size_t>(std::find(regions.begin(), regions.end(), "AM18") - regions.begin());
  REQUIRE(am18 < kRegions);
  const Variable& stored = results.variable("employed");
  double expected = 0.0;
  for (std::size_t t = 60; t < 72; ++t)  // 2030-01 .. 2030-12
    expected += stored.data[(t * kRegions + am18) * kOccupations] / 12.0;
  std::size_t found = 0;
  for (const std::string& line : employed) {
    if (line.rfind("2030,AM18,", 0) != 0) continue;
    if (found++ > 0) continue;  // the first occupation comes first
    CHECK(std::fabs(std::strtod(line.substr(line.rfind(',') + 1).c_str(), nullptr) - expected) <=
          1e-9 * expected);
  }
  CHECK(found == kOccupations);
  const CommandResult unknown =
      run_lmsim("export " + quoted(out) + " --csv " + quoted(tmp / "x") + " --region AM13,AM41");
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Catch::Contains("--region 'AM41': not a code or name"));
  CHECK_FALSE(fs::exists(tmp / "x"));
}

TEST_CASE("lmsim info lists and lmsim export writes the annual variables by age",
          "[cli][info][export]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const CommandResult info = run_lmsim("info " + quoted(out));
  INFO(info.output);
  CHECK(info.exit_code == 0);
  CHECK_THAT(info.output, Catch::Contains("population_by_age") &&
                              Catch::Contains("year x region x age x status") &&
                              Catch::Contains("retirements_employees_by_age") &&
                              Catch::Contains("year x region x age "));
  CHECK_THAT(info.output, Catch::Contains("year 16, age 60"));

  const fs::path folder = tmp / "csv";
  const CommandResult exported =
      run_lmsim("export " + quoted(out) + " --csv " + quoted(folder) +
                " --variable population_by_age --variable retirements_employees_by_age");
  INFO(exported.output);
  REQUIRE(exported.exit_code == 0);
  const ResultSet results = outputs::read_whole_result_file(out);
  const std::size_t statuses = results.dimension("status").size();
  const std::vector<std::string> population = lines_of(folder / "population_by_age.csv");
  REQUIRE(population.size() == 1 + 16 * kRegions * 60 * statuses);
  CHECK(population.front() == "year,region,region_name,age,status,value");
  CHECK(population[1].rfind("2025,", 0) == 0);
  CHECK(population.back().rfind("2040,", 0) == 0);
  const std::vector<std::string> retirements =
      lines_of(folder / "retirements_employees_by_age.csv");
  REQUIRE(retirements.size() == 1 + 16 * kRegions * 60);
  CHECK(retirements.front() == "year,region,region_name,age,value");
  // The values are the file's: the CSV's sum for 2030 is the file's for 2030.
  const Variable& stored = results.variable("retirements_employees_by_age");
  double expected = 0.0;
  for (std::size_t i = 0; i < kRegions * 60; ++i) expected += stored.data[5 * kRegions * 60 + i];
  double sum = 0.0;
  for (const std::string& line : retirements) {
    if (line.rfind("2030,", 0) == 0)
      sum += std::strtod(line.substr(line.rfind(',') + 1).c_str(), nullptr);
  }
  CHECK(expected > 1000.0);
  CHECK(std::fabs(sum - expected) <= 1e-9 * expected);
  const std::vector<std::string> catalogue = lines_of(folder / "variables.csv");
  REQUIRE(catalogue.size() == 3);
  CHECK(catalogue[1].rfind("population_by_age,year x region x age x status,persons,", 0) == 0);
  CHECK(catalogue[2].rfind("retirements_employees_by_age,year x region x age,persons per year,",
                           0) == 0);
}

TEST_CASE("lmsim export leaves an existing export unchanged without --overwrite", "[cli][export]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const fs::path folder = tmp / "csv";
  const std::string arguments =
      "export " + quoted(out) + " --csv " + quoted(folder) + " --variable employed -q";
  REQUIRE(run_lmsim(arguments).exit_code == 0);
  // Mark the files so that a rewrite (even with the same content) would show.
  write_text(folder / "employed.csv", "an earlier export\n");
  const std::string catalogue = read_text(folder / "variables.csv");
  REQUIRE_FALSE(catalogue.empty());

  const CommandResult again = run_lmsim(arguments);
  INFO(again.output);
  CHECK(again.exit_code == 2);
  CHECK_THAT(again.output,
             Catch::Contains(folder.string() + ": the output folder already exists") &&
                 Catch::Contains("--overwrite"));
  CHECK(read_text(folder / "employed.csv") == "an earlier export\n");
  CHECK(read_text(folder / "variables.csv") == catalogue);
  CHECK_FALSE(has_temporary_files(folder));

  const CommandResult replaced = run_lmsim(arguments + " --overwrite");
  INFO(replaced.output);
  CHECK(replaced.exit_code == 0);
  CHECK(replaced.output.empty());  // -q
  CHECK(lines_of(folder / "employed.csv").size() == 1 + kMonths * kRegions * kOccupations);
  CHECK(read_text(folder / "variables.csv") == catalogue);
  CHECK_FALSE(has_temporary_files(folder));
}

TEST_CASE("lmsim export refuses an unknown variable and suggests the nearest name",
          "[cli][export]") {
  TempDir tmp;
  const fs::path out = baseline_result(tmp);
  const fs::path folder = tmp / "csv";
  const CommandResult r =
      run_lmsim("export " + quoted(out) + " --csv " + quoted(folder) + " --variable employd");
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Catch::Contains("employd") && Catch::Contains("did you mean 'employed'?"));
  CHECK_FALSE(fs::exists(folder / "employed.csv"));
  CHECK_FALSE(fs::exists(folder / "variables.csv"));
}

TEST_CASE("lmsim export exits 2 naming a missing result file", "[cli][export]") {
  TempDir tmp;
  const fs::path missing = tmp / "missing.h5";
  const CommandResult r = run_lmsim("export " + quoted(missing) + " --csv " + quoted(tmp / "csv"));
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Catch::Contains(missing.string() + ": result file not found"));
  CHECK_FALSE(fs::exists(tmp / "csv"));
}

// A result file of three months whose variable `points` has `count` values along a dimension
// without time (they stay as they are with --annual), and `months` one value a month.
fs::path file_with_points(const TempDir& tmp, const std::string& name, std::size_t count) {
  ResultSet r;
  r.dimensions.push_back({"time", {0.0, 31.0, 59.0}, {}, "days since 2025-01-01", "time"});
  Dimension point{"point", std::vector<double>(count), {}, "1", "point"};
  std::iota(point.values.begin(), point.values.end(), 0.0);
  r.dimensions.push_back(std::move(point));
  r.add_variable("points", {"point"}, "persons", "one value per point", "een waarde per punt");
  r.add_variable("months", {"time"}, "persons", "one value a month", "een waarde per maand")
      .data = {1.0, 2.0, 6.0};
  r.attributes = {{"title", "Points"}, {"engine", "stock-flow"}};
  const fs::path file = tmp / name;
  outputs::write_hdf5(r, file, {false, 1});
  return file;
}

bool has_temporary_entries(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("lmsim export --xlsx refuses a sheet past Excel's rows and writes one that fits",
          "[cli][export]") {
  TempDir tmp;
  // As many values as Excel has rows: with the header row the sheet is one row too long.
  const fs::path too_long = file_with_points(tmp, "too_long.h5", outputs::kExcelMaxRows);
  const fs::path workbook = tmp / "out.xlsx";
  const CommandResult refused =
      run_lmsim("export " + quoted(too_long) + " --annual --xlsx " + quoted(workbook));
  INFO(refused.output);
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.output,
             Catch::Contains("--xlsx: the sheet of variable 'points' would have 1,048,577 rows, "
                             "more than Excel's 1,048,576"));
  CHECK_FALSE(fs::exists(workbook));
  CHECK_FALSE(has_temporary_entries(tmp.path()));
  // The limit counts the variables chosen only.
  const CommandResult chosen = run_lmsim("export " + quoted(too_long) +
                                         " --annual --variable months --xlsx " + quoted(workbook));
  INFO(chosen.output);
  CHECK(chosen.exit_code == 0);
  CHECK(fs::is_regular_file(workbook));
  // One value fewer fills the sheet to Excel's last row.
  const fs::path fits = file_with_points(tmp, "fits.h5", outputs::kExcelMaxRows - 1);
  const CommandResult full =
      run_lmsim("export " + quoted(fits) + " --annual -q --xlsx " + quoted(tmp / "full.xlsx"));
  INFO(full.output);
  CHECK(full.exit_code == 0);
  CHECK(fs::is_regular_file(tmp / "full.xlsx"));
  CHECK_FALSE(has_temporary_entries(tmp.path()));
}

TEST_CASE("lmsim export --xlsx refuses monthly values and a CSV folder beside it",
          "[cli][export]") {
  TempDir tmp;
  const fs::path file = file_with_points(tmp, "small.h5", 3);
  const fs::path workbook = tmp / "out.xlsx";
  const CommandResult monthly = run_lmsim("export " + quoted(file) + " --xlsx " + quoted(workbook));
  INFO(monthly.output);
  CHECK(monthly.exit_code == 2);
  CHECK_THAT(monthly.output, Catch::Contains("--xlsx needs --annual"));
  CHECK_FALSE(fs::exists(workbook));
  const CommandResult both = run_lmsim("export " + quoted(file) + " --annual --xlsx " +
                                       quoted(workbook) + " --csv " + quoted(tmp / "csv"));
  INFO(both.output);
  CHECK(both.exit_code == 2);
  CHECK_THAT(both.output, Catch::Contains("expected a result file and either a folder or a "
                                          "workbook"));
  CHECK_FALSE(fs::exists(workbook));
  CHECK_FALSE(fs::exists(tmp / "csv"));
  CHECK_FALSE(has_temporary_entries(tmp.path()));
}

}  // namespace
}  // namespace lmsim::test
