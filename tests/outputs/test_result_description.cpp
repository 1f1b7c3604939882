// outputs/result_description's describe_results (the text of lmsim info) on small result sets
// written with write_hdf5 and read back with read_whole_result_file: title, engine, horizon,
// replicates, the outlook the run assumed (or that none was recorded), a note for a file without
// WW counts, dimensions and one line per variable with its dimensions, units and long name; the
// scenario's description (an inherited one marked, not shown) and its levers, one line each.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "engine/result_set.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/result_description.hpp"
#include "outputs/result_file_reader.hpp"
#include "tests/support/small_result_set.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

// time (January .. March 2025) x region (2), region_name, a time x region and a time variable.
ResultSet small_set() {
  ResultSet r;
  r.dimensions.push_back({"time", {0.0, 31.0, 59.0}, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region code"});
  r.text_coordinates.push_back({"region_name", "region", {"Noord", "Zuid"}, "region name"});
  Variable& employed = r.add_variable("employed", {"time", "region"}, "persons", "employed persons",
                                      "werkzame personen");
  employed.data = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
  Variable& retiring = r.add_variable("retirements", {"time"}, "persons per month",
                                      "employees retiring", "werknemers met pensioen");
  retiring.data = {7.0, 8.0, 9.0};
  r.attributes = {{"title", "Small test set"}, {"engine", "stock-flow"}};
  return r;
}

// Writes `results` to a file in `tmp`, reads it back and describes it.
std::string described(const TempDir& tmp, const ResultSet& results) {
  const fs::path file = tmp / "result.h5";
  outputs::write_hdf5(results, file, {false, 1});
  return outputs::describe_results(outputs::read_whole_result_file(file), file.string());
}

// The line of the description that starts with `prefix` after its indentation; empty if none.
std::string line_starting(const std::string& text, const std::string& prefix) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const auto start = line.find_first_not_of(' ');
    if (start != std::string::npos && line.compare(start, prefix.size(), prefix) == 0) return line;
  }
  return {};
}

// The whitespace-separated words of a line.
std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  std::string word;
  while (in >> word) out.push_back(word);
  return out;
}

TEST_CASE("describe_results names the file, title, engine and a three-month horizon",
          "[outputs][info]") {
  TempDir tmp;
  const std::string text = described(tmp, small_set());
  INFO(text);
  CHECK(text.rfind((tmp / "result.h5").string() + ": lmsim result file\n", 0) == 0);
  CHECK(words(line_starting(text, "title ")) ==
        std::vector<std::string>{"title", "Small", "test", "set"});
  CHECK(words(line_starting(text, "engine ")) == std::vector<std::string>{"engine", "stock-flow"});
  CHECK_THAT(line_starting(text, "horizon "),
             Catch::EndsWith("horizon      2025-01 .. 2025-03 (3 months)"));
  CHECK_THAT(line_starting(text, "dimensions "),
             Catch::Contains("region 2") && Catch::Contains("time 3"));
  CHECK_THAT(line_starting(text, "coordinates "), Catch::Contains("region_name (region)"));
  CHECK(words(line_starting(text, "variables ")) == std::vector<std::string>{"variables", "2"});
}

TEST_CASE("describe_results lists each variable with its dimensions, units and long name",
          "[outputs][info]") {
  TempDir tmp;
  const std::string text = described(tmp, small_set());
  INFO(text);
  const std::string employed = line_starting(text, "employed ");
  CHECK(words(employed) == std::vector<std::string>{"employed", "time", "x", "region", "persons",
                                                    "employed", "persons"});
  const std::string retirements = line_starting(text, "retirements ");
  CHECK(words(retirements) == std::vector<std::string>{"retirements", "time", "persons", "per",
                                                       "month", "employees", "retiring"});
  // The columns line up: dimensions, units and long names start at the same place on each line.
  CHECK(employed.find("time") == retirements.find("time"));
  CHECK(employed.find("persons") == retirements.find("persons per month"));
}

TEST_CASE("describe_results says how many replicates a file holds, or that it holds none",
          "[outputs][info]") {
  TempDir tmp;
  ResultSet results = small_set();
  SECTION("without a replicate dimension: one deterministic path") {
    const std::string text = described(tmp, results);
    INFO(text);
    CHECK_THAT(line_starting(text, "replicates "),
               Catch::EndsWith("replicates   none (one deterministic path)"));
  }
  SECTION("with a replicate dimension of size 5") {
    results.dimensions.push_back({"replicate", {0.0, 1.0, 2.0, 3.0, 4.0}, {}, "1", "replicate"});
    Variable& v = results.add_variable("employed_by_replicate", {"time", "replicate"}, "persons",
                                       "employed persons in each replicate", "werkzame personen");
    for (std::size_t i = 0; i < v.data.size(); ++i) v.data[i] = static_cast<double>(i);
    const std::string text = described(tmp, results);
    INFO(text);
    CHECK_THAT(line_starting(text, "replicates "), Catch::EndsWith("replicates   5 replicates"));
    CHECK_THAT(text, !Catch::Contains("deterministic"));
    CHECK_THAT(line_starting(text, "employed_by_replicate "),
               Catch::Contains("time x replicate") && Catch::Contains("persons"));
  }
}

TEST_CASE("describe_results names the outlook the run assumed, in English or Dutch",
          "[outputs][info]") {
  TempDir tmp;
  const fs::path file = tmp / "run.h5";
  outputs::write_hdf5(small_run_result_set(), file, {false, 1});
  const ResultSet read = outputs::read_whole_result_file(file);
  const std::string english = outputs::describe_results(read, file.string());
  INFO(english);
  CHECK_THAT(english, Catch::Contains("  Outlook and assumptions:\n    demand   target demand "
                                      "follows demand_outlook.csv"));
  CHECK_THAT(english, Catch::Contains("AOW age  by law to 2031"));
  CHECK_THAT(english, !Catch::Contains("no WW counts"));
  const std::string dutch =
      outputs::describe_results(read, file.string(), outputs::Language::kDutch);
  CHECK_THAT(dutch, Catch::Contains("  Vooruitzicht en aannames:\n    vraag"));
  CHECK_THAT(dutch, Catch::Contains("migratie en instroom op 15 jaar volgen de CBS-prognose"));
}

