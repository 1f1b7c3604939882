// The run summary (outputs/run_summary) and the texts it shares with lmsim info
// (outputs/assumptions) on a small run: the outlook the run assumed in English and Dutch.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "outputs/assumptions.hpp"
#include "outputs/run_summary.hpp"
#include "tests/support/small_result_set.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

// The text with every run of blanks and line breaks as one space: the outlook is wrapped.
std::string flat(const std::string& text) {
  std::istringstream words(text);
  std::string out;
  for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
  return out;
}

TEST_CASE("the summary names the outlook and its assumptions, in English or Dutch",
          "[outputs][summary]") {
  const std::string english = summarise_run(test::small_run_result_set(), 0.35, "Small run");
  CHECK_THAT(english, Contains("Outlook and assumptions:\n  demand   target demand follows "
                               "demand_outlook.csv (sources: UWV 2025; UWV 2025-2027;"));
  const std::string dutch =
      summarise_run(test::small_run_result_set(), 0.35, "Small run", Language::kDutch);
  CHECK_THAT(dutch, Contains("Vooruitzicht en aannames:\n  vraag         de doelvraag volgt "
                             "demand_outlook.csv"));
  CHECK_THAT(flat(english), Contains("after 2030 it is an assumption, not a forecast: employment "
                                     "follows the labour supply at structural unemployment"));
  CHECK_THAT(flat(english), Contains("migration and entrants at 15 follow the CBS forecast "
                                     "(population_outlook.csv)"));
  CHECK_THAT(english, Contains("AOW age  by law to 2031, expected from the legal rule after"));
  CHECK_THAT(flat(english),
             Contains("the baseline keeps the formation of December 2025, about "
                      "80,000, filled; growth toward 100,000 is the defence_expansion "
                      "lever's"));
  CHECK_THAT(flat(dutch), Contains("na 2030 is dat een aanname, geen prognose"));
  CHECK_THAT(flat(dutch), Contains("bij wet vastgesteld tot en met 2031"));
  CHECK_THAT(flat(dutch), Contains("ongeveer 80.000, gevuld"));
  // Every line fits in 100 characters.
  std::istringstream lines(english + dutch);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  ", 0) == 0 && line.find("tension") == std::string::npos) {
      INFO(line);
      CHECK(line.size() <= 100);
    }
  }
}

TEST_CASE("a file without the outlook attributes says that none was recorded",
          "[outputs][summary]") {
  const ResultSet old = test::small_run_result_set(true, false);
  const auto lines = run_assumptions(old, Language::kEnglish);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].second == "no outlook recorded (a result file of an older lmsim)");
  CHECK_THAT(run_assumptions(old, Language::kDutch)[0].second,
             Contains("geen vooruitzicht vastgelegd"));
  // Without a demand outlook file, demand is held; without a year fixed by law, no year is named.
  ResultSet flat = test::small_run_result_set();
  for (auto& [key, value] : flat.attributes)
    if (key == "demand_outlook" || key == "demand_outlook_sources") value.clear();
  flat.attributes.pop_back();  // aow_age_law_until
  const auto held = run_assumptions(flat, Language::kEnglish);
  CHECK(held[0].second == "no demand outlook: target demand is held at its first-month level");
  CHECK(held[2].second == "as aow_age.csv gives it (no year fixed by law recorded)");
  // Another outlook file: its last source tag says what it assumes after 2030.
  ResultSet roa = test::small_run_result_set();
  for (auto& [key, value] : roa.attributes) {
    if (key == "demand_outlook") value = "demand_outlook_roa_expansion.csv";
    if (key == "demand_outlook_sources")
      value = "UWV 2025; ROA 2028; ROA expansion demand continued";
  }
  CHECK_THAT(run_assumptions(roa, Language::kEnglish)[0].second,
             Contains("not a forecast: ROA expansion demand continued"));
  // Results without defence (a published network's) have no defence line.
  ResultSet network = test::small_run_result_set();
  network.dimensions[2].labels = {"A", "B", "C"};
  CHECK(run_assumptions(network, Language::kEnglish).size() == 3);
}

}  // namespace
}  // namespace lmsim::outputs
