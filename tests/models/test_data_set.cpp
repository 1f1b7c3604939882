// Contract tests of the data-set loader (models/data_set.cpp): the default data set loads with the
// documented dimensions and national totals, and every kind of broken data file is refused with an
// InputError that names the file (with line, column and key where there is one) and says what is
// wrong. Each broken case corrupts its own fresh copy of scenarios/data in a TempDir.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "models/data_set.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using lmsim::model::DataSet;
using lmsim::model::load_data_set;
using lmsim::test::copy_default_data;
using lmsim::test::read_text;
using lmsim::test::replace_in_file;
using lmsim::test::TempDir;
using lmsim::test::write_text;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return parts;
}

// The fields of a data row as written, quotes and all: a comma inside quotes (a name such as
// "Openbaar bestuur, veiligheid en juridische beroepen") separates nothing.
std::vector<std::string> split_row(const std::string& row) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (const char c : row) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

std::string join(const std::vector<std::string>& parts, char separator) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += separator;
    text += parts[i];
  }
  return text;
}

std::string format_number(double value) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(10) << value;
  return out.str();
}

// 1-based number of the column `name` in the header of a CSV file.
long column_number(const fs::path& file, const std::string& name) {
  const auto header = split(split(read_text(file), '\n').at(0), ',');
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (header[c] == name) return static_cast<long>(c) + 1;
  }
  FAIL("column " << name << " not in " << file);
  return 0;
}

struct Edit {
  long line = 0;          // 1-based line of the edited row
  std::string old_value;  // the field before the edit
};

// Sets the field `column` of the first row starting with `row_prefix` to `value`.
Edit set_field(const fs::path& file, const std::string& row_prefix, const std::string& column,
               const std::string& value) {
  auto lines = split(read_text(file), '\n');
  const auto c = static_cast<std::size_t>(column_number(file, column) - 1);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].rfind(row_prefix, 0) != 0) continue;
    auto fields = split_row(lines[i]);
    REQUIRE(c < fields.size());
    Edit edit{static_cast<long>(i) + 1, fields[c]};
    fields[c] = value;
    lines[i] = join(fields, ',');
    write_text(file, join(lines, '\n'));
    return edit;
  }
  FAIL("no row starting with " << row_prefix << " in " << file);
  return {};
}

// The field `column` of the first row starting with `row_prefix`.
std::string field(const fs::path& file, const std::string& row_prefix, const std::string& column) {
  const auto lines = split(read_text(file), '\n');
  const auto c = static_cast<std::size_t>(column_number(file, column) - 1);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].rfind(row_prefix, 0) == 0) return split_row(lines[i]).at(c);
  }
  FAIL("no row starting with " << row_prefix << " in " << file);
  return {};
}

// Deletes the first row starting with `row_prefix`; returns its 1-based line.
long delete_row(const fs::path& file, const std::string& row_prefix) {
  auto lines = split(read_text(file), '\n');
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].rfind(row_prefix, 0) != 0) continue;
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
    write_text(file, join(lines, '\n'));
    return static_cast<long>(i) + 1;
  }
  FAIL("no row starting with " << row_prefix << " in " << file);
  return 0;
}

// Removes the column `name` (header and every row).
void delete_column(const fs::path& file, const std::string& name) {
  const auto c = static_cast<std::size_t>(column_number(file, name) - 1);
  auto lines = split(read_text(file), '\n');
  for (auto& line : lines) {
    if (line.empty()) continue;
    auto fields = split_row(line);
    REQUIRE(c < fields.size());
    fields.erase(fields.begin() + static_cast<std::ptrdiff_t>(c));
    line = join(fields, ',');
  }
  write_text(file, join(lines, '\n'));
}

// "file:line:column: key: ", as InputError formats a located message.
std::string at(const fs::path& file, long line, long column, const std::string& key) {
  return file.string() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + key +
         ": ";
}

// Loads the data directory, which must be refused with an InputError; returns its message.
std::string refusal(const fs::path& directory) {
  try {
    (void)load_data_set(directory);
  } catch (const lmsim::InputError& error) {
    return error.what();
  }
  FAIL("load_data_set accepted the broken data set in " << directory);
  return {};
}

bool within_rel(double actual, double expected, double tolerance_rel) {
  return std::fabs(actual - expected) <= tolerance_rel * std::fabs(expected);
}

