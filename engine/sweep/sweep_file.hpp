// A sweep file: TOML naming a scenario, the uncertain parameters with their distributions (or
// grid values), a design, the number of points and the replicates per point. This layer reads
// and checks it; engine/sweep/sweep_plan.hpp turns it into points. docs/sweep.md describes it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/parameter_registry.hpp"
#include "engine/sampling/distribution.hpp"
#include "engine/sweep/lever_parameter.hpp"

namespace lmsim::sweep {

enum class DesignKind { kLatinHypercube, kSobol, kRandom, kGrid };

const char* design_name(DesignKind kind);

struct UncertainParameter {
  std::string name;
  // The distribution the design's unit samples go through (a discrete one for grid `values`).
  sampling::Distribution distribution;
  // Grid designs: the values the parameter takes, in order.
  std::vector<double> grid_values;
  SourceLocation where;  // the [parameters.NAME] table
  // Set where the name is a key of one of the scenario's levers (engine/sweep/lever_parameter.hpp)
  // rather than a model parameter; the lever's reader checks its values.
  std::optional<LeverKeyName> lever_key;
};

struct SweepSpec {
  std::filesystem::path file;
  std::string text;  // the file as written, stored with the results
  std::string title;
  std::filesystem::path scenario;  // absolute, resolved against the sweep file
  std::string engine = "stock-flow";
  DesignKind design = DesignKind::kLatinHypercube;
  std::size_t points = 0;  // grid: the product of the levels
  std::uint32_t replicates = 1;
  long long scale = 1;
  std::optional<std::uint64_t> seed;           // default: the scenario's
  std::vector<UncertainParameter> parameters;  // in the order of the file
};

// The most points and replicates a sweep may ask for (the agent-based engine's random key has 20
// bits for replicates; a million points is far beyond what one file should hold).
inline constexpr std::size_t kMaxSweepPoints = 1000000;
inline constexpr std::uint32_t kMaxSweepReplicates = 10000;
inline constexpr long long kMaxSweepScale = 100000;

// Reads and checks the sweep file; parameter names and the support of each distribution are
// checked against the registry (a value outside a parameter's bounds is refused before any
// work). Names of lever keys are only read here: the scenario's levers resolve and check them.
// Throws InputError naming file, line, column and key.
SweepSpec load_sweep(const std::filesystem::path& file, const ParameterRegistry& registry);

}  // namespace lmsim::sweep
