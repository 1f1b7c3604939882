#include "models/levers/automation_shock.hpp"

#include <cmath>

#include "engine/checksum.hpp"
#include "engine/code_index.hpp"
#include "engine/csv_table.hpp"
#include "engine/text_file.hpp"

namespace lmsim::model {
namespace {

// Automation probability per occupation, from the lever's file; every occupation exactly once.
std::vector<double> read_probabilities(const LeverReader& reader, const DataSet& data,
                                       std::map<std::string, std::uint64_t>& checksums) {
  const std::string file = reader.text("probabilities");
  if (nothing_at(data.directory / file)) {
    reader.fail("probabilities", (data.directory / file).string() +
                                     " not found (the file is looked up in the data directory)");
  }
  // One read: the checksum is that of the bytes the run used.
  const std::string bytes = read_data_file(data.directory / file);
  checksums[file] = fnv1a(bytes);
  const CsvTable t = CsvTable::parse(bytes, (data.directory / file).string());
  const std::size_t id = t.column(reader.text("id_column"));
  const std::size_t value = t.column(reader.text("probability_column"));
  const std::size_t O = data.dims.occupation_count();
  std::vector<double> p(O, 0.0);
  CoverageCheck coverage(t, O, "the automation probabilities");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t o = data.dims.occupations.at(t, r, id);
    coverage.mark(r, id, o, t.text(r, id));
    p[o] = t.non_negative(r, value);
    if (p[o] > 1.0) t.fail(r, value, "a probability must not exceed 1");
  }
  coverage.require_complete(
      [&](std::size_t o) { return "occupation " + data.dims.occupations.code(o); });
  return p;
}

}  // namespace

AutomationShock::AutomationShock(const LeverReader& reader, const DataSet& data)
    : start_(reader.number_or("start_step", 0.0, 0.0, kMaxLeverSteps)) {
  const double duration = reader.number("duration_steps", 1e-3, kMaxLeverSteps);
  const double completion = reader.number_or("completion", 0.9999, 0.5, 1.0 - 1e-12);
  const double half = duration / 2.0;
  steepness_ = -std::log(1.0 / completion - 1.0) / half;
  midpoint_ = start_ + half;
  const std::vector<double> p = read_probabilities(reader, data, checksums_);
  const std::size_t R = data.dims.region_count();
  const std::size_t O = data.dims.occupation_count();
  // Df / D0 = (1 - p) sum(D0) / sum(D0 (1 - p)), with D0 by occupation over all regions.
  double total = 0.0;
  double kept = 0.0;
  for (std::size_t o = 0; o < O; ++o) {
    const auto oi = static_cast<Eigen::Index>(o);
    const double demand = data.employed.col(oi).sum() + data.vacancies.col(oi).sum();
    total += demand;
    kept += demand * (1.0 - p[o]);
  }
  if (kept <= 0.0) reader.fail("probabilities", "every job would be automated: no demand is left");
  full_change_.assign(R * O, 0.0);
  for (std::size_t w = 0; w < R; ++w) {
    for (std::size_t o = 0; o < O; ++o) full_change_[w * O + o] = (1.0 - p[o]) * total / kept - 1.0;
  }
}

void AutomationShock::add_effect_at(ScenarioEffects& effects, const TimeAxis& /*time*/,
                                    int step) const {
  if (step < start_) return;
  const double share = 1.0 / (1.0 + std::exp(-steepness_ * (step - midpoint_)));
  for (std::size_t c = 0; c < full_change_.size(); ++c)
    effects.demand_change[c] += full_change_[c] * share;
}

}  // namespace lmsim::model