double population_total(const DataSet& data) {
  return std::accumulate(data.population.begin(), data.population.end(), 0.0);
}

const DataSet& default_data() {
  static const DataSet data = load_data_set(lmsim::test::default_data_dir());
  return data;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The default data set

// The CBS names of BRC 2014 classes and SBI 2008 sections hold commas and diacritics; the data
// files quote such fields (scripts/derive_data.py) and the reader keeps them whole.
TEST_CASE("default data set: official names keep their commas and diacritics", "[data_set]") {
  const DataSet& data = default_data();
  const auto occupation_nl = [&](const char* code) {
    return data.dims.occupation_names_nl.at(data.dims.occupations[code]);
  };
  CHECK(occupation_nl("BRC06") ==
        "Openbaar bestuur, veiligheid en juridische beroepen (excl. defensie)");
  CHECK(occupation_nl("BRC03") == "Commerci\xC3\xABle beroepen");
  CHECK(data.dims.occupation_names_en.at(data.dims.occupations["BRC06"]) ==
        "Public administration, security and legal occupations (excl. defence)");
  const auto sector_nl = [&](const char* code) {
    return data.dims.sector_names_nl.at(data.dims.sectors[code]);
  };
  CHECK(sector_nl("K") == "Financi\xC3\xABle dienstverlening");
  CHECK(sector_nl("R") == "Cultuur, sport en recreatie");
}

TEST_CASE("default data set: dimensions", "[data_set]") {
  const DataSet& data = default_data();
  CHECK(data.dims.region_count() == 35);
  for (const char* absent : {"AM04", "AM16", "AM31"}) {
    INFO(absent);
    CHECK_FALSE(data.dims.regions.contains(absent));
  }
  for (const char* present : {"AM01", "AM13", "AM14", "AM38"}) {
    INFO(present);
    CHECK(data.dims.regions.contains(present));
  }
  CHECK(data.dims.occupation_count() == 14);
  CHECK(data.dims.occupations.contains("DEF"));
  CHECK(data.dims.occupations.contains("BRC01"));
  CHECK(data.dims.occupations.contains("BRC13"));
  // Every file read has a checksum: the required files and the two outlooks.
  CHECK(data.checksums.size() == lmsim::model::data_file_names().size() + 2);
  CHECK(data.checksums.count("demand_outlook.csv") == 1);
  CHECK(data.checksums.count("population_outlook.csv") == 1);
}

TEST_CASE("default data set: every share row sums to 1", "[data_set]") {
  const DataSet& data = default_data();
  const std::map<std::string, const Eigen::MatrixXd*> matrices = {
      {"sector_occupation", &data.sector_occupation},
      {"regional_mobility", &data.regional_mobility},
      {"occupational_mobility", &data.occupational_mobility},
      {"education_occupation", &data.education_occupation}};
  for (const auto& [name, matrix] : matrices) {
    REQUIRE(matrix->rows() > 0);
    for (Eigen::Index r = 0; r < matrix->rows(); ++r) {
      INFO(name << " row " << r);
      CHECK(std::fabs(matrix->row(r).sum() - 1.0) <= 1e-9);
    }
  }
  CHECK(data.regional_mobility.rows() == 35);
  CHECK(data.regional_mobility.cols() == 35);
  CHECK(data.occupational_mobility.rows() == 14);
  REQUIRE(data.status_by_age.size() == lmsim::model::kAgeEducationCells);
  for (std::size_t cell = 0; cell < data.status_by_age.size(); ++cell) {
    const auto& shares = data.status_by_age[cell];
    INFO("status_by_age cell " << cell);
    CHECK(std::fabs(std::accumulate(shares.begin(), shares.end(), 0.0) - 1.0) <= 1e-9);
  }
  const auto& immigration = data.age_rates.immigration_share;
  CHECK(std::fabs(std::accumulate(immigration.begin(), immigration.end(), 0.0) - 1.0) <= 1e-9);
}

TEST_CASE("default data set: national totals match calibration_targets.csv", "[data_set]") {
  const DataSet& data = default_data();
  const auto& population = data.target("population_15_74");
  CHECK(population.value == 13.6e6);
  CHECK(within_rel(population_total(data), 13.6e6, population.tolerance_rel));
  const std::map<std::string, double> totals = {{"employed", data.employed.sum()},
                                                {"unemployed", data.unemployed.sum()},
                                                {"vacancies", data.vacancies.sum()}};
  for (const auto& [key, total] : totals) {
    const auto& target = data.target(key);
    INFO(key << ": data " << total << ", target " << target.value << " +- "
             << target.tolerance_rel);
    CHECK(target.tolerance_rel > 0.0);
    CHECK(within_rel(total, target.value, target.tolerance_rel));
  }
}

TEST_CASE("default data set: national totals match the CBS figures in shared/data/nl_facts.csv",
          "[data_set]") {
  const fs::path facts_file = lmsim::test::source_dir() / ".." / "shared" / "data" / "nl_facts.csv";
  if (!fs::exists(facts_file)) {
    WARN("SKIPPED: " << facts_file.string() << " not found; CBS comparison not run");
    return;
  }
  // key|period -> value in persons. Fields: key,value,unit,period,status,source.
  std::map<std::string, double> facts;
  for (const auto& line : split(read_text(facts_file), '\n')) {
    const auto fields = split(line, ',');
    if (fields.size() < 4) continue;
    double scale = 0.0;
    if (fields[2] == "x1000") scale = 1000.0;
    if (fields[2] == "million persons") scale = 1e6;
    if (scale == 0.0) continue;
    facts[fields[0] + "|" + fields[3]] = std::stod(fields[1]) * scale;
  }
  // SOURCES.md (calibration_targets.csv section): "0.01 for totals the files were scaled to";
  // population, employed, unemployed and vacancies are all scaled totals.
  constexpr double kScaledTotalTolerance = 0.01;
  const DataSet& data = default_data();
  struct Comparison {
    std::string fact;
    double cbs;  // the figure as CBS publishes it, to catch a misread nl_facts.csv
    double data;
  };
  const std::vector<Comparison> comparisons = {
      {"population_15_74|2025-01-01", 13.6e6, population_total(data)},
      {"employed|2025Q3", 9846e3, data.employed.sum()},
      {"unemployed|2025-04", 387e3, data.unemployed.sum()},
      {"vacancies_open|end 2025Q2", 389e3, data.vacancies.sum()}};
  for (const auto& c : comparisons) {
    INFO(c.fact << ": data " << c.data);
    REQUIRE(facts.count(c.fact) == 1);
    CHECK(facts.at(c.fact) == Approx(c.cbs));
    CHECK(within_rel(c.data, facts.at(c.fact), kScaledTotalTolerance));
  }
}

// ---------------------------------------------------------------------------------------------
// Broken data files, one kind per test case or section

TEST_CASE("broken data: missing column", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("column renamed in labour_market.csv") {
    replace_in_file(dir / "labour_market.csv", "unemployed,vacancies\n", "unemployed,vacancy\n");
    const std::string message = refusal(dir);
    CHECK(message == (dir / "labour_market.csv").string() +
                         ":1: vacancies: required column is missing from the header");
  }
  SECTION("column removed from occupations.csv") {
    delete_column(dir / "occupations.csv", "heavy_work_share");
    const std::string message = refusal(dir);
    CHECK(message == (dir / "occupations.csv").string() +
                         ":1: heavy_work_share: required column is missing from the header");
  }
  SECTION("a region column removed from the wide regional_mobility.csv") {
    delete_column(dir / "regional_mobility.csv", "AM13");
    const std::string message = refusal(dir);
    CHECK(message == (dir / "regional_mobility.csv").string() +
                         ":1: AM13: required column is missing from the header");
  }
}

TEST_CASE("broken data: unknown region code with a did-you-mean suggestion", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "labour_market.csv";
  const Edit edit = set_field(file, "AM13,BRC01,", "region", "AM133");
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(at(file, edit.line, 1, "region")));
  CHECK_THAT(message, Contains("unknown region code 'AM133' (did you mean 'AM13'?)"));
}

