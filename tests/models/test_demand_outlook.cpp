// The demand outlook (models/demand_outlook.cpp): NL rows hold for every region, a regional row
// replaces them for its region, occupation and year, years outside the file take the nearest
// listed year, and a malformed file is refused with file, line, column and what is wrong.
#include <catch2/catch.hpp>

#include <string>

#include "engine/csv_table.hpp"
#include "engine/error.hpp"
#include "models/demand_outlook.hpp"
#include "tests/support/default_model.hpp"

namespace {

using Catch::Matchers::Contains;
using lmsim::CsvTable;
using lmsim::InputError;
using lmsim::model::DemandOutlook;
using lmsim::model::read_demand_outlook;

const lmsim::model::Dimensions& dims() {
  return lmsim::test::default_data().dims;
}

// An outlook of two years with every occupation at `growth`, plus `extra` rows.
std::string outlook_text(const std::string& growth, const std::string& extra = "") {
  std::string text = "region,occupation,year,growth,source\n";
  for (int year : {2025, 2026}) {
    for (const std::string& code : dims().occupations.codes())
      text += "NL," + code + "," + std::to_string(year) + "," + growth + ",test\n";
  }
  return text + extra;
}

DemandOutlook parsed(const std::string& text) {
  return read_demand_outlook(CsvTable::parse(text, "outlook.csv"), dims());
}

std::string refusal(const std::string& text) {
  try {
    (void)parsed(text);
  } catch (const InputError& error) {
    return error.what();
  }
  FAIL("the outlook was accepted");
  return {};
}

}  // namespace

TEST_CASE("the demand outlook: NL rows hold everywhere, a regional row replaces them",
          "[data_set]") {
  const std::size_t O = dims().occupation_count();
  const std::size_t am13 = dims().regions["AM13"];
  const std::size_t brc10 = dims().occupations["BRC10"];
  const DemandOutlook outlook = parsed(outlook_text("0.005", "AM13,BRC10,2026,0.03,plan\n"));
  CHECK(outlook.first_year == 2025);
  CHECK(outlook.last_year == 2026);
  CHECK(outlook.growth_in(2026, am13 * O + brc10) == 0.03);
  CHECK(outlook.growth_in(2025, am13 * O + brc10) == 0.005);
  CHECK(outlook.growth_in(2026, (am13 + 1) * O + brc10) == 0.005);
  // Before and after the listed years, the nearest year holds.
  CHECK(outlook.growth_in(2020, am13 * O + brc10) == 0.005);
  CHECK(outlook.growth_in(2040, am13 * O + brc10) == 0.03);
  CHECK(outlook.sources == std::vector<std::string>{"test", "plan"});
}

TEST_CASE("the demand outlook refuses what it cannot read", "[data_set]") {
  CHECK_THAT(
      refusal(outlook_text("0.7")),
      Contains("outlook.csv:2:4: growth") && Contains("outside [-0.1, 0.1]; write 0.7% as 0.007"));
  CHECK_THAT(refusal(outlook_text("0.01", "NL,BRC01,2025,0.02,again\n")),
             Contains("duplicate row for NL BRC01 2025 (first on line 2)"));
  CHECK_THAT(refusal(outlook_text("0.01", "AM13,BRC01,2027,0.02,late\n")),
             Contains("a regional row for 2027, a year without NL rows (the NL rows cover "
                      "2025-2026)"));
  CHECK_THAT(refusal(outlook_text("0.01", "AM99,BRC01,2025,0.02,x\n")), Contains("AM99"));
  std::string missing = outlook_text("0.01");
  missing.erase(missing.find("NL,BRC05,2026"), std::string("NL,BRC05,2026,0.01,test\n").size());
  CHECK_THAT(refusal(missing), Contains("no NL row for occupation BRC05 in 2026"));
  CHECK_THAT(refusal("region,occupation,year,growth,source\n"), Contains("no data rows"));
  CHECK_THAT(refusal("region,occupation,year,growth\nNL,BRC01,2025,0.01\n"), Contains("source"));
}
