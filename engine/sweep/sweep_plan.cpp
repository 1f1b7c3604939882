#include "engine/sweep/sweep_plan.hpp"

#include "engine/sampling/design.hpp"

namespace lmsim::sweep {
namespace {

SweepPlan plan_grid(const SweepSpec& spec) {
  std::vector<std::size_t> levels;
  for (const auto& p : spec.parameters) levels.push_back(p.grid_values.size());
  const auto rows = sampling::full_factorial(levels);
  const auto P = static_cast<Eigen::Index>(spec.parameters.size());
  SweepPlan plan{Eigen::MatrixXd(static_cast<Eigen::Index>(rows.size()), P),
                 Eigen::MatrixXd(static_cast<Eigen::Index>(rows.size()), P)};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = 0; j < spec.parameters.size(); ++j) {
      const auto row = static_cast<Eigen::Index>(i);
      const auto col = static_cast<Eigen::Index>(j);
      // The grid's unit coordinate: the middle of the level's share of (0,1).
      plan.unit(row, col) =
          (static_cast<double>(rows[i][j]) + 0.5) / static_cast<double>(levels[j]);
      plan.values(row, col) = spec.parameters[j].grid_values[rows[i][j]];
    }
  }
  return plan;
}

sampling::DesignKind sampling_design(DesignKind kind) {
  switch (kind) {
    case DesignKind::kSobol:
      return sampling::DesignKind::kSobol;
    case DesignKind::kRandom:
      return sampling::DesignKind::kRandom;
    default:
      return sampling::DesignKind::kLatinHypercube;
  }
}

}  // namespace

SweepPlan plan_sweep(const SweepSpec& spec, std::uint64_t seed) {
  if (spec.design == DesignKind::kGrid) return plan_grid(spec);
  SweepPlan plan;
  plan.unit = sampling::unit_design(sampling_design(spec.design), spec.points,
                                    spec.parameters.size(), seed);
  plan.values.resize(plan.unit.rows(), plan.unit.cols());
  for (Eigen::Index i = 0; i < plan.unit.rows(); ++i) {
    for (Eigen::Index j = 0; j < plan.unit.cols(); ++j) {
      plan.values(i, j) =
          spec.parameters[static_cast<std::size_t>(j)].distribution.quantile(plan.unit(i, j));
    }
  }
  return plan;
}

}  // namespace lmsim::sweep