TEST_CASE("broken data: unknown occupation code in migration.csv", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "migration.csv";
  const Edit edit = set_field(file, "BRC07,", "occupation", "BRC7");
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(at(file, edit.line, 1, "occupation")));
  CHECK_THAT(message, Contains("unknown occupation code 'BRC7' (did you mean 'BRC07'?)"));
}

TEST_CASE("broken data: more labour migrants than employees in migration.csv",
          "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "migration.csv";
  // 800 a year with a mean stay of 5 years is 4,000 of BRC01's employees; 200,000 a year (within
  // the plausible range of an inflow) for 5 years is more than BRC01's employees.
  const Edit edit = set_field(file, "BRC01,", "labour_migrants_per_year", "200000");
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(at(file, edit.line, 2, "labour_migrants_per_year")));
  CHECK_THAT(message, Contains("labour migrants x mean stay (1000000) exceed the occupation's "
                               "employees (employed in labour_market.csv less its zzp_share: "));
}

TEST_CASE("broken data: labour migrant shares of an occupation that do not sum to 1",
          "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "labour_migrant_regions.csv";
  static_cast<void>(set_field(file, "AM01,BRC07,", "arrivals_share", "0.9"));
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(file.string() + ":"));
  CHECK_THAT(message, Contains("arrivals_share"));
  CHECK_THAT(message, Contains("the shares of occupation BRC07 sum to "));
  CHECK_THAT(message,
             Contains("not 1 (its labour migrants in migration.csv must arrive somewhere)"));
}

