// Fewer working hours for a group of workers, as two levers (docs/scenarios.md):
// - mantelzorg: informal carers (`carers_share` of the workers of the chosen regions and
//   occupations) cut their hours by `hours_cut` (shares), rising with the profile as the
//   old-age share grows;
// - reservist_hours: `reservists` (persons, nationally) cut their civilian hours by
//   `civilian_hours_cut`; spread over all civilian occupations and regions in proportion to
//   their workers (defence expansion toward 200,000 includes reservists; 9,172 in December
//   2025, NOS).
// Both lower the FTE supply (fte_supply) of the cells; persons and jobs are unchanged. The
// profile scales the share of workers in the group (carers grow in number with ageing,
// reservists toward their target); the stock-flow engine cuts the cell's hours by share x cut,
// the agent-based engine marks that share of the workers and cuts their hours (ScenarioEffects).
#pragma once

#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"

namespace lmsim::model {

// Reservists keep their civilian jobs, and the data has no reservists by cell: both reservist
// levers (reservist_hours here, defence_expansion's added reservists) spread them over the
// civilian workers (labour_market.csv's employed outside DEF) of every region and occupation.
// Returns per work cell the share of its workers that one reservist is, 0 in DEF's cells.
std::vector<double> reservist_share_per_person(const DataSet& data);

class HoursReduction : public Lever {
 public:
  static std::unique_ptr<const Lever> mantelzorg(const LeverReader& reader, const DataSet& data);
  static std::unique_ptr<const Lever> reservists(const LeverReader& reader, const DataSet& data);
  void add_effect(ScenarioEffects& effects, YearMonth month) const override;

 private:
  enum class Group { kCarers, kReservists };
  HoursReduction(Group group, std::vector<double> full_share, double cut, TimeProfile profile);
  Group group_;
  std::vector<double> full_share_;  // share of the workers in the group at full size, per cell
  double cut_;                      // share of their hours they cut
  TimeProfile profile_;
};

}  // namespace lmsim::model
