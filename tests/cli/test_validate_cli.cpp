// Contract tests of the lmsim command line, run through the built binary: `validate` on the
// baseline and on broken data sets (exit 2, one error line naming the file), `params` in its three
// formats, --version, --help of every subcommand, unknown and not-yet-implemented commands.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "models/parameters.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using lmsim::test::quoted;

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using lmsim::test::copy_default_data;
using lmsim::test::read_text;
using lmsim::test::replace_in_file;
using lmsim::test::run_lmsim;
using lmsim::test::TempDir;
using lmsim::test::write_text;

std::string baseline() {
  return quoted(lmsim::test::source_dir() / "scenarios" / "baseline.toml");
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// The number printed after `label` on the line that starts with it (after indentation).
double value_after(const std::string& output, const std::string& label) {
  for (const auto& line : lines_of(output)) {
    const auto at = line.find_first_not_of(' ');
    if (at == std::string::npos || line.compare(at, label.size(), label) != 0) continue;
    return std::stod(line.substr(at + label.size()));
  }
  FAIL("no line '" << label << "' in:\n" << output);
  return 0.0;
}

// Removes the first line that starts with `prefix`.
void delete_line(const fs::path& file, const std::string& prefix) {
  const std::string text = read_text(file);
  const auto at = text.find("\n" + prefix);
  REQUIRE(at != std::string::npos);
  const auto end = text.find('\n', at + 1);
  write_text(file, text.substr(0, at) + text.substr(end));
}

struct Breakage {
  std::string kind;
  std::string file;  // the file the error line must name
  std::function<void(const fs::path&)> corrupt;
  std::string words;  // the specific words of its message
};

const std::vector<Breakage>& breakages() {
  static const std::vector<Breakage> list = {
      {"missing column", "labour_market.csv",
       [](const fs::path& d) {
         replace_in_file(d / "labour_market.csv", ",vacancies\n", ",vacancy\n");
       },
       ":1: vacancies: required column is missing from the header"},
      {"unknown region code", "labour_market.csv",
       [](const fs::path& d) {
         replace_in_file(d / "labour_market.csv", "\nAM13,BRC01,", "\nAM133,BRC01,");
       },
       "unknown region code 'AM133' (did you mean 'AM13'?)"},
      {"negative count", "defence.csv",
       [](const fs::path& d) { replace_in_file(d / "defence.csv", "\nAM21,6532", "\nAM21,-6532"); },
       "personnel: negative value -6532 is not allowed"},
      {"NaN", "population.csv",
       [](const fs::path& d) {
         replace_in_file(d / "population.csv", "\nAM01,15,low,7709.029", "\nAM01,15,low,NaN");
       },
       "persons: 'NaN' is not a finite number"},
      {"inf", "sectors.csv",
       [](const fs::path& d) { replace_in_file(d / "sectors.csv", ",176976.914", ",inf"); },
       "employed: 'inf' is not a finite number"},
      {"share row off by 0.01", "regional_mobility.csv",
       [](const fs::path& d) {
         replace_in_file(d / "regional_mobility.csv", "\nAM01,0.8767950399,",
                         "\nAM01,0.8867950399,");
       },
       "shares in this row sum to 1.01, not 1"},
      {"duplicate key", "defence.csv",
       [](const fs::path& d) { replace_in_file(d / "defence.csv", "\nAM02,", "\nAM01,"); },
       "region: duplicate row for AM01 (first given on line 2)"},
      {"missing file", "migration.csv", [](const fs::path& d) { fs::remove(d / "migration.csv"); },
       "migration.csv: file not found"},
      {"empty file", "aow_age.csv", [](const fs::path& d) { write_text(d / "aow_age.csv", ""); },
       "aow_age.csv: file is empty"},
      {"header only", "rvu.csv",
       [](const fs::path& d) {
         write_text(d / "rvu.csv", "year,max_months_before_aow,threshold_eur_month\n");
       },
       "rvu.csv:1: file has a header but no data rows"},
      {"text where a number belongs", "aow_age.csv",
       [](const fs::path& d) {
         replace_in_file(d / "aow_age.csv", "\n2025,804", "\n2025,67 years");
       },
       "aow_age_months: '67 years' is not a whole number"},
      {"comma decimal separator", "occupations.csv",
       [](const fs::path& d) { replace_in_file(d / "occupations.csv", ",0.0712,", ",0,0712,"); },
       "row has 7 fields but the header has 6 (a comma used as decimal separator also causes "
       "this)"},
      {"semicolon-separated file", "defence.csv",
       [](const fs::path& d) {
         std::string text = read_text(d / "defence.csv");
         for (char& c : text) c = c == ',' ? ';' : c;
         write_text(d / "defence.csv", text);
       },
       "the file is separated by ';'"},
      {"missing row in a wide matrix", "regional_mobility.csv",
       [](const fs::path& d) { delete_line(d / "regional_mobility.csv", "AM05,"); },
       "no row for home AM05 (one row per home must be complete)"},
      {"percentage instead of fraction", "occupations.csv",
       [](const fs::path& d) { replace_in_file(d / "occupations.csv", ",0.3865,", ",40,"); },
       "zzp_share: value 40 is outside the plausible range [0, 1] for zzp_share"},
      {"inconsistent totals across files", "labour_market.csv",
       [](const fs::path& d) { replace_in_file(d / "defence.csv", "\nAM21,6532", "\nAM21,6533"); },
       "is 6532 but should be 6533"},
  };
  return list;
}

}  // namespace