// A Cyrillic Ze (U+0417) looks like the digit 3. A byte-wise edit distance cannot tell which
// code was meant, so the message points at the non-ASCII character instead of guessing.
TEST_CASE("broken data: region code with a look-alike Cyrillic letter is pointed out",
          "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "labour_market.csv";
  const Edit edit = set_field(file, "AM13,BRC01,", "region", "AM1\xD0\x97");
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(at(file, edit.line, 1, "region")));
  CHECK_THAT(message, Contains("unknown region code 'AM1\xD0\x97'"));
  CHECK_THAT(message, Contains("it contains a non-ASCII character, such as a look-alike letter"));
}

TEST_CASE("broken data: negative count", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "labour_market.csv";
  const Edit edit = set_field(file, "AM01,BRC01,", "employed", "-32179.596");
  const std::string message = refusal(dir);
  CHECK(message == at(file, edit.line, 3, "employed") + "negative value -32179.596 is not allowed");
}

TEST_CASE("broken data: NaN", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "population.csv";
  const std::string value = GENERATE(as<std::string>{}, "nan", "NaN", "-nan");
  const Edit edit = set_field(file, "AM01,30,mid,", "persons", value);
  const std::string message = refusal(dir);
  CHECK(message == at(file, edit.line, 4, "persons") + "'" + value + "' is not a finite number");
}

TEST_CASE("broken data: inf", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "defence.csv";
  const std::string value = GENERATE(as<std::string>{}, "inf", "-inf", "Infinity");
  const Edit edit = set_field(file, "AM01,", "personnel", value);
  const std::string message = refusal(dir);
  CHECK(message == at(file, edit.line, 2, "personnel") + "'" + value + "' is not a finite number");
}

TEST_CASE("broken data: share row not summing to 1", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "regional_mobility.csv";
  SECTION("off by 0.01") {
    const std::string old = field(file, "AM01,", "AM01");
    const Edit edit = set_field(file, "AM01,", "AM01", format_number(std::stod(old) + 0.01));
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(file.string() + ":" + std::to_string(edit.line) + ": "));
    CHECK_THAT(message, Contains("shares in this row sum to 1.01, not 1"));
    CHECK_THAT(message, Contains("rows within 1e-06 of 1 are renormalised"));
    CHECK_THAT(message, Contains("40% as 0.40"));
  }
  SECTION("off by 2e-6, just outside the renormalising tolerance") {
    const std::string old = field(file, "AM01,", "AM01");
    const Edit edit = set_field(file, "AM01,", "AM01", format_number(std::stod(old) + 2e-6));
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(file.string() + ":" + std::to_string(edit.line) + ": "));
    CHECK_THAT(message, Contains("shares in this row sum to 1.000002, not 1"));
  }
  SECTION("shares written as percentages in status_by_age.csv") {
    const fs::path status = dir / "status_by_age.csv";
    auto lines = split(read_text(status), '\n');
    auto fields = split(lines.at(1), ',');
    for (std::size_t c = 2; c < fields.size(); ++c)
      fields[c] = format_number(100.0 * std::stod(fields[c]));
    lines[1] = join(fields, ',');
    write_text(status, join(lines, '\n'));
    // The first share above 1 is refused by the range of a share, before the row is summed.
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(at(status, 2, 3, "employed") + "value " + fields[2] +
                                   " is outside the plausible range [0, 1] for employed"));
    CHECK_THAT(message, Contains("; write 40% as 0.40"));
  }
}

