// Test support: a small ResultSet with awkward contents, for the writer, reader and exporters.
#pragma once

#include <string>

#include "engine/result_set.hpp"

namespace lmsim::test {

// A region label holding a comma and quotes, as CSV must quote it.
inline const std::string kAwkwardLabel = "Noord, \"oost\"";

// time (January .. March 2025, days since 2025-01-01) x region (2 labels), a region_name text
// coordinate with kAwkwardLabel, a time x region variable with awkward values (0.1 + 0.2, 1/3,
// +infinity, a subnormal-sized number) and a variable over time alone; title and engine.
ResultSet small_result_set();

// A small run as lmsim run writes it, for the tension, defence and outlook texts: 2025-01 ..
// 2026-12 (24 months) x regions R1 "Noord", R2 "Zuid" x occupations BRC01, BRC10 and DEF, with
// employed, unemployed, vacancies, target_demand and (with_ww_counts) ww_under_6_months, and
// population_by_status; the outlook attributes of the shipped data set (with_outlook). Monthly
// values are constant within a year, so annual means are the monthly values. Annual tension
// (vacancies / WW benefits under 6 months) lies on UWV's class boundaries:
//   R1 BRC01 100 / 400 = 0.25 (ruim)      R1 BRC10 400 / 100 = 4 (zeer krap)
//   R2 BRC01 150 / 100 = 1.5 (krap)       R2 BRC10  67 / 100 = 0.67 (gemiddeld)
// defence would be the tightest (R1 DEF 500 / 1, R2 DEF 0 / 0 = infinite), but is no UWV
// class; the country's tension over the UWV classes is 717 / 700. Defence formation: DEF
// employed 900 (2025) and 1,000 (2026) in R1, 100 in R2, of target demand 1,000 and 250: 1,000
// of 1,250 posts filled (80.0%) in 2025, 1,100 (88.0%) in 2026.
ResultSet small_run_result_set(bool with_ww_counts = true, bool with_outlook = true);

}  // namespace lmsim::test
