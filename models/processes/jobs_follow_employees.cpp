// Employee jobs follow the employees of their home region and occupation. The supply processes
// (deaths, migration, retirement, disability, participation) move employees without knowing
// where they work; this process, which runs after them, rescales the jobs of each home region x
// occupation held in every work region to the new number of employees (jobs of a cell that had
// none are placed in the home region).
#include <algorithm>

#include "models/model_description.hpp"
#include "models/processes/jobs_follow_employees.hpp"

namespace lmsim::model {

void apply_jobs_follow_employees(const ModelDescription& /*model*/, LabourMarketState& state,
                                 int /*step*/, std::size_t h) {
  const std::size_t R = state.regions();
  for (std::size_t o = 0; o < state.occupations(); ++o) {
    double held = 0.0;
    for (std::size_t w = 0; w < R; ++w) held += state.jobs[state.job(h, w, o)];
    const double employees = state.employees(h, o);
    double& migrants = state.labour_migrants[state.cell(h, o)];
    if (held > 0.0) {
      const double factor = employees / held;
      for (std::size_t w = 0; w < R; ++w) state.jobs[state.job(h, w, o)] *= factor;
      // Labour migrants among the employees leave work (die, emigrate, retire) as the others do.
      migrants *= std::min(1.0, factor);
    } else {
      state.jobs[state.job(h, h, o)] = employees;
    }
    migrants = std::min(migrants, employees);
  }
}

}  // namespace lmsim::model