TEST_CASE("share row within 1e-6 of 1 is accepted and renormalised", "[data_set]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "regional_mobility.csv";
  const std::string old = field(file, "AM01,", "AM01");
  const double changed = std::stod(old) + 5e-7;
  set_field(file, "AM01,", "AM01", format_number(changed));
  const DataSet data = load_data_set(dir);
  const auto i = static_cast<Eigen::Index>(data.dims.regions["AM01"]);
  CHECK(std::fabs(data.regional_mobility.row(i).sum() - 1.0) <= 1e-12);
  // Rescaled by the row sum (1 + 5e-7), not taken as written.
  CHECK(std::fabs(data.regional_mobility(i, i) - changed / (1.0 + 5e-7)) <= 1e-12);
  CHECK(std::fabs(data.regional_mobility(i, i) - changed) > 1e-7);
}

TEST_CASE("broken data: duplicate key", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("same region twice in defence.csv") {
    const fs::path file = dir / "defence.csv";
    const Edit edit = set_field(file, "AM02,", "region", "AM01");
    const std::string message = refusal(dir);
    CHECK(message ==
          at(file, edit.line, 1, "region") + "duplicate row for AM01 (first given on line 2)");
  }
  SECTION("same region and occupation twice in labour_market.csv") {
    const fs::path file = dir / "labour_market.csv";
    const Edit edit = set_field(file, "AM01,BRC02,", "occupation", "BRC01");
    const std::string message = refusal(dir);
    CHECK(message == at(file, edit.line, 1, "region") +
                         "duplicate row for AM01 BRC01 (first given on line 2)");
  }
  SECTION("same region code twice in regions.csv") {
    const fs::path file = dir / "regions.csv";
    const Edit edit = set_field(file, "AM02,", "code", "AM01");
    const std::string message = refusal(dir);
    CHECK(message == at(file, edit.line, 1, "code") + "duplicate region code AM01");
  }
}

TEST_CASE("broken data: a name that would pick two rows", "[data_set][broken]") {
  // Levers (and lmsim compare) pick rows by code or name; before, the lever silently took one.
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("two regions named Groningen") {
    const fs::path file = dir / "regions.csv";
    const Edit edit = set_field(file, "AM02,", "name", "Groningen");
    CHECK(refusal(dir) == at(file, edit.line, 2, "name") +
                              "the name 'Groningen' of region AM02 is also that of region AM01 "
                              "on line 2; give each region its own name (a lever or lmsim "
                              "compare naming it would pick one of the two)");
  }
  SECTION("a region named with another region's code") {
    const fs::path file = dir / "regions.csv";
    const Edit edit = set_field(file, "AM02,", "name", "AM01");
    CHECK(refusal(dir) == at(file, edit.line, 2, "name") +
                              "the name 'AM01' of region AM02 is the code of region AM01 on line "
                              "2; give each region a name that is no other's code (a lever or "
                              "lmsim compare naming it would pick region AM01)");
  }
  SECTION("two occupations with the same Dutch name, which levers use") {
    const fs::path file = dir / "occupations.csv";
    const Edit edit = set_field(file, "BRC02,", "name_nl", "Pedagogische beroepen");
    CHECK_THAT(refusal(dir),
               StartsWith(at(file, edit.line, 2, "name_nl") +
                          "the name 'Pedagogische beroepen' of occupation BRC02 is also that of "
                          "occupation BRC01 on line 2"));
  }
  SECTION("two occupations with the same English name, which lmsim compare uses") {
    const fs::path file = dir / "occupations.csv";
    const Edit edit = set_field(file, "BRC06,", "name_en", "Managers");
    CHECK_THAT(refusal(dir), StartsWith(at(file, edit.line, 3, "name_en") +
                                        "the name 'Managers' of occupation BRC06 is also that of "
                                        "occupation BRC05 on line 6"));
  }
  SECTION("a sector named with another sector's code") {
    const fs::path file = dir / "sectors.csv";
    const Edit edit = set_field(file, "B,", "name_nl", "A");
    CHECK_THAT(refusal(dir), StartsWith(at(file, edit.line, 2, "name_nl") +
                                        "the name 'A' of sector B is the code of sector A"));
  }
}

TEST_CASE("a region may be named with its own code", "[data_set]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  set_field(dir / "regions.csv", "AM02,", "name", "AM02");
  CHECK(load_data_set(dir).dims.region_names.at(1) == "AM02");
}

