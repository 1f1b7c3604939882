// Unit tests of engine/code_index: code lookup with located "did you mean" refusals, the coverage
// check of keyed tables, and the renormalisation of share rows.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/code_index.hpp"
#include "engine/csv_table.hpp"
#include "engine/error.hpp"

namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using lmsim::CodeIndex;
using lmsim::CoverageCheck;
using lmsim::CsvTable;
using lmsim::InputError;

const CodeIndex kRegions("region", {"Groningen", "Friesland", "Drenthe"});

}  // namespace

TEST_CASE("CodeIndex maps codes to their position", "[engine]") {
  CHECK(kRegions.size() == 3);
  CHECK(kRegions.code(1) == "Friesland");
  CHECK(kRegions["Drenthe"] == 2);
  CHECK(kRegions.contains("Groningen"));
  CHECK_FALSE(kRegions.contains("groningen"));
  CHECK_THROWS_AS(kRegions.code(3), std::out_of_range);
  CHECK_THROWS_AS(kRegions["Utrecht"], std::out_of_range);

  const CsvTable table = CsvTable::parse("region,value\nDrenthe,1\nGroningen,2\n", "r.csv");
  CHECK(kRegions.at(table, 0, 0) == 2);
  CHECK(kRegions.at(table, 1, 0) == 0);
}

TEST_CASE("CodeIndex::at refuses an unknown code with its location and a suggestion", "[engine]") {
  const CsvTable table = CsvTable::parse("value,region\n1,Frieslnd\n2,Limburg\n", "r.csv");
  try {
    (void)kRegions.at(table, 0, 1);
    FAIL("unknown code accepted");
  } catch (const InputError& error) {
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 2);
    CHECK(error.where().key == "region");
    CHECK_THAT(error.what(), Equals("r.csv:2:2: region: unknown region code 'Frieslnd' (did you "
                                    "mean 'Friesland'?)"));
  }
  // Far from every code: no suggestion.
  CHECK_THROWS_WITH(kRegions.at(table, 1, 1),
                    Equals("r.csv:3:2: region: unknown region code 'Limburg'"));
}

TEST_CASE("CodeIndex::at points out a non-ASCII look-alike letter", "[engine]") {
  // "Drenthe" with a Cyrillic 'е' (U+0435) instead of the Latin 'e'.
  const CsvTable table = CsvTable::parse("region\nDr\xD0\xB5nthe\n", "r.csv");
  CHECK_THROWS_WITH(kRegions.at(table, 0, 0), Contains("non-ASCII character"));
  CHECK_THROWS_WITH(kRegions.at(table, 0, 0), !Contains("did you mean"));
}

TEST_CASE("CoverageCheck refuses duplicate keys, naming the first line", "[engine]") {
  const CsvTable table = CsvTable::parse("region\nDrenthe\nGroningen\nDrenthe\n", "r.csv");
  CoverageCheck coverage(table, kRegions.size(), "the region table");
  coverage.mark(0, 0, kRegions.at(table, 0, 0), "Drenthe");
  coverage.mark(1, 0, kRegions.at(table, 1, 0), "Groningen");
  try {
    coverage.mark(2, 0, kRegions.at(table, 2, 0), "Drenthe");
    FAIL("duplicate accepted");
  } catch (const InputError& error) {
    CHECK(error.where().line == 4);
    CHECK_THAT(error.what(), Contains("duplicate row for Drenthe (first given on line 2)"));
  }
}

TEST_CASE("CoverageCheck::require_complete names the first missing cell", "[engine]") {
  const CsvTable table = CsvTable::parse("region\nDrenthe\n", "r.csv");
  CoverageCheck coverage(table, kRegions.size(), "the region table");
  coverage.mark(0, 0, kRegions.at(table, 0, 0), "Drenthe");
  CHECK_THROWS_WITH(coverage.require_complete([](std::size_t c) { return kRegions.code(c); }),
                    Equals("r.csv: no row for Groningen (the region table must be complete)"));

  const CsvTable full = CsvTable::parse("region\nDrenthe\nFriesland\nGroningen\n", "r.csv");
  CoverageCheck complete(full, kRegions.size(), "the region table");
  for (std::size_t row = 0; row < 3; ++row) {
    complete.mark(row, 0, kRegions.at(full, row, 0), full.text(row, 0));
  }
  CHECK_NOTHROW(complete.require_complete([](std::size_t c) { return kRegions.code(c); }));
}

TEST_CASE("normalise_share_row rescales rows within tolerance and refuses others", "[engine]") {
  const CsvTable table = CsvTable::parse("a,b\n1,2\n3,4\n", "s.csv");
  SECTION("within tolerance: rescaled to sum exactly 1") {
    std::vector<double> shares = {0.4, 0.6 + 5e-7};
    lmsim::normalise_share_row(table, 0, shares);
    CHECK(shares[0] + shares[1] == Approx(1.0).margin(1e-15));
    CHECK(shares[0] / shares[1] == Approx(0.4 / (0.6 + 5e-7)).epsilon(1e-14));
  }
  SECTION("percentages instead of fractions") {
    std::vector<double> shares = {40.0, 60.0};
    try {
      lmsim::normalise_share_row(table, 1, shares);
      FAIL("shares summing to 100 accepted");
    } catch (const InputError& error) {
      CHECK(error.where().line == 3);
      CHECK_THAT(error.what(), Contains("sum to 100, not 1"));
      CHECK_THAT(error.what(), Contains("40% as 0.40"));
    }
    CHECK(shares == std::vector<double>{40.0, 60.0});  // left untouched
  }
  SECTION("just outside tolerance") {
    std::vector<double> shares = {0.5, 0.5 + 2e-6};
    CHECK_THROWS_AS(lmsim::normalise_share_row(table, 0, shares), InputError);
  }
  SECTION("NaN") {
    std::vector<double> shares = {0.5, std::nan("")};
    CHECK_THROWS_AS(lmsim::normalise_share_row(table, 0, shares), InputError);
  }
}
