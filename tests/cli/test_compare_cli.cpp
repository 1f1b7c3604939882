// lmsim compare through the binary, on results of the shipped baseline and defence expansion
// scenarios: DEF cells lead in 2030, csv has one line per region x occupation, --region filters,
// results of another data set are refused, and missing or non-HDF5 files exit 2 naming the file;
// the header is followed by the levers of both scenarios.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kCells = 35 * 14;  // regions x occupations of the built-in data set

// Runs a shipped scenario into folder/NAME.h5 (extra options after the scenario).
fs::path run_scenario(const TempDir& tmp, const std::string& name, const std::string& extra = "") {
  const fs::path out = tmp / (name + ".h5");
  const CommandResult r = run_lmsim("run " + quoted(source_dir() / "scenarios" / (name + ".toml")) +
                                    " --quiet --out " + quoted(out) + extra);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return out;
}

// The lines of compare's output, without its notes on the standard error ("lmsim compare: ...",
// which say why tension is missing from a csv: run_lmsim gives both streams together).
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("lmsim compare: ", 0) != 0) lines.push_back(line);
  return lines;
}

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (std::getline(in, field, ',')) fields.push_back(field);
  return fields;
}

TEST_CASE("lmsim compare puts the defence cells first in 2030", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path defence = run_scenario(tmp, "defence_expansion");
  SECTION("table") {
    const CommandResult r =
        run_lmsim("compare " + quoted(base) + " " + quoted(defence) + " --year 2030");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("2030 Netherlands: employed "));
    CHECK_THAT(r.output, Catch::Contains("(top 20 of 490)"));
    const auto lines = lines_of(r.output);
    std::size_t header = 0;
    while (header < lines.size() && lines[header].rfind("region ", 0) != 0) ++header;
    REQUIRE(header + 20 < lines.size());
    CHECK(lines[header + 1].substr(25, 4) == "DEF ");
    CHECK(header + 21 == lines.size());  // 20 rows
  }
  SECTION("csv: DEF first with more employed") {
    const CommandResult r =
        run_lmsim("compare " + quoted(base) + " " + quoted(defence) + " --year 2030 --format csv");
    REQUIRE(r.exit_code == 0);
    const auto lines = lines_of(r.output);
    REQUIRE(lines.size() == 1 + kCells);
    const auto header = fields_of(lines[0]);
    REQUIRE(header.size() == 19);
    CHECK(header[3] == "occupation");
    CHECK(header[7] == "employed_change");
    const auto first = fields_of(lines[1]);
    CHECK(first[0] == "2030");
    CHECK(first[3] == "DEF");
    CHECK(std::stod(first[7]) > 0.0);
    CHECK(std::stod(first[13]) > 0.0);  // shortage_change
  }
}

TEST_CASE("lmsim compare lists the levers of both scenarios under its header", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path defence = run_scenario(tmp, "defence_expansion");
  SECTION("table") {
    const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(defence));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const auto lines = lines_of(r.output);
    REQUIRE(lines.size() > 3);
    CHECK(lines[0].rfind("Comparing ", 0) == 0);
    CHECK(lines[1] ==
          "Levers of other: defence_expansion: target_personnel = 100000, regional_split = "
          "base_presence; linear 2026 .. 2030");
    CHECK(lines[2] == "Levers of base:  none");
  }
  SECTION("csv: the table alone") {
    const CommandResult r =
        run_lmsim("compare " + quoted(base) + " " + quoted(defence) + " --format csv");
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, !Catch::Contains("Levers"));
    CHECK(lines_of(r.output).size() == 1 + kCells);
  }
}

TEST_CASE("lmsim compare says where a title is inherited", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path own = tmp / "own.toml";
  write_text(own, "base = \"" + (source_dir() / "scenarios" / "baseline.toml").generic_string() +
                      "\"\n[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.1\n"
                      "profile = { shape = \"step\", from = 2026 }\n");
  const fs::path out = tmp / "own.h5";
  REQUIRE(run_lmsim("run " + quoted(own) + " --quiet --out " + quoted(out)).exit_code == 0);
  const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(out));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string header = lines_of(r.output).at(0);
  CHECK_THAT(header, Catch::Matchers::Contains("(" + out.string() + ", title inherited from "));
  CHECK_THAT(header, !Catch::Matchers::Contains("(" + base.string() + ", title inherited"));
}

TEST_CASE("lmsim compare --format csv has a header and a line per region x occupation",
          "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path defence = run_scenario(tmp, "defence_expansion");
  const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(defence) +
                                    " --year 2030 --year 2035 --format csv");
  REQUIRE(r.exit_code == 0);
  const auto lines = lines_of(r.output);
  REQUIRE(lines.size() == 1 + 2 * kCells);
  CHECK(lines[0].rfind("year,region,region_name,occupation,occupation_name,employed_base,", 0) ==
        0);
  CHECK(lines[1].rfind("2030,", 0) == 0);
  CHECK(lines[kCells + 1].rfind("2035,", 0) == 0);
  // default year: the last (2040); --top limits csv too
  const auto last = lines_of(
      run_lmsim("compare " + quoted(base) + " " + quoted(defence) + " --format csv --top 3")
          .output);
  REQUIRE(last.size() == 4);
  CHECK(last[1].rfind("2040,", 0) == 0);
}