TEST_CASE("broken data: missing file", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const std::string name =
      GENERATE(as<std::string>{}, "regions.csv", "migration.csv", "calibration_targets.csv");
  REQUIRE(fs::remove(dir / name));
  const std::string message = refusal(dir);
  CHECK(message == (dir / name).string() + ": file not found");
}

TEST_CASE("broken data: a folder or a pipe where a data file should be", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  REQUIRE(fs::remove(dir / "rvu.csv"));
  SECTION("a folder") {
    fs::create_directory(dir / "rvu.csv");
  }
  SECTION("a named pipe (reading it would wait for ever)") {
    REQUIRE(::mkfifo((dir / "rvu.csv").c_str(), 0600) == 0);
  }
  const std::string message = refusal(dir);
  CHECK(message ==
        (dir / "rvu.csv").string() + ": is not a regular file (a folder, FIFO or device)");
}

TEST_CASE("broken data: missing data directory", "[data_set][broken]") {
  TempDir tmp;
  const std::string message = refusal(tmp / "no-such-data");
  CHECK(message == (tmp / "no-such-data").string() + ": data directory not found");
}

TEST_CASE("broken data: empty file", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const std::string content = GENERATE(as<std::string>{}, "", "\n\n  \n");
  write_text(dir / "aow_age.csv", content);
  const std::string message = refusal(dir);
  CHECK(message == (dir / "aow_age.csv").string() + ": file is empty");
}

TEST_CASE("broken data: header only", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  write_text(dir / "rvu.csv", "year,max_months_before_aow,threshold_eur_month\n");
  const std::string message = refusal(dir);
  CHECK(message == (dir / "rvu.csv").string() + ":1: file has a header but no data rows");
}

TEST_CASE("broken data: wrong type (text where a number belongs)", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("decimal column") {
    const fs::path file = dir / "sectors.csv";
    const Edit edit = set_field(file, "C,", "employed", "many");
    const std::string message = refusal(dir);
    CHECK(
        message ==
        at(file, edit.line, 4, "employed") +
            "'many' is not a number (use '.' as decimal point, no thousands separators or units)");
  }
  SECTION("number with a unit") {
    const fs::path file = dir / "occupations.csv";
    const Edit edit = set_field(file, "BRC05,", "weekly_hours", "39h");
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(at(file, edit.line, 4, "weekly_hours")));
    CHECK_THAT(message, Contains("'39h' is not a number"));
  }
  SECTION("whole-number column") {
    const fs::path file = dir / "aow_age.csv";
    const Edit edit = set_field(file, "2030,", "aow_age_months", "67 years");
    const std::string message = refusal(dir);
    CHECK(message == at(file, edit.line, 2, "aow_age_months") + "'67 years' is not a whole number");
  }
  SECTION("empty value") {
    const fs::path file = dir / "migration.csv";
    const Edit edit = set_field(file, "BRC12,", "mean_stay_years", "");
    const std::string message = refusal(dir);
    CHECK(message ==
          at(file, edit.line, 3, "mean_stay_years") + "empty value where a number is expected");
  }
}

TEST_CASE("broken data: comma as decimal separator", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "occupations.csv";
  const Edit edit = set_field(file, "BRC01,", "heavy_work_share", "0,5");
  const std::string message = refusal(dir);
  CHECK(message == file.string() + ":" + std::to_string(edit.line) +
                       ": row has 7 fields but the header has 6 (a comma used as decimal separator "
                       "also causes this)");
}

TEST_CASE("broken data: semicolon-separated file", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "labour_market.csv";
  std::string text = read_text(file);
  for (char& c : text) {  // a Dutch spreadsheet's export: ';' between fields, ',' as decimal point
    if (c == ',')
      c = ';';
    else if (c == '.')
      c = ',';
  }
  write_text(file, text);
  const std::string message = refusal(dir);
  CHECK(message == file.string() +
                       ":1: the file is separated by ';' (a spreadsheet's Dutch CSV); save it as "
                       "comma-separated CSV with '.' as decimal point");
}

TEST_CASE("broken data: a name saved as Latin-1 instead of UTF-8", "[data_set][broken]") {
  // Accepted before, it reached the result file's region_name and broke `lmsim report`.
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "regions.csv";
  const Edit edit = set_field(file, "AM02,", "name", "Frysl\xE2n");
  const std::string message = refusal(dir);
  CHECK(message == at(file, edit.line, 2, "name") +
                       "text that is not UTF-8 after 'Frysl' (byte 0xE2; the file is in "
                       "another encoding, such as Latin-1 or Windows-1252): save the file as "
                       "UTF-8");
}

