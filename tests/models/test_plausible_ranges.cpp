// The table of plausible ranges (models/plausible_ranges.hpp): every numeric column of every data
// file has a range, docs/data.md lists each range as the table has it, and values are refused
// outside their range or, in a count of whole units, with a decimal point.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "engine/csv_table.hpp"
#include "engine/error.hpp"
#include "models/data_set.hpp"
#include "models/plausible_ranges.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using lmsim::CsvTable;
using lmsim::InputError;
using lmsim::model::format_range;
using lmsim::model::plausible_range;
using lmsim::model::plausible_ranges;
using lmsim::model::plausible_value;
using lmsim::model::PlausibleRange;

// Whether every row of a column holds a number: the columns that need a range.
bool numeric_column(const CsvTable& table, std::size_t column) {
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    try {
      (void)table.number(r, column);
    } catch (const InputError&) {
      return false;
    }
  }
  return true;
}

// The start of the row of docs/data.md that documents `range`.
std::string documented_row(const PlausibleRange& range) {
  std::string column = "`" + std::string(range.column) + "`";
  if (!range.rows.empty()) column += " (" + std::string(range.rows) + ")";
  return "| `" + std::string(range.file) + "` | " + column + " | " + format_range(range) + " | " +
         (range.whole ? "yes" : "no") + " |";
}

std::string refusal(const std::string& text, const PlausibleRange& range) {
  const CsvTable table = CsvTable::parse(text, "t.csv");
  try {
    (void)plausible_value(table, 0, 0, range);
  } catch (const InputError& error) {
    return error.what();
  }
  FAIL("plausible_value accepted " << text);
  return {};
}

}  // namespace

TEST_CASE("every numeric column of every data file has a plausible range", "[data_set]") {
  const auto directory = lmsim::test::default_data_dir();
  for (const std::string& name : lmsim::model::data_file_names()) {
    const CsvTable table = CsvTable::read(directory / name);
    for (std::size_t c = 0; c < table.header().size(); ++c) {
      const std::string& column = table.header()[c];
      // Ages and years are keys, checked against the model's dimensions.
      if (column == "age" || column == "year" || !numeric_column(table, c)) continue;
      INFO(name << " column " << column);
      if (name == "calibration_targets.csv" && column == "value") {
        CHECK_NOTHROW(plausible_range(name, column, "unit fraction"));
        CHECK_NOTHROW(plausible_range(name, column, "other units"));
      } else {
        CHECK_NOTHROW(plausible_range(name, column));
      }
    }
  }
}

TEST_CASE("docs/data.md lists every plausible range as the table has it", "[data_set]") {
  const std::string page = lmsim::test::read_text(lmsim::test::source_dir() / "docs" / "data.md");
  for (const PlausibleRange& range : plausible_ranges()) {
    INFO(documented_row(range));
    CHECK(page.find(documented_row(range)) != std::string::npos);
  }
}

TEST_CASE("plausible_value refuses a value outside its range, naming range, column and source",
          "[data_set]") {
  const PlausibleRange& share = plausible_range("occupations.csv", "zzp_share");
  CHECK_THAT(refusal("zzp_share\n1.200\n", share),
             Equals("t.csv:2:1: zzp_share: value 1.200 is outside the plausible range [0, 1] for "
                    "zzp_share (a share of the occupation's employed; source: a share); write 40% "
                    "as 0.40"));
  const PlausibleRange& hours = plausible_range("occupations.csv", "weekly_hours");
  CHECK_THAT(refusal("weekly_hours\n3.65\n", hours),
             Contains("value 3.65 is outside the plausible range [12, 48] for weekly_hours"));
  // Both bounds belong to the range.
  const CsvTable bounds = CsvTable::parse("weekly_hours\n12\n48\n", "t.csv");
  CHECK(plausible_value(bounds, 0, 0, hours) == 12.0);
  CHECK(plausible_value(bounds, 1, 0, hours) == 48.0);
}

TEST_CASE("plausible_value refuses a decimal point in a count of whole units", "[data_set]") {
  const PlausibleRange& migrants = plausible_range("migration.csv", "labour_migrants_per_year");
  REQUIRE(migrants.whole);
  for (const std::string value : {"1.500", "1500.0", "1.5e3"}) {
    INFO(value);
    CHECK_THAT(refusal("n\n" + value + "\n", migrants),
               Equals("t.csv:2:1: n: '" + value +
                      "' is not a whole number: labour migrants of the occupation arriving in a "
                      "year is a count, written in digits only (1200, not 1.200: a point here "
                      "would be a thousands separator)"));
  }
  // Other mistakes keep the messages they get in any number column.
  CHECK_THAT(refusal("n\nmany\n", migrants), Equals("t.csv:2:1: n: 'many' is not a whole number"));
  CHECK_THAT(refusal("n\nnan\n", migrants), Contains("'nan' is not a finite number"));
  CHECK_THAT(refusal("n\n-5\n", migrants), Contains("negative value -5 is not allowed"));
  const CsvTable whole = CsvTable::parse("n\n1500\n+7\n", "t.csv");
  CHECK(plausible_value(whole, 0, 0, migrants) == 1500.0);
  CHECK(plausible_value(whole, 1, 0, migrants) == 7.0);
}
