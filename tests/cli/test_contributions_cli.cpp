// lmsim contributions through the binary, on scenarios of two years (2025-2026) with small
// levers written to a temporary folder: the contributions and the interaction add up to the
// effect, which is full - base, and agree with lmsim run and lmsim compare of the same
// scenarios; a single lever's contribution is the whole effect, with no interaction; bad input
// exits 2 with the line docs/errors.md lists.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kCells = 35 * 14;  // regions x occupations of the built-in data set

const char* const kMigrationLever =
    "[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.3\n"
    "profile = { shape = \"step\", from = 2025 }\n";
const char* const kPriorityLever =
    "[[levers]]\ntype = \"sector_priority\"\noccupations = [\"BRC10\"]\nsearch_weight = 1.5\n"
    "retention = 0.9\nprofile = { shape = \"step\", from = 2025 }\n";

// A scenario on the shipped baseline, 2025-01 to 2026-12, with the given [[levers]] tables.
fs::path short_scenario(const TempDir& tmp, const std::string& name, const std::string& levers) {
  const fs::path file = tmp / (name + ".toml");
  write_text(file, "base = \"" + (source_dir() / "scenarios" / "baseline.toml").generic_string() +
                       "\"\nstart = \"2025-01\"\nend = \"2026-12\"\n" + levers);
  return file;
}

// Splits a csv line, with fields in quotes where they hold a comma.
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

// The figures of one part (base, full, effect, a lever's contribution, interaction) of one row.
struct Part {
  std::string name;
  std::string lever;
  double employed = 0.0, vacancies = 0.0, shortage = 0.0;
};

// The csv of lmsim contributions, by "year region occupation" (empty codes: the country).
std::map<std::string, std::vector<Part>> read_split(const std::string& csv) {
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  REQUIRE(line ==
          "year,region,region_name,occupation,occupation_name,part,lever,lever_type,employed,"
          "vacancies,shortage");
  std::map<std::string, std::vector<Part>> rows;
  while (std::getline(in, line)) {
    const auto f = csv_fields(line);
    REQUIRE(f.size() == 11);
    rows[f[0] + " " + f[1] + " " + f[3]].push_back(
        {f[5], f[6], std::stod(f[8]), std::stod(f[9]), std::stod(f[10])});
  }
  return rows;
}

CommandResult contributions_csv(const fs::path& scenario) {
  const CommandResult r = run_lmsim("contributions " + quoted(scenario) +
                                    " --year 2025 --year 2026 --format csv --quiet");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return r;
}

const Part& part_named(const std::vector<Part>& parts, const std::string& name,
                       const std::string& lever = "") {
  for (const Part& p : parts)
    if (p.name == name && p.lever == lever) return p;
  FAIL("no part " << name << " " << lever);
  return parts.front();
}

std::vector<double Part::*> figures() {
  return {&Part::employed, &Part::vacancies, &Part::shortage};
}

// The cells of lmsim compare's csv, by "region occupation": employed_base and employed_other.
std::map<std::string, std::pair<double, double>> compared_employed(const fs::path& base,
                                                                   const fs::path& other) {
  const CommandResult r =
      run_lmsim("compare " + quoted(base) + " " + quoted(other) + " --year 2026 --format csv");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::istringstream in(r.output);
  std::string line;
  std::getline(in, line);
  std::map<std::string, std::pair<double, double>> cells;
  while (std::getline(in, line)) {
    const auto f = csv_fields(line);
    cells[f[1] + " " + f[3]] = {std::stod(f[5]), std::stod(f[6])};
  }
  return cells;
}

fs::path run_scenario(const TempDir& tmp, const fs::path& scenario) {
  fs::path out = tmp / (scenario.stem().string() + ".h5");
  const CommandResult r = run_lmsim("run " + quoted(scenario) + " --quiet --out " + quoted(out));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return out;
}