TEST_CASE("broken data: old Mac line ends and UTF-16 are named as such", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "labour_market.csv";
  std::string text = read_text(file);
  SECTION("lines ended by CR alone") {
    for (char& c : text) c = c == '\n' ? '\r' : c;
    write_text(file, text);
    CHECK_THAT(refusal(dir), StartsWith(file.string() + ":1: a line ends in CR alone"));
  }
  SECTION("UTF-16 (little-endian, with a byte-order mark)") {
    std::string utf16 = "\xFF\xFE";
    for (char c : text) utf16 += std::string{c, '\0'};
    write_text(file, utf16);
    CHECK_THAT(refusal(dir), StartsWith(file.string() + ": the file is UTF-16 text"));
  }
}

TEST_CASE("broken data: inconsistent totals across files", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("defence.csv personnel differs from labour_market.csv DEF employed") {
    const std::string old = field(dir / "defence.csv", "AM21,", "personnel");
    REQUIRE(field(dir / "labour_market.csv", "AM21,DEF,", "employed") == old);
    const std::string changed = std::to_string(std::stol(old) + 1);
    set_field(dir / "defence.csv", "AM21,", "personnel", changed);
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith((dir / "labour_market.csv").string() + ": "));
    CHECK_THAT(message,
               Contains("employed DEF in AM21 (defence personnel, which defence.csv gives as the "
                        "expected value) is " +
                        old + " but should be " + changed));
    CHECK_THAT(message, Contains("(relative tolerance 1e-06)"));
  }
  SECTION("sectors.csv total differs from labour_market.csv total") {
    const std::string old = field(dir / "sectors.csv", "G,", "employed");
    set_field(dir / "sectors.csv", "G,", "employed", format_number(std::stod(old) + 1000.0));
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith((dir / "sectors.csv").string() + ": "));
    CHECK_THAT(
        message,
        Contains("total employed over sectors (expected: total employed of labour_market.csv) is"));
    CHECK_THAT(message, Contains("(relative tolerance 1e-06)"));
  }
}

TEST_CASE("broken data: missing row in a wide matrix", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("regional_mobility.csv without home AM05") {
    delete_row(dir / "regional_mobility.csv", "AM05,");
    const std::string message = refusal(dir);
    CHECK(message == (dir / "regional_mobility.csv").string() +
                         ": no row for home AM05 (one row per home must be complete)");
  }
  SECTION("occupational_mobility.csv without DEF") {
    delete_row(dir / "occupational_mobility.csv", "DEF,");
    const std::string message = refusal(dir);
    CHECK(message == (dir / "occupational_mobility.csv").string() +
                         ": no row for from DEF (one row per from must be complete)");
  }
  SECTION("labour_market.csv without one cell") {
    delete_row(dir / "labour_market.csv", "AM38,DEF,");
    const std::string message = refusal(dir);
    CHECK(message ==
          (dir / "labour_market.csv").string() +
              ": no row for AM38 DEF (one row per region and occupation must be complete)");
  }
}

// 1-based line of the first row starting with `row_prefix`.
long line_of_row(const fs::path& file, const std::string& row_prefix) {
  const auto lines = split(read_text(file), '\n');
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].rfind(row_prefix, 0) == 0) return static_cast<long>(i) + 1;
  }
  FAIL("no row starting with " << row_prefix << " in " << file);
  return 0;
}

TEST_CASE("broken data: a row deleted from regions.csv is blamed on regions.csv",
          "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  delete_row(dir / "regions.csv", "AM05,");
  // population.csv, the first file keyed by region, names AM05 on 180 lines (60 ages x 3
  // educations); they are not 180 mistakes of population.csv.
  const long first = line_of_row(dir / "population.csv", "AM05,");
  const std::string message = refusal(dir);
  CHECK(message == (dir / "regions.csv").string() + ": no row for region AM05, which " +
                       "population.csv names on line " + std::to_string(first) +
                       " and 179 other lines; add the region's row to regions.csv, or correct " +
                       "the code in population.csv");
}

TEST_CASE("broken data: a region code mistyped on one line of population.csv is blamed there",
          "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "population.csv";
  const Edit edit = set_field(file, "AM13,30,mid,", "region", "AM133");
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(at(file, edit.line, 1, "region")));
  CHECK_THAT(message, Contains("unknown region code 'AM133' (did you mean 'AM13'?)"));
}

