// The run summary (outputs/run_summary) and the texts it shares with lmsim info
// (outputs/assumptions) on a small run: tension as UWV computes it (annual vacancies over annual
// WW benefits under 6 months) with UWV's class boundaries, defence out of the tightest cells and
// shown as the fill rate of its formation, one line instead of tension for results without WW
// counts, and the outlook the run assumed in English and Dutch.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "outputs/annual_figures.hpp"
#include "outputs/assumptions.hpp"
#include "outputs/run_summary.hpp"
#include "tests/support/small_result_set.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

// The text between the line that starts with `from` and the next line that starts with `to`.
std::string section(const std::string& text, const std::string& from, const std::string& to) {
  const auto start = text.find(from);
  if (start == std::string::npos) return {};
  const auto end = text.find("\n" + to, start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The text with every run of blanks and line breaks as one space: the outlook is wrapped.
std::string flat(const std::string& text) {
  std::istringstream words(text);
  std::string out;
  for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
  return out;
}

TEST_CASE("annual figures give UWV's tension from WW counts, defence aside", "[outputs][summary]") {
  const ResultSet run = test::small_run_result_set();
  const AnnualFigures figures(run);
  REQUIRE(figures.has_tension());
  CHECK(figures.tension(2026, 0, 0) == 0.25);
  CHECK(figures.tension(2026, 0, 1) == 4.0);
  CHECK(figures.tension(2026, 1, 0) == 1.5);
  CHECK(figures.tension(2026, 1, 1) == 0.67);
  CHECK(std::isinf(figures.tension(2026, 1, 2)));  // no WW benefits: infinite
  // Over all occupations: UWV's classes only (with defence it would be 1217 / 701).
  CHECK(figures.tension(2026) == Approx(717.0 / 700.0));
  CHECK(figures.tension(2026, 0) == Approx(500.0 / 500.0));
  REQUIRE(figures.defence_occupation() == 2);
  REQUIRE(figures.has_defence_formation());
  CHECK(figures.defence_formation(2025).filled == Approx(1000.0));
  CHECK(figures.defence_formation(2025).posts == Approx(1250.0));
  CHECK(figures.defence_formation(2026).fill_rate() == Approx(0.88));
  CHECK(figures.defence_formation(2026, 1).fill_rate() == Approx(0.4));
  CHECK_FALSE(AnnualFigures(test::small_run_result_set(false)).has_tension());
}

TEST_CASE("the run summary classes cells at UWV's boundaries and leaves defence out of them",
          "[outputs][summary]") {
  const std::string summary = summarise_run(test::small_run_result_set(), "Small run");
  INFO(summary);
  CHECK_THAT(summary, Contains("tension (UWV scale)                  1.02           1.02  "
                               "(gemiddeld -> gemiddeld)"));
  CHECK_THAT(summary, Contains("Tension by region, 2025 -> 2026 (UWV occupation classes):"));
  CHECK_THAT(summary, Contains("R1    Noord                          1.00 ->   1.00  gemiddeld"));
  const std::string tightest =
      section(summary, "Tightest region x occupation cells in 2026", "Defence formation");
  CHECK(tightest ==
        "Tightest region x occupation cells in 2026:\n"
        "  1. R1 Noord, BRC10 Care and welfare: 4.00 (zeer krap)\n"
        "  2. R2 Zuid, BRC01 Pedagogical occupations: 1.50 (krap)\n"
        "  3. R2 Zuid, BRC10 Care and welfare: 0.67 (gemiddeld)\n"
        "  4. R1 Noord, BRC01 Pedagogical occupations: 0.25 (ruim)");
  CHECK_THAT(summary, Contains("Defence formation (not a UWV occupation class): 1,000 of 1,250 "
                               "posts filled, fill rate 80.0%, unfilled 250 (2025)\n"));
  CHECK_THAT(summary, Contains("Defence formation (not a UWV occupation class): 1,100 of 1,250 "
                               "posts filled, fill rate 88.0%, unfilled 150 (2026)\n"));
  const std::string dutch =
      summarise_run(test::small_run_result_set(), "Small run", Language::kDutch);
  CHECK_THAT(dutch, Contains("Defensieformatie (geen UWV-beroepsklasse): 1.100 van 1.250 posten "
                             "bezet, vullingsgraad 88,0%, onbezet 150 (2026)\n"));
}

TEST_CASE("results without WW counts get one line instead of tension", "[outputs][summary]") {
  const std::string summary = summarise_run(test::small_run_result_set(false), "Old run");
  INFO(summary);
  CHECK_THAT(summary, Contains("  tension (UWV scale)        not shown: the results have no WW "
                               "counts (ww_under_6_months); run the scenario again with this "
                               "lmsim (--variables all)\n"));
  CHECK_THAT(summary, !Contains("Tension by region"));
  CHECK_THAT(summary, !Contains("Tightest"));
  CHECK_THAT(summary, !Contains("krap"));
  CHECK_THAT(summary, Contains("unemployment rate"));  // the rest is there
  CHECK_THAT(summary, Contains("Defence formation"));
}

TEST_CASE("the summary names the outlook and its assumptions, in English or Dutch",
          "[outputs][summary]") {
  const std::string english = summarise_run(test::small_run_result_set(), "Small run");
  CHECK_THAT(english, Contains("Outlook and assumptions:\n  demand   target demand follows "
                               "demand_outlook.csv (sources: UWV 2025; UWV 2025-2027;"));
  const std::string dutch =
      summarise_run(test::small_run_result_set(), "Small run", Language::kDutch);
  CHECK_THAT(dutch, Contains("Vooruitzicht en aannames:\n  vraag         de doelvraag volgt "
                             "demand_outlook.csv"));
  CHECK_THAT(flat(english), Contains("after 2030 it is an assumption, not a forecast: employment "
                                     "follows the labour supply at structural unemployment"));
  CHECK_THAT(flat(english), Contains("migration and entrants at 15 follow the CBS forecast "
                                     "(population_outlook.csv)"));
  CHECK_THAT(english, Contains("AOW age  by law to 2031, expected from the legal rule after"));
  CHECK_THAT(flat(english),
             Contains("the baseline holds the defence formation at its size at the start (the "
                      "about 80,000 personnel of December 2025 and the open posts); growth "
                      "toward 100,000 is the defence_expansion lever's"));
  CHECK_THAT(flat(dutch), Contains("na 2030 is dat een aanname, geen prognose"));
  CHECK_THAT(flat(dutch), Contains("bij wet vastgesteld tot en met 2031"));
  CHECK_THAT(flat(dutch), Contains("80.000 medewerkers van december 2025 en de open plaatsen"));
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

TEST_CASE("defence_formation_text and whole_number write the label in both languages",
          "[outputs][summary]") {
  CHECK(defence_formation_text(79950.4, 84200.0, Language::kEnglish) ==
        "Defence formation (not a UWV occupation class): 79,950 of 84,200 posts filled, fill "
        "rate 95.0%, unfilled 4,250");
  CHECK(defence_formation_text(79950.4, 84200.0, Language::kDutch) ==
        "Defensieformatie (geen UWV-beroepsklasse): 79.950 van 84.200 posten bezet, "
        "vullingsgraad 95,0%, onbezet 4.250");
  CHECK_THAT(defence_formation_text(0.0, 0.0, Language::kEnglish), Contains("fill rate n/a"));
  CHECK(whole_number(1234567.5, Language::kEnglish) == "1,234,568");
  CHECK(whole_number(-0.2, Language::kDutch) == "0");
}

}  // namespace
}  // namespace lmsim::outputs