TEST_CASE("lmsim contributions: the contributions and the interaction add up to full - base",
          "[cli][contributions]") {
  TempDir tmp;
  const fs::path both = short_scenario(tmp, "both", std::string(kMigrationLever) + kPriorityLever);
  const auto rows = read_split(contributions_csv(both).output);
  REQUIRE(rows.size() == 2 * (1 + kCells));  // two years, the country and every cell
  bool levers_interact = false;
  for (const auto& [row, parts] : rows) {
    INFO(row);
    REQUIRE(parts.size() == 6);  // base, full, effect, two contributions, interaction
    const Part& base = part_named(parts, "base");
    const Part& full = part_named(parts, "full");
    const Part& effect = part_named(parts, "effect");
    const Part& migration = part_named(parts, "contribution", "1");
    const Part& priority = part_named(parts, "contribution", "2");
    const Part& interaction = part_named(parts, "interaction");
    for (const auto figure : figures()) {
      const double scale = std::max(1.0, std::fabs(full.*figure));
      CHECK(std::fabs(effect.*figure - (full.*figure - base.*figure)) <= 1e-9 * scale);
      const double parts_sum = migration.*figure + priority.*figure + interaction.*figure;
      const double size = std::max({1.0, std::fabs(migration.*figure), std::fabs(priority.*figure),
                                    std::fabs(effect.*figure)});
      CHECK(std::fabs(parts_sum - effect.*figure) <= 1e-9 * size);
      if (interaction.*figure != 0.0) levers_interact = true;
    }
  }
  CHECK(levers_interact);
  const std::vector<Part>& national = rows.at("2026  ");
  CHECK(part_named(national, "contribution", "1").employed < 0.0);  // fewer migrants
  CHECK(part_named(national, "contribution", "2").employed > 0.0);  // care keeps its workers

  SECTION("the runs are those of lmsim run: contribution = full - the run without the lever") {
    const fs::path none = run_scenario(tmp, short_scenario(tmp, "none", ""));
    const fs::path full = run_scenario(tmp, both);
    const fs::path priority_only =
        run_scenario(tmp, short_scenario(tmp, "priority_only", kPriorityLever));
    const auto full_cells = compared_employed(none, full);
    const auto without_migration = compared_employed(none, priority_only);
    REQUIRE(full_cells.size() == kCells);
    for (const char* cell : {"AM18 BRC10", "AM22 BRC07", "AM01 DEF"}) {
      INFO(cell);
      const auto& parts = rows.at(std::string("2026 ") + cell);
      // compare's csv has two decimals
      CHECK(std::fabs(part_named(parts, "base").employed - full_cells.at(cell).first) < 0.006);
      CHECK(std::fabs(part_named(parts, "full").employed - full_cells.at(cell).second) < 0.006);
      CHECK(std::fabs(part_named(parts, "contribution", "1").employed -
                      (full_cells.at(cell).second - without_migration.at(cell).second)) < 0.011);
    }
  }
}

TEST_CASE("lmsim contributions: a single lever gives the whole effect, with no interaction",
          "[cli][contributions]") {
  TempDir tmp;
  const fs::path one = short_scenario(tmp, "one", kPriorityLever);
  const CommandResult csv = contributions_csv(one);
  CHECK_THAT(csv.output, !Catch::Contains("lmsim contributions: run"));  // --quiet
  const auto rows = read_split(csv.output);
  REQUIRE(rows.size() == 2 * (1 + kCells));
  for (const auto& [row, parts] : rows) {
    INFO(row);
    REQUIRE(parts.size() == 5);
    for (const auto figure : figures()) {
      CHECK(part_named(parts, "contribution", "1").*figure == part_named(parts, "effect").*figure);
      CHECK(part_named(parts, "interaction").*figure == 0.0);
    }
  }
  CHECK(part_named(rows.at("2026  "), "effect").employed > 0.0);

  SECTION("the table names the lever and the scenario") {
    const CommandResult r = run_lmsim("contributions " + quoted(one) + " --top 3");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("(one.toml, title inherited from "));
    CHECK_THAT(r.output, Catch::Contains("baseline.toml) (annual means of monthly values)"));
    CHECK_THAT(r.output, Catch::Contains("Levers: 1 sector_priority: "));
    CHECK_THAT(r.output, Catch::Contains("2026 Netherlands "));
    CHECK_THAT(r.output, Catch::Contains("  1 sector_priority "));
    CHECK_THAT(r.output, Catch::Contains("(top 3 of 490)"));
    CHECK_THAT(r.output, Catch::Contains("lmsim contributions: run 3 of 3: without lever 1"));
  }
}

TEST_CASE("lmsim contributions refuses bad input with exit code 2 and a documented line",
          "[cli][contributions]") {
  TempDir tmp;
  const std::string errors = read_text(source_dir() / "docs" / "errors.md");
  const auto refuses = [&](const std::string& arguments, const std::string& line,
                           const std::string& documented) {
    const CommandResult r = run_lmsim("contributions " + arguments);
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains(line));
    CHECK_THAT(errors, Catch::Contains(documented));
  };
  SECTION("a missing scenario file") {
    refuses(quoted(tmp / "missing.toml"), "missing.toml: scenario file not found",
            "scenario file not found");
  }
  SECTION("a scenario without levers") {
    const fs::path none = short_scenario(tmp, "none", "");
    refuses(quoted(none), "lmsim: error: " + none.string() + ": levers: the scenario has no levers",
            "levers: the scenario has no levers (no [[levers]] table in it or its bases), so there "
            "is no effect to split; give a scenario with levers");
  }
  SECTION("an unknown option") {
    refuses(quoted(short_scenario(tmp, "one", kPriorityLever)) + " --bogus",
            "lmsim contributions: unrecognised option '--bogus' (see lmsim contributions --help)",
            "lmsim <command>: unrecognised option '--<name>' (see lmsim <command> --help)");
  }
  SECTION("options out of their range") {
    const std::string one = quoted(short_scenario(tmp, "one", kPriorityLever));
    refuses(one + " --format xml", "lmsim contributions: --format must be table or csv, not 'xml'",
            "lmsim contributions: --format must be table or csv, not '<format>'");
    refuses(one + " --figure fte",
            "lmsim contributions: --figure must be employed, vacancies or shortage, not 'fte'",
            "lmsim contributions: --figure must be employed, vacancies or shortage, not '<name>'");
    refuses(one + " --top -1", "lmsim contributions: --top must be 0 (all rows) or more",
            "lmsim contributions: --top must be 0 (all rows) or more");
  }
}

}  // namespace
}  // namespace lmsim::test
