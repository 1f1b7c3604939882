// Region groups through the binary: lmsim compare's subtotal of a province equals the sum of its
// cells and its tension the summed vacancies over the summed WW counts of the result file;
// lmsim export and lmsim contributions --region with a province; a bad groups file exits 2
// naming file and line; lmsim list prints the data set's codes and names, the provinces and the
// lever types. The baseline and defence expansion are run once, for the sections of one test
// case.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/csv_table.hpp"
#include "models/levers/lever.hpp"
#include "outputs/annual_figures.hpp"
#include "outputs/result_file_reader.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;

// The results of the shipped baseline and defence expansion, made once per test program.
struct Runs {
  TempDir tmp;
  fs::path base = tmp / "baseline.h5";
  fs::path defence = tmp / "defence.h5";
  Runs() {
    for (const auto& [name, out] : {std::pair{"baseline", base}, {"defence_expansion", defence}}) {
      const CommandResult r =
          run_lmsim("run " + quoted(source_dir() / "scenarios" / (std::string(name) + ".toml")) +
                    " --quiet --out " + quoted(out));
      if (r.exit_code != 0) FAIL(r.output);
    }
  }
};

const Runs& runs() {
  static const Runs made;
  return made;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string thousands(double x) {
  const std::string digits = std::to_string(std::llround(x));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Annual means in `year` of a variable summed over the regions given and the UWV occupations
// (all but DEF), read from the result file.
double summed_mean(const ResultSet& results, const std::string& name,
                   const std::vector<std::string>& regions, int year) {
  const outputs::YearlyView view(results);
  const auto& region_codes = results.dimension("region").labels;
  const auto& occupations = results.dimension("occupation").labels;
  const Variable& v = *results.find_variable(name);
  double sum = 0.0;
  double steps = 0.0;
  for (std::size_t t = 0; t < view.year_of_step.size(); ++t) {
    if (view.year_of_step[t] != year) continue;
    steps += 1.0;
    for (std::size_t r = 0; r < region_codes.size(); ++r) {
      if (std::find(regions.begin(), regions.end(), region_codes[r]) == regions.end()) continue;
      for (std::size_t o = 0; o < occupations.size(); ++o) {
        if (occupations[o] != "DEF")
          sum += v.data[(t * region_codes.size() + r) * occupations.size() + o];
      }
    }
  }
  return sum / steps;
}

TEST_CASE("region groups in lmsim compare and lmsim export, and a bad groups file",
          "[cli][groups]") {
  // Sections of one case: the two runs are made once for all of them (ctest starts each case
  // in a process of its own).
  SECTION("compare --region PV-UT gives the province's subtotal from the file's sums") {
    const Runs& r = runs();
    const std::string files = quoted(r.base) + " " + quoted(r.defence);
    const CommandResult table = run_lmsim("compare " + files + " --region PV-UT --region AM01");
    INFO(table.output);
    REQUIRE(table.exit_code == 0);
    const CommandResult csv =
        run_lmsim("compare " + files + " --region 'Provincie Utrecht' --format csv");
    REQUIRE(csv.exit_code == 0);
    // The employed of the cells of AM13 and AM14, summed.
    double employed_base = 0.0, employed_other = 0.0;
    std::size_t cells = 0;
    // The header and the rows of 2040, read as the CSV they are (official names hold commas).
    std::string rows_of_2040;
    for (const std::string& line : lines_of(csv.output))
      if (line.rfind("year,", 0) == 0 || line.rfind("2040,", 0) == 0) rows_of_2040 += line + "\n";
    const CsvTable table_2040 = CsvTable::parse(rows_of_2040, "compare --format csv");
    const std::size_t region = table_2040.column("region");
    for (std::size_t row = 0; row < table_2040.rows().size(); ++row) {
      const std::string& code = table_2040.text(row, region);
      CHECK((code == "AM13" || code == "AM14"));
      employed_base += table_2040.number(row, table_2040.column("employed_base"));
      employed_other += table_2040.number(row, table_2040.column("employed_other"));
      ++cells;
    }
    CHECK(cells == 2 * 14);
    CHECK_THAT(table.output,
               Contains("2040 group PV-UT Provincie Utrecht (AM13 AM14): employed " +
                        thousands(employed_base) + " -> " + thousands(employed_other) + " ("));
    CHECK_THAT(table.output, Contains("  PV-UT approximates the province by whole labour-market "
                                      "regions; leaves out Eemnes AM12"));
    CHECK_THAT(table.output, Contains("2040 region AM01 Groningen: employed "));
    // Tension: the summed vacancies over the summed WW counts of the UWV classes.
    const ResultSet base = outputs::read_result_file(r.base, {"vacancies", "ww_under_6_months"});
    const double tension = summed_mean(base, "vacancies", {"AM13", "AM14"}, 2040) /
                           summed_mean(base, "ww_under_6_months", {"AM13", "AM14"}, 2040);
    char text[32];
    std::snprintf(text, sizeof text, "tension %.2f -> ", tension);
    const std::string group_line = table.output.substr(table.output.find("2040 group PV-UT"));
    CHECK_THAT(group_line.substr(0, group_line.find('\n')), Contains(text));
  }
  SECTION("export --region PV-UT writes the province's regions") {
    TempDir tmp;
    const CommandResult r =
        run_lmsim("export " + quoted(runs().base) + " --csv " + quoted(tmp / "csv") +
                  " --variable employed --annual" + " --region PV-UT");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const CsvTable table = CsvTable::read(tmp / "csv" / "employed.csv");
    std::set<std::string> regions;
    for (std::size_t row = 0; row < table.rows().size(); ++row)
      regions.insert(table.text(row, table.column("region")));
    CHECK(regions == std::set<std::string>{"AM13", "AM14"});
  }
  SECTION("contributions --region PV-FL splits the effect in the province's cells") {
    const CommandResult r =
        run_lmsim("contributions " + quoted(source_dir() / "scenarios" / "defence_expansion.toml") +
                  " --region PV-FL --format csv --quiet");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    std::set<std::string> regions;
    for (const std::string& line : lines_of(r.output)) {
      if (line.rfind("20", 0) == 0) regions.insert(line.substr(5, line.find(',', 5) - 5));
    }
    CHECK(regions == std::set<std::string>{"", "AM11"});  // the country's rows, then AM11's
  }
  SECTION("a bad groups file exits 2 naming its file, line and key") {
    TempDir tmp;
    const std::string files = quoted(runs().base) + " " + quoted(runs().defence);
    write_text(tmp / "own.csv", "code,name,regions\nRING,Ring,AM13 AM18 AM99\n");
    const CommandResult unknown =
        run_lmsim("compare " + files + " --region Ring --groups " + quoted(tmp / "own.csv"));
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.output, Contains("own.csv:2:3: regions: region AM99 of group RING"));
    write_text(tmp / "empty.csv", "code,name,regions\nRING,,AM13\n");
    const CommandResult empty =
        run_lmsim("export " + quoted(runs().base) + " --csv " + quoted(tmp / "x") +
                  " --region AM13 --groups " + quoted(tmp / "empty.csv"));
    CHECK(empty.exit_code == 2);
    CHECK_THAT(empty.output, Contains("empty.csv:2:2: name: empty"));
    CHECK_FALSE(fs::exists(tmp / "x"));
    // An own group works beside the provinces.
    write_text(tmp / "good.csv", "code,name,regions\nRING,Ring,AM13 AM18\n");
    const CommandResult good =
        run_lmsim("compare " + files + " --region ring,PV-FL --groups " + quoted(tmp / "good.csv"));
    INFO(good.output);
    CHECK(good.exit_code == 0);
    CHECK_THAT(good.output, Contains("group RING Ring (AM13 AM18): employed") &&
                                Contains("group PV-FL Provincie Flevoland (AM11): employed"));
  }
}

TEST_CASE("lmsim list prints the data set's codes and names, groups and lever types",
          "[cli][groups]") {
  const CsvTable regions = CsvTable::read(source_dir() / "scenarios" / "data" / "regions.csv");
  const CommandResult listed = run_lmsim("list regions");
  REQUIRE(listed.exit_code == 0);
  const auto lines = lines_of(listed.output);
  REQUIRE(lines.size() == regions.rows().size());
  for (std::size_t r = 0; r < lines.size(); ++r) {
    CHECK(lines[r].rfind(regions.text(r, 0) + "  ", 0) == 0);
    CHECK_THAT(lines[r], Contains(regions.text(r, 1)));
  }
  const CommandResult groups = run_lmsim("list groups");
  REQUIRE(groups.exit_code == 0);
  CHECK_THAT(groups.output,
             Contains("PV-UT  Provincie Utrecht  AM13 AM14\n  approximates the province"));
  std::size_t group_lines = 0;
  for (const std::string& line : lines_of(groups.output)) group_lines += line.rfind("PV-", 0) == 0;
  CHECK(group_lines == 12);
  const CommandResult levers = run_lmsim("list levers");
  REQUIRE(levers.exit_code == 0);
  CHECK(lines_of(levers.output).size() == model::lever_types().size());
  for (const std::string& type : model::lever_types()) {
    CHECK_FALSE(model::lever_summary(type).empty());
    CHECK_THAT(levers.output, Contains(type + " ") && Contains(model::lever_summary(type)));
  }
  CHECK_THAT(run_lmsim("list occupations").output, Contains("BRC10") && Contains("DEF  "));
  CHECK_THAT(
      run_lmsim("list sectors --data-dir " + quoted(source_dir() / "scenarios" / "data")).output,
      Contains("Landbouw, bosbouw en visserij"));
  const CommandResult wrong = run_lmsim("list provinces");
  CHECK(wrong.exit_code == 2);
  CHECK_THAT(wrong.output, Contains("expected regions, occupations, sectors, levers or groups, "
                                    "not 'provinces'"));
}

}  // namespace
}  // namespace lmsim::test
