// Compares two results of the same data set and horizon (lmsim compare): per year, the annual
// means of employed, vacancies, shortage and tension (UWV scale) in both and their difference,
// for the Netherlands and per region x occupation, cells sorted by impact (largest absolute
// change in shortage first), and the fill rate of the defence formation. Works on ResultSets
// (read by read_result_file or built in memory).
#pragma once

#include "outputs/tension_class.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/parameter_registry.hpp"
#include "engine/result_set.hpp"
#include "outputs/region_groups.hpp"

namespace lmsim::outputs {

// One result to compare: its ResultSet (dimensions time x region x occupation, variables
// employed, vacancies and shortage, where it has them ww_under_6_months (for tension) and
// target_demand (for the defence formation), attribute data_checksums) and the name used in
// messages (its file).
struct ComparedResult {
  const ResultSet* results = nullptr;
  std::string file;
};

// The variables compare reads: those it needs, and those it uses where a file has them.
extern const std::vector<std::string> kComparedVariables;
extern const std::vector<std::string> kOptionalComparedVariables;

struct ComparisonRequest {
  std::vector<int> years;                // empty: the last year of the horizon
  std::vector<std::string> regions;      // region or group codes or names; empty: every region
  std::vector<std::string> occupations;  // codes or names; empty: every occupation
};

// Annual means of monthly values (or of the values of each step, for runs with another time
// step); tension = vacancies / ww_under_6_months (UWV), over UWV's occupation classes only
// (defence aside), infinite where there are no WW benefits under 6 months; NaN where a result has
// no WW counts, and for a defence cell (no UWV occupation class).
struct Figures {
  double employed = 0.0;
  double vacancies = 0.0;
  double shortage = 0.0;
  double tension = 0.0;
};

struct CellComparison {
  std::string region, region_name, occupation, occupation_name;
  Figures base, other;
  bool uwv = true;  // a UWV occupation class: false for defence, which has no tension class
};

// Annual mean posts and posts filled of the defence formation (defence_posts and
// defence_filled; in files without them, DEF's target demand and employed).
struct Formation {
  double filled = 0.0;
  double posts = 0.0;
};

// The defence formation of one region in both results.
struct RegionFormation {
  std::string region, region_name;
  Formation base, other;
};

// A selected region or group over the selected occupations: sums of persons and vacancies,
// tension of the summed vacancies over the summed WW counts (never a mean of tensions).
struct AreaComparison {
  std::string code, name;
  bool group = false;
  std::vector<std::string> regions;  // a group's member regions
  std::string note;                  // a province's approximation (group_note)
  Figures base, other;
};

struct YearComparison {
  int year = 0;
  // What the national figures cover: the Netherlands, or the one region of a published
  // network's results ("total").
  std::string area = "Netherlands";
  bool monthly = true;  // the annual means are of monthly values (else of the run's time steps)
  Figures national_base, national_other;  // every region and occupation, whatever the filters
  // The national defence formation in both, where both have defence and target demand.
  std::optional<Formation> defence_base, defence_other;
  // With a --region filter, the formation of each chosen region with defence posts.
  std::vector<RegionFormation> defence_regions;
  // The files without WW counts (ww_under_6_months): no tension is shown when there are any.
  std::vector<std::string> without_ww_counts;
  std::vector<CellComparison> cells;  // the selected cells, largest |change in shortage| first
  // With a --region filter, each selected region and group in the order named.
  std::vector<AreaComparison> areas;
};

// The line that says a file has no WW counts, so that tension is not shown.
std::string ww_counts_notice(const std::string& file);

// Throws InputError (naming the files) unless both results come from the same data set
// (data_checksums), start and steps (the time values of one are the first of the other's, in the
// same units: the horizons may end apart), regions and occupations.
void check_comparable(const ComparedResult& base, const ComparedResult& other);

// The calendar years both results hold in full (the same months in both), in order.
std::vector<int> shared_years(const ComparedResult& base, const ComparedResult& other);
// Where the horizons end apart, the line that says which years are compared ("" where they
// are the same).
std::string shared_horizon_notice(const ComparedResult& base, const ComparedResult& other);

// Checks that the results are comparable and the request valid (years both hold in full,
// known regions and occupations; InputError otherwise), then compares them; the default year is
// the last year both hold.
// `groups` are the region groups the request's regions may name (load_region_groups).
std::vector<YearComparison> compare_results(const ComparedResult& base, const ComparedResult& other,
                                            const ComparisonRequest& request,
                                            const std::vector<RegionGroup>& groups = {});

// Text table (top rows only), markdown or csv (one line per year x cell, no summary lines).
// `top` limits the rows per year; 0 means all rows. `levers` (format_compared_levers of
// outputs/stored_levers.hpp) follows the header line of the table and the markdown.
std::string format_comparison(const std::vector<YearComparison>& years, TableFormat format,
                              std::size_t top, const std::string& base_label,
                              const std::string& other_label, const std::string& levers = "");

}  // namespace lmsim::outputs
