#include "tests/support/small_result_set.hpp"

#include <array>
#include <limits>

#include "engine/time_axis.hpp"

namespace lmsim::test {

ResultSet small_result_set() {
  ResultSet r;
  r.dimensions.push_back({"time", {0.0, 31.0, 59.0}, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region code"});
  r.text_coordinates.push_back({"region_name", "region", {kAwkwardLabel, "Fryslân"}, "name"});
  Variable& employed = r.add_variable("employed", {"time", "region"}, "persons", "employed persons",
                                      "werkzame personen");
  employed.data = {1234.5,    0.1 + 0.2, 1.0 / 3.0, std::numeric_limits<double>::infinity(),
                   -2.5e-300, 123456.789};
  Variable& retiring = r.add_variable("retirements", {"time"}, "persons per month",
                                      "employees retiring", "werknemers met pensioen");
  retiring.data = {12.25, 0.0, 2.0 / 7.0};
  r.attributes = {{"title", "Small test set"}, {"engine", "stock-flow"}};
  return r;
}

ResultSet small_run_result_set(bool with_ww_counts, bool with_outlook) {
  constexpr std::size_t kMonths = 24, kRegions = 2, kOccupations = 3;
  ResultSet r;
  Dimension time{"time", {}, {}, "days since 2025-01-01", "time"};
  for (std::size_t t = 0; t < kMonths; ++t)
    time.values.push_back(TimeAxis({2025, 1}, {2026, 12}).days(static_cast<int>(t)));
  r.dimensions.push_back(time);
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region"});
  r.dimensions.push_back({"occupation", {}, {"BRC01", "BRC10", "DEF"}, "", "occupation"});
  r.dimensions.push_back(
      {"status", {}, {"employed", "unemployed_short", "unemployed_long"}, "", "status"});
  r.text_coordinates.push_back({"region_name", "region", {"Noord", "Zuid"}, "region name"});
  r.text_coordinates.push_back({"occupation_name",
                                "occupation",
                                {"Pedagogical occupations", "Care and welfare", "Defence"},
                                "occupation name"});
  // Per cell (region x occupation), the same in both years unless given per year.
  using Cells = std::array<double, kRegions * kOccupations>;
  const Cells vacancies = {100.0, 400.0, 500.0, 150.0, 67.0, 0.0};
  const Cells ww = {400.0, 100.0, 1.0, 100.0, 100.0, 0.0};
  const Cells employed_2025 = {1000.0, 1000.0, 900.0, 1000.0, 1000.0, 100.0};
  const Cells employed_2026 = {1000.0, 1000.0, 1000.0, 1000.0, 1000.0, 100.0};
  const Cells target = {1100.0, 1400.0, 1000.0, 1150.0, 1067.0, 250.0};
  const std::vector<std::string> cell = {"time", "region", "occupation"};
  const auto fill = [&](const char* name, const char* units, const Cells& first,
                        const Cells& second) {
    Variable& v = r.add_variable(name, cell, units, name, name);
    for (std::size_t t = 0; t < kMonths; ++t)
      for (std::size_t c = 0; c < first.size(); ++c)
        v.data[t * first.size() + c] = t < 12 ? first[c] : second[c];
  };
  fill("employed", "persons", employed_2025, employed_2026);
  fill("unemployed", "persons", ww, ww);
  fill("vacancies", "vacancies", vacancies, vacancies);
  fill("target_demand", "persons", target, target);
  if (with_ww_counts) fill("ww_under_6_months", "persons", ww, ww);
  Variable& by_status = r.add_variable("population_by_status", {"time", "region", "status"},
                                       "persons", "persons by status", "personen naar status");
  for (std::size_t t = 0; t < kMonths; ++t)
    for (std::size_t h = 0; h < kRegions; ++h)
      for (std::size_t s = 0; s < 3; ++s)
        by_status.data[(t * kRegions + h) * 3 + s] = std::array{3000.0, 100.0, 50.0}[s];
  r.attributes = {{"title", "Small run"}, {"engine", "stock-flow"}};
  if (with_outlook) {
    r.attributes.insert(
        r.attributes.end(),
        {{"demand_outlook", "demand_outlook.csv"},
         {"demand_outlook_sources",
          "UWV 2025; UWV 2025-2027; ROA 2028; ROA 2028 held to 2030; labour supply at structural "
          "unemployment"},
         {"population_outlook_sources", "CBS births 2010 x 1.0683; CBS 85751NED 2030"},
         {"aow_age_law_until", "2031"}});
  }
  return r;
}

}  // namespace lmsim::test
