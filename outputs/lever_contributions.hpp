// The split of a scenario's effect over its levers (lmsim contributions; docs/compare.md,
// "Contributions of the levers"). The scenario is run without any lever (the base), with all
// its levers (the full scenario) and once without each lever; then, per figure:
//
//   contribution of lever i = full - (full without lever i)
//   interaction             = (full - base) - (sum of the contributions)
//
// so that the contributions and the interaction add up to the scenario's effect, full - base.
// The interaction is what the levers do together beyond what each does alone (zero where their
// effects simply add up, and always for a single lever). Works on compare_results of the base
// with the full scenario and with each run without one lever, for the same request.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/parameter_registry.hpp"
#include "outputs/comparison.hpp"

namespace lmsim::outputs {

// Employed, vacancies and shortage (the additive figures of compare; tension, a ratio, is not
// split) in the base and the full scenario, and the effect's split over the levers.
struct LeverSplit {
  Figures base;
  Figures full;
  std::vector<Figures> contributions;  // one per lever, in the scenario's order
  Figures interaction;
};

// full - base of the three split figures.
Figures effect_of(const LeverSplit& split);

struct CellSplit {
  std::string region, region_name, occupation, occupation_name;
  LeverSplit split;
};

struct YearSplit {
  int year = 0;
  std::string area = "Netherlands";  // as YearComparison::area
  bool monthly = true;
  LeverSplit national;           // every region and occupation, whatever the filters
  std::vector<CellSplit> cells;  // the selected cells, largest |effect| on the ranked figure first
};

// The figure whose effect ranks the cells and is split in the table's cell rows.
enum class SplitFigure { kEmployed, kVacancies, kShortage };

// The figure a --figure value names (employed, vacancies or shortage); nothing otherwise.
std::optional<SplitFigure> split_figure_from_name(const std::string& name);

// full: compare_results(base, full scenario); without[i]: compare_results(base, full scenario
// without lever i), all for the same request, so that they hold the same years and cells.
std::vector<YearSplit> split_by_lever(const std::vector<YearComparison>& full,
                                      const std::vector<std::vector<YearComparison>>& without,
                                      SplitFigure ranked_by);

// Text table or csv. `levers`: one line per lever (engine/lever_summary.hpp), numbered from 1 in
// the table; `top` limits the cell rows per year (0: all); `scenario_label` names the scenario in
// the table's header. The csv has one line per year x row (the national rows first, with empty
// region and occupation) x part (base, full, effect, one contribution per lever, interaction),
// with every digit of the values.
std::string format_lever_split(const std::vector<YearSplit>& years, TableFormat format,
                               std::size_t top, const std::string& scenario_label,
                               const std::vector<std::string>& levers, SplitFigure figure);

}  // namespace lmsim::outputs