TEST_CASE("lmsim compare --region and --occupation filter", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path defence = run_scenario(tmp, "defence_expansion");
  const std::string files = quoted(base) + " " + quoted(defence);
  for (const std::string region : {"AM13", "'Midden-Utrecht'"}) {
    const CommandResult r = run_lmsim("compare " + files + " --format csv --region " + region);
    REQUIRE(r.exit_code == 0);
    const auto lines = lines_of(r.output);
    REQUIRE(lines.size() == 1 + 14);
    for (std::size_t i = 1; i < lines.size(); ++i) CHECK(fields_of(lines[i])[1] == "AM13");
  }
  const CommandResult one =
      run_lmsim("compare " + files + " --format csv --region AM13 --occupation DEF");
  CHECK(lines_of(one.output).size() == 2);
  const CommandResult unknown = run_lmsim("compare " + files + " --region AM99");
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Catch::Contains("--region 'AM99'"));
}

TEST_CASE("lmsim compare shows defence's formation, not its tension class", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path defence = run_scenario(tmp, "defence_expansion");
  const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(defence) +
                                    " --year 2030 --format markdown --occupation DEF");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("2030 Defence formation (not a UWV occupation class): "));
  // Every defence row ends without a tension class.
  for (const std::string& line : lines_of(r.output)) {
    if (line.rfind("| AM", 0) == 0)
      CHECK_THAT(line, !Catch::Contains("krap") && !Catch::Contains("ruim"));
  }
  // A care cell, a UWV occupation class, has its tension and class.
  const CommandResult csv = run_lmsim("compare " + quoted(base) + " " + quoted(defence) +
                                      " --year 2030 --format csv --occupation BRC10 --top 1");
  INFO(csv.output);
  CHECK_THAT(csv.output, !Catch::Contains("Tension not shown"));
  const std::string row = lines_of(csv.output).at(1);
  CHECK_THAT(row, Catch::EndsWith("krap,zeer krap") || Catch::EndsWith("krap,krap") ||
                      Catch::EndsWith("gemiddeld,gemiddeld"));
}

TEST_CASE("lmsim compare refuses results of another data set", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  const fs::path data = copy_default_data(tmp);
  // a slightly different employed figure in the first data row of labour_market.csv
  std::string text = read_text(data / "labour_market.csv");
  const auto row = text.find('\n') + 1;
  const auto third = text.find(',', text.find(',', row) + 1) + 1;
  const auto end = text.find(',', third);
  REQUIRE(text.substr(third, end - third).find('.') != std::string::npos);
  text.insert(end, "1");
  write_text(data / "labour_market.csv", text);
  const fs::path edited = tmp / "edited.h5";
  REQUIRE(run_lmsim("run " + quoted(source_dir() / "scenarios" / "defence_expansion.toml") +
                    " --quiet --data-dir " + quoted(data) + " --out " + quoted(edited))
              .exit_code == 0);
  const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(edited));
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output,
             Catch::Contains("edited.h5: data_checksums: made from a different data set"));
  CHECK_THAT(r.output, Catch::Contains("labour_market.csv"));
}

TEST_CASE("lmsim compare uses the years two horizons share and says which", "[cli][compare]") {
  // krapte_2035 ends in 2035, the baseline in 2040: both start in January 2025.
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  write_text(
      tmp / "short.toml",
      "base = \"" + (source_dir() / "scenarios" / "baseline.toml").string() + "\"\nend = 2035\n");
  REQUIRE(
      run_lmsim("run " + quoted(tmp / "short.toml") + " --quiet --out " + quoted(tmp / "short.h5"))
          .exit_code == 0);
  const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(tmp / "short.h5"));
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("compared over the years both hold in full, 2025-2035."));
  CHECK_THAT(r.output, Catch::Contains("2035"));
  const CommandResult late =
      run_lmsim("compare " + quoted(base) + " " + quoted(tmp / "short.h5") + " --year 2038");
  CHECK(late.exit_code == 2);
  CHECK_THAT(
      late.output,
      Catch::Contains("--year 2038: outside the years both results hold in full (2025-2035)"));
}

TEST_CASE("lmsim compare exits 2 naming a missing or non-HDF5 file", "[cli][compare]") {
  TempDir tmp;
  const fs::path base = run_scenario(tmp, "baseline");
  SECTION("missing") {
    const CommandResult r = run_lmsim("compare " + quoted(base) + " " + quoted(tmp / "nope.h5"));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("nope.h5: result file not found"));
  }
  SECTION("not HDF5") {
    write_text(tmp / "notes.h5", "some notes\n");
    const CommandResult r = run_lmsim("compare " + quoted(tmp / "notes.h5") + " " + quoted(base));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("notes.h5: not an HDF5 file"));
  }
  SECTION("usage") {
    CHECK(run_lmsim("compare " + quoted(base)).exit_code == 2);
    CHECK(run_lmsim("compare " + quoted(base) + " " + quoted(base) + " --format xml").exit_code ==
          2);
    CHECK(run_lmsim("compare " + quoted(base) + " " + quoted(base) + " --year 2050").exit_code ==
          2);
    const CommandResult help = run_lmsim("compare --help");
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.output, Catch::Contains("usage: lmsim compare BASE.h5 OTHER.h5"));
  }
}

TEST_CASE("lmsim compare refuses every negative --top before reading the files", "[cli][compare]") {
  // -1 was the hidden 'not given' value and went through silently.
  for (const std::string top : {"-1", "-5", "-2147483648"}) {
    INFO("--top " << top);
    const CommandResult r = run_lmsim("compare base.h5 other.h5 --top " + top);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Equals("lmsim compare: --top must be 0 (all rows) or more\n"));
  }
}

}  // namespace
}  // namespace lmsim::test
