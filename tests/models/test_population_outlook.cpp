// The population outlook (models/population_outlook.cpp): flows relative to the first listed
// year, the nearest year outside the file, and refusals with file, line and column.
#include <catch2/catch.hpp>

#include <string>

#include "engine/csv_table.hpp"
#include "engine/error.hpp"
#include "models/population_outlook.hpp"

namespace {

using Catch::Matchers::Contains;
using lmsim::CsvTable;
using lmsim::InputError;
using lmsim::model::PopulationOutlook;
using lmsim::model::read_population_outlook;

const std::string kHeader = "year,entrants_at_15,immigration,emigration,status,source\n";

PopulationOutlook parsed(const std::string& rows) {
  return read_population_outlook(CsvTable::parse(kHeader + rows, "population_outlook.csv"));
}

std::string refusal(const std::string& rows) {
  try {
    (void)parsed(rows);
  } catch (const InputError& error) {
    return error.what();
  }
  FAIL("the outlook was accepted");
  return {};
}

}  // namespace

TEST_CASE("the population outlook gives each year's flows relative to the first year",
          "[data_set]") {
  const PopulationOutlook outlook =
      parsed("2025,200000,280000,190000,EST,a\n2026,180000,210000,209000,EST,b\n");
  CHECK(outlook.relative_to_first(2025).entrants_at_15 == 1.0);
  CHECK(outlook.relative_to_first(2026).entrants_at_15 == Approx(0.9).epsilon(1e-15));
  CHECK(outlook.relative_to_first(2026).immigration == Approx(0.75).epsilon(1e-15));
  CHECK(outlook.relative_to_first(2026).emigration == Approx(1.1).epsilon(1e-15));
  CHECK(outlook.relative_to_first(2040).immigration == Approx(0.75).epsilon(1e-15));
  CHECK(outlook.relative_to_first(2000).immigration == 1.0);
  CHECK(outlook.sources == std::vector<std::string>{"a", "b"});
  CHECK(PopulationOutlook{}.relative_to_first(2030).emigration == 1.0);
}

TEST_CASE("the population outlook refuses what it cannot read", "[data_set]") {
  CHECK_THAT(refusal("2025,200000,280000,190000,EST,a\n2027,1,1,1,EST,a\n"),
             Contains("population_outlook.csv:3:1: year: years must be consecutive"));
  CHECK_THAT(refusal("2025,0,280000,190000,EST,a\n"),
             Contains("the first year's flows must be above 0"));
  CHECK_THAT(refusal("2025,200.000,280000,190000,EST,a\n"), Contains("not a whole number"));
  CHECK_THAT(refusal("2025,200000,2800000,190000,EST,a\n"),
             Contains("outside the plausible range [0, 1000000] for immigration"));
  CHECK_THAT(refusal(""), Contains("no data rows"));
}
