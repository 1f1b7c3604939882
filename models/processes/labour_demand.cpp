// Labour demand (del Rio-Chanona et al. 2021, eqs. for separations and vacancy openings), per
// work region x occupation with realised demand d = e + v and gap D = d - d*:
//   separations  w = du e + (1 - du) min(e, gu max(0, D))
//   openings     n = dv e + (1 - dv) min(e, gv max(0, -D))
// du is the published rate rescaled to the step; dv is calibrated per cell with lmsim's regional
// data and the published rate with a published network's (docs/model.md). e is the
// employee jobs of the cell, and the gap D also counts the zzp working in it (they fill demand
// without being separated or hired). Both flows are computed from the state at the start of the
// step and applied together with the hires by search_and_matching, as in the published simultaneous
// update.
#include <algorithm>

#include "models/model_description.hpp"
#include "models/processes/labour_demand.hpp"

namespace lmsim::model {

void apply_separations_and_openings(const ModelDescription& model, LabourMarketState& state,
                                    int /*step*/) {
  const ModelParameters& p = model.parameters();
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const auto& zzp = state.persons(Status::kSelfEmployed);
  const std::vector<double> employee_jobs = state.employee_jobs_by_work_cell();
  const double gap_speed = p.demand_gap_speed;
  for (std::size_t w = 0; w < R; ++w) {
    for (std::size_t o = 0; o < O; ++o) {
      const std::size_t c = state.cell(w, o);
      double self_employed = 0.0;
      for (std::size_t ae = state.groups().first; ae < state.groups().end; ++ae)
        self_employed += zzp[state.block(w, o) + ae];
      const double e = employee_jobs[c];
      const double gap = e + self_employed + state.vacancies[c] - state.target_demand[c];
      const double du = std::min(
          1.0, model.calibration().separation_rate[c] * state.record.effects.separation_factor[c]);
      const double dv =
          std::min(1.0, model.calibration().opening_rate[c] * p.vacancy_opening_scale);
      state.record.separations[c] =
          du * e + (1.0 - du) * std::min(e, gap_speed * std::max(0.0, gap));
      state.record.openings[c] = dv * e + (1.0 - dv) * std::min(e, gap_speed * std::max(0.0, -gap));
    }
  }
}

}  // namespace lmsim::model
