#include "models/levers/hours_reduction.hpp"

namespace lmsim::model {

HoursReduction::HoursReduction(Group group, std::vector<double> full_share, double cut,
                               TimeProfile profile)
    : group_(group), full_share_(std::move(full_share)), cut_(cut), profile_(std::move(profile)) {}

std::unique_ptr<const Lever> HoursReduction::mantelzorg(const LeverReader& reader,
                                                        const DataSet& data) {
  const double carers = reader.number("carers_share", 0.0, 1.0);
  const double cut = reader.number("hours_cut", 0.0, 1.0);
  const std::vector<bool> regions = reader.regions("regions");
  const std::vector<bool> occupations = reader.occupations("occupations");
  std::vector<double> full_share(data.dims.region_count() * data.dims.occupation_count(), 0.0);
  for (std::size_t r = 0; r < regions.size(); ++r) {
    for (std::size_t o = 0; o < occupations.size(); ++o) {
      if (regions[r] && occupations[o]) full_share[r * occupations.size() + o] = carers;
    }
  }
  return std::unique_ptr<const Lever>(
      new HoursReduction(Group::kCarers, std::move(full_share), cut, reader.profile("profile")));
}

namespace {

double civilian_workers(const DataSet& data) {
  double workers = data.employed.sum();
  if (data.dims.occupations.contains("DEF"))
    workers -= data.employed.col(static_cast<Eigen::Index>(data.dims.occupations["DEF"])).sum();
  return workers;
}

// `share` in every civilian cell, 0 in DEF's.
std::vector<double> in_civilian_cells(const DataSet& data, double share) {
  std::vector<double> cells(data.dims.region_count() * data.dims.occupation_count(), share);
  if (!data.dims.occupations.contains("DEF")) return cells;
  const std::size_t defence = data.dims.occupations["DEF"];
  for (std::size_t r = 0; r < data.dims.region_count(); ++r)
    cells[r * data.dims.occupation_count() + defence] = 0.0;
  return cells;
}

}  // namespace

std::vector<double> reservist_share_per_person(const DataSet& data) {
  const double workers = civilian_workers(data);
  return in_civilian_cells(data, workers > 0.0 ? 1.0 / workers : 0.0);
}

std::unique_ptr<const Lever> HoursReduction::reservists(const LeverReader& reader,
                                                        const DataSet& data) {
  const double reservists = reader.number("reservists", 0.0, 1e6);
  const double cut = reader.number("civilian_hours_cut", 0.0, 1.0);
  const double workers = civilian_workers(data);
  const double share = workers > 0.0 ? std::min(1.0, reservists / workers) : 0.0;
  return std::unique_ptr<const Lever>(new HoursReduction(
      Group::kReservists, in_civilian_cells(data, share), cut, reader.profile("profile")));
}

void HoursReduction::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double size = profile_.at(month);
  if (size <= 0.0 || cut_ <= 0.0) return;
  HoursCut& group = group_ == Group::kCarers ? effects.carers : effects.reservists;
  for (std::size_t c = 0; c < full_share_.size(); ++c) {
    if (full_share_[c] > 0.0) group.add(c, std::min(1.0, full_share_[c] * size), cut_);
  }
}

}  // namespace lmsim::model