TEST_CASE("describe_results says when a file recorded no outlook or no WW counts",
          "[outputs][info]") {
  TempDir tmp;
  ResultSet old = small_run_result_set(false, false);
  old.add_variable("tension", {"time", "region", "occupation"}, "1", "tension", "spanning");
  const std::string text = described(tmp, old);
  INFO(text);
  CHECK_THAT(text, Catch::Contains("outlook  no outlook recorded (a result file of an older "
                                   "lmsim)"));
  CHECK_THAT(text, Catch::Contains("This file has no WW counts (ww_under_6_months): its tension "
                                   "divides vacancies by an assumed share of the short-term "
                                   "unemployed, not by UWV's WW benefits under 6 months; run the "
                                   "scenario again with this lmsim for UWV's tension."));
}

// The small set with the attributes of a run of `scenario_toml` (as resolved_scenario_toml
// writes it) and the title and description attributes given.
ResultSet small_run_of(const std::string& scenario_toml,
                       const std::vector<std::pair<std::string, std::string>>& texts) {
  ResultSet r = small_set();
  r.attributes = {{"engine", "stock-flow"}, {"scenario", scenario_toml}};
  r.attributes.insert(r.attributes.end(), texts.begin(), texts.end());
  return r;
}

TEST_CASE("describe_results lists the levers of the stored scenario, one line each",
          "[outputs][info]") {
  TempDir tmp;
  const std::string text =
      described(tmp, small_run_of("[[levers]]\n"
                                  "type = 'defence_expansion'\ntarget_personnel = 100000\n"
                                  "profile = { shape = 'linear', from = 2026, to = 2030 }\n"
                                  "[[levers]]\n"
                                  "type = 'rvu_change'\nwindow_months = 0\n"
                                  "profile = { shape = 'step', from = 2026 }\n",
                                  {{"title", "Defence"}}));
  INFO(text);
  CHECK_THAT(text,
             Catch::Contains("\n  levers       defence_expansion: target_personnel = 100000; "
                             "linear 2026 .. 2030\n"
                             "               rvu_change: window_months = 0; step from 2026\n"));
}

TEST_CASE("describe_results says that a scenario without levers has none, or that none is stored",
          "[outputs][info]") {
  TempDir tmp;
  SECTION("a scenario without levers") {
    const std::string text = described(tmp, small_run_of("title = 'Baseline'\nlevers = []\n", {}));
    CHECK(words(line_starting(text, "levers ")) == std::vector<std::string>{"levers", "none"});
  }
  SECTION("a file without a scenario") {
    const std::string text = described(tmp, small_set());
    CHECK_THAT(line_starting(text, "levers "),
               Catch::EndsWith("levers       (no scenario stored)"));
  }
  SECTION("a stored scenario that is not TOML") {
    const std::string text = described(tmp, small_run_of("levers = [[", {}));
    CHECK_THAT(line_starting(text, "levers "),
               Catch::EndsWith("levers       (the stored scenario cannot be read)"));
  }
}

TEST_CASE("describe_results shows a scenario's own description and marks an inherited one",
          "[outputs][info]") {
  TempDir tmp;
  SECTION("its own description") {
    const std::string text =
        described(tmp, small_run_of("", {{"title", "Defence"}, {"description", "Defence grows."}}));
    INFO(text);
    CHECK_THAT(line_starting(text, "description "), Catch::EndsWith("description  Defence grows."));
    CHECK_THAT(line_starting(text, "title "), Catch::EndsWith("title        Defence"));
  }
  SECTION("an inherited title and description") {
    const std::string text =
        described(tmp, small_run_of("", {{"title", "Baseline"},
                                         {"title_inherited_from", "baseline.toml"},
                                         {"description", ""},
                                         {"description_inherited", "No policy change."},
                                         {"description_inherited_from", "baseline.toml"}}));
    INFO(text);
    CHECK_THAT(line_starting(text, "title "),
               Catch::EndsWith("title        Baseline (inherited from baseline.toml)"));
    CHECK_THAT(line_starting(text, "description "),
               Catch::EndsWith("description  none of its own (inherits that of baseline.toml)"));
    CHECK_THAT(text, !Catch::Contains("No policy change"));
  }
  SECTION("a file of an older lmsim, without the attribute") {
    const std::string text = described(tmp, small_set());
    CHECK_THAT(line_starting(text, "description "), Catch::EndsWith("description  (not stored)"));
  }
}

TEST_CASE("describe_results wraps a long description under its label", "[outputs][info]") {
  TempDir tmp;
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "word" + std::to_string(i) + " ";
  const std::string text = described(tmp, small_run_of("", {{"description", long_text}}));
  INFO(text);
  // The description's line and the lines under it, indented to where its text starts.
  std::istringstream lines(text);
  std::string line;
  std::vector<std::string> description;
  while (std::getline(lines, line) && line.rfind("  description  ", 0) != 0) {
  }
  description.push_back(line);
  while (std::getline(lines, line) && line.rfind(std::string(15, ' '), 0) == 0) {
    description.push_back(line);
  }
  REQUIRE(description.size() > 1);
  for (const std::string& l : description) CHECK(l.size() <= 100);
  CHECK_THAT(description.back(), Catch::EndsWith("word39"));
}

}  // namespace
}  // namespace lmsim::test
