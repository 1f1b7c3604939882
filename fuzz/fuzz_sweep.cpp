// libFuzzer target for the sweep-file parser: the input is written to a sweep file in a private
// temporary directory beside a small scenario file (so that `scenario = "scenario.toml"`
// resolves), read with lmsim::sweep::load_sweep against the model's parameter registry, and, when
// it is accepted and small enough to plan quickly, turned into its points with plan_sweep (which
// runs every distribution's quantile function). An InputError is the expected answer to bad
// input; any other exception, a crash or a sanitizer report is a finding.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/error.hpp"
#include "engine/sweep/sweep_file.hpp"
#include "engine/sweep/sweep_plan.hpp"
#include "fuzz/input_folder.hpp"
#include "models/parameters.hpp"

namespace {

namespace fs = std::filesystem;

// Plans of more cells than this are skipped: they are correct but slow, and the fuzzer looks
// for wrong answers, not long ones.
constexpr std::size_t kMaxPlannedCells = 20000;

// The folder, with the scenario file the inputs name.
const lmsim::fuzz::InputFolder& folder() {
  static const lmsim::fuzz::InputFolder f{"lmsim-fuzz-sweep-"};
  static const bool scenario_written = [] {
    std::ofstream(f.path() / "scenario.toml") << "title = \"fuzz\"\n";
    return true;
  }();
  static_cast<void>(scenario_written);
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const fs::path file = folder().write("sweep.toml", bytes, size);
  try {
    const lmsim::sweep::SweepSpec spec =
        lmsim::sweep::load_sweep(file, lmsim::model::model_parameter_registry());
    if (spec.points * spec.parameters.size() > kMaxPlannedCells) return 0;
    const lmsim::sweep::SweepPlan plan = lmsim::sweep::plan_sweep(spec, spec.seed.value_or(1));
    // Every planned value lies within what the file allowed (the reader checked the bounds).
    for (Eigen::Index i = 0; i < plan.values.rows(); ++i) {
      for (Eigen::Index j = 0; j < plan.values.cols(); ++j) {
        const double u = plan.unit(i, j);
        const double v = plan.values(i, j);
        const auto& d = spec.parameters[static_cast<std::size_t>(j)].distribution;
        if (!(u > 0.0 && u < 1.0) || std::isnan(v)) std::abort();
        if (spec.design != lmsim::sweep::DesignKind::kGrid &&
            (v < d.support_min() || v > d.support_max())) {
          std::abort();
        }
      }
    }
  } catch (const lmsim::InputError&) {
    // Expected for bad input.
  }
  return 0;
}