TEST_CASE("lmsim validate accepts the baseline scenario", "[cli]") {
  const auto result = run_lmsim("validate " + baseline());
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.output, Contains("is valid"));
  CHECK(value_after(result.output, "regions") == 35.0);
  CHECK(value_after(result.output, "occupations") == 14.0);
  CHECK(value_after(result.output, "population") == Approx(13.6e6).epsilon(0.01));
}

TEST_CASE("lmsim validate refuses broken data sets with exit code 2 and one error line", "[cli]") {
  REQUIRE(breakages().size() >= 10);
  for (const auto& breakage : breakages()) {
    DYNAMIC_SECTION(breakage.kind) {
      TempDir tmp;
      const fs::path data = copy_default_data(tmp);
      breakage.corrupt(data);
      const auto result = run_lmsim("validate " + baseline() + " --data-dir " + quoted(data));
      INFO(result.output);
      CHECK(result.exit_code == 2);
      const auto lines = lines_of(result.output);
      REQUIRE(lines.size() == 1);
      CHECK_THAT(lines[0], StartsWith("lmsim: error: " + (data / breakage.file).string()));
      CHECK_THAT(lines[0], Contains(breakage.words));
    }
  }
}

TEST_CASE("lmsim validate names a data directory that does not exist", "[cli]") {
  TempDir tmp;
  const auto result =
      run_lmsim("validate " + baseline() + " --data-dir " + quoted(tmp / "nowhere"));
  INFO(result.output);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains((tmp / "nowhere").string() + ": data directory not found"));
}

TEST_CASE("lmsim params lists every parameter with its unit", "[cli]") {
  const auto* spec = lmsim::model::model_parameter_registry().find("separation_rate");
  REQUIRE(spec != nullptr);
  REQUIRE_FALSE(spec->unit.empty());
  SECTION("table (default)") {
    const auto result = run_lmsim("params");
    INFO(result.output);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.output, Contains("separation_rate  [" + spec->unit + "]"));
  }
  SECTION("csv") {
    const auto result = run_lmsim("params --format csv");
    INFO(result.output);
    CHECK(result.exit_code == 0);
    const auto lines = lines_of(result.output);
    REQUIRE_FALSE(lines.empty());
    CHECK_THAT(lines[0], StartsWith("name,unit,default"));
    CHECK_THAT(result.output, Contains("\nseparation_rate,\"" + spec->unit + "\","));
    CHECK(lines.size() == lmsim::model::model_parameter_registry().all().size() + 1);
  }
  SECTION("markdown") {
    const auto result = run_lmsim("params --format markdown");
    INFO(result.output);
    CHECK(result.exit_code == 0);
    const auto lines = lines_of(result.output);
    REQUIRE(lines.size() >= 3);
    CHECK_THAT(lines[0], StartsWith("| name | unit | default"));
    CHECK_THAT(lines[1], StartsWith("|---|"));
    CHECK_THAT(result.output, Contains("| `separation_rate` | " + spec->unit + " |"));
    for (const auto& line : lines) {
      INFO(line);
      CHECK_THAT(line, StartsWith("|"));
    }
  }
  SECTION("unknown format") {
    const auto result = run_lmsim("params --format yaml");
    INFO(result.output);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Contains("--format must be table, markdown or csv"));
  }
}

TEST_CASE("lmsim refuses an unknown command with exit code 2", "[cli]") {
  const auto result = run_lmsim("frobnicate");
  INFO(result.output);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Contains("unknown command 'frobnicate'"));
}

TEST_CASE("lmsim --version", "[cli]") {
  const auto result = run_lmsim("--version");
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, StartsWith(std::string("lmsim ") + LMSIM_VERSION));
}

TEST_CASE("lmsim <command> --help exits 0 for every subcommand", "[cli]") {
  // The usage line names what each command reads: a scenario, a sweep file or result files.
  const std::vector<std::pair<std::string, std::string>> usages = {
      {"run", "run SCENARIO [options]"},
      {"validate", "validate SCENARIO [options]"},
      {"params", "params [options]"},
      {"sweep", "sweep SWEEP.toml [options]"},
      {"compare", "compare BASE.h5 OTHER.h5 [options]"},
      {"contributions", "contributions SCENARIO [options]"},
      {"report", "report RESULT.h5 [RESULT.h5 ...] --out DIR [options]"},
      {"info", "info RESULT.h5 [options]"},
      {"export", "export RESULT.h5 --csv DIR [options]"},
      {"list", "list regions|occupations|sectors|levers|groups [options]"}};
  for (const auto& [command, usage] : usages) {
    DYNAMIC_SECTION(command) {
      const auto result = run_lmsim(command + " --help");
      INFO(result.output);
      CHECK(result.exit_code == 0);
      CHECK_THAT(result.output, StartsWith("usage: lmsim " + usage + "\n"));
    }
  }
}