TEST_CASE("broken data: percentage given as 40 instead of 0.40", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "occupations.csv";
  const Edit edit = set_field(file, "BRC02,", "zzp_share", "40");
  const std::string message = refusal(dir);
  CHECK(message == at(file, edit.line, 5, "zzp_share") +
                       "value 40 is outside the plausible range [0, 1] for zzp_share (a share of "
                       "the occupation's employed; source: a share); write 40% as 0.40");
}

TEST_CASE("broken data: a thousands point in a count of whole persons", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "migration.csv";
  // 1500 labour migrants a year written with a Dutch thousands point reads as 1.5.
  const Edit edit = set_field(file, "BRC03,", "labour_migrants_per_year", "1.500");
  REQUIRE(edit.old_value == "1500");
  const std::string message = refusal(dir);
  CHECK(message == at(file, edit.line, 2, "labour_migrants_per_year") +
                       "'1.500' is not a whole number: labour migrants of the occupation arriving "
                       "in a year is a count, written in digits only (1200, not 1.200: a point "
                       "here would be a thousands separator)");
}

TEST_CASE("broken data: values outside their plausible range", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  SECTION("an RVU threshold of 2,273 euros written with a thousands point") {
    const fs::path file = dir / "rvu.csv";
    const Edit edit = set_field(file, "2025,", "threshold_eur_month", "2.273");
    REQUIRE(edit.old_value == "2273");
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(at(file, edit.line, 3, "threshold_eur_month") +
                                   "value 2.273 is outside the plausible range [1000, 8000] for "
                                   "threshold_eur_month (the RVU threshold in euros a month; "
                                   "source: "));
  }
  SECTION("a mortality rate of 0.5% written as 0.5") {
    const fs::path file = dir / "age_rates.csv";
    const Edit edit = set_field(file, "70,", "mortality", "0.5");
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(at(file, edit.line, 2, "mortality") +
                                   "value 0.5 is outside the plausible range [0, 0.2] for "
                                   "mortality (the probability of dying within a year; source: "));
    CHECK_THAT(message, Contains("; write 4% as 0.04"));
  }
  SECTION("weekly hours of a whole month") {
    const fs::path file = dir / "occupations.csv";
    const Edit edit = set_field(file, "BRC05,", "weekly_hours", "169");
    const std::string message = refusal(dir);
    CHECK_THAT(message, StartsWith(at(file, edit.line, 4, "weekly_hours") +
                                   "value 169 is outside the plausible range [12, 48] for "
                                   "weekly_hours"));
  }
}

TEST_CASE("broken data: a region's population given in thousands", "[data_set][broken]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  const fs::path file = dir / "population.csv";
  // AM35, the smallest region, in thousands: every cell stays within a cell's range, and the
  // national total moves by less than its 1% tolerance.
  auto lines = split(read_text(file), '\n');
  const auto persons = static_cast<std::size_t>(column_number(file, "persons") - 1);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].rfind("AM35,", 0) != 0) continue;
    auto fields = split(lines[i], ',');
    fields[persons] = format_number(std::stod(fields[persons]) / 1000.0);
    lines[i] = join(fields, ',');
  }
  write_text(file, join(lines, '\n'));
  const std::string message = refusal(dir);
  CHECK_THAT(message, StartsWith(file.string() + ": persons: the persons of region AM35 sum to "));
  CHECK_THAT(message, Contains(", outside the plausible range [50000, 2200000] (persons aged "
                               "15-74 of a region, the sum of its rows; source: "));
  CHECK_THAT(message, Contains("; persons are plain numbers, not thousands"));
}

TEST_CASE("UTF-8 byte-order mark at the start of a file is accepted", "[data_set]") {
  TempDir tmp;
  const fs::path dir = copy_default_data(tmp);
  for (const char* name : {"regions.csv", "labour_market.csv", "occupations.csv"}) {
    write_text(dir / name, "\xEF\xBB\xBF" + read_text(dir / name));
  }
  const DataSet data = load_data_set(dir);
  CHECK(data.dims.region_count() == 35);
  CHECK(data.dims.regions.code(0) == "AM01");
  CHECK(data.dims.occupations.code(0) == "BRC01");
  CHECK(data.employed.sum() == Approx(default_data().employed.sum()).epsilon(1e-12));
}
