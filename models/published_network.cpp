// The published occupational mobility network model (del Rio-Chanona et al. 2021) on lmsim's
// engine: with network data (network_data_set.hpp) nothing is calibrated. The initial state and
// the rates are those of the publication (../shared/peers/omn/README.md, docs/validation.md):
//   e = e0, u = du e0, v = dv e0, target demand D0 = e0 + u0;
//   one application per unemployed person per step (application rate 1, search efficiency 1,
//   mid-level education), no on-the-job search, recruitment intensity 1, equal risk of job loss;
//   separation rate du and vacancy rate dv in every cell.

#include "models/model_description.hpp"

namespace lmsim::model {

LabourMarketState ModelDescription::published_initial_state() const {
  const std::size_t O = occupations();
  LabourMarketState state(regions(), O);
  for (std::size_t o = 0; o < O; ++o) {
    const double e0 = data_.employed(0, static_cast<Eigen::Index>(o));
    const std::size_t person = state.block(0, o) + kNetworkGroup;
    state.persons(Status::kEmployed)[person] = e0;
    state.persons(Status::kUnemployedShort)[person] = parameters_.separation_rate * e0;
    state.jobs[state.job(0, 0, o)] = e0;
    state.vacancies[state.cell(0, o)] = parameters_.vacancy_rate * e0;
  }
  if (!calibration_.initial_demand.empty()) state.target_demand = calibration_.initial_demand;
  return state;
}

void ModelDescription::use_published_rates() {
  const std::size_t cells = regions() * occupations();
  Calibration& c = calibration_;
  c.application_rate = 1.0;
  c.on_the_job_search = 0.0;
  c.long_term_search = 1.0;
  c.search_efficiency.assign(cells, 1.0);
  c.recruitment_intensity.assign(cells, 1.0);
  c.separation_risk.assign(kBlockGroups, 1.0);
  c.separation_rate.assign(cells, parameters_.separation_rate);
  c.opening_rate.assign(cells, parameters_.vacancy_rate);
  const LabourMarketState initial = published_initial_state();
  c.initial_demand.assign(cells, 0.0);
  for (std::size_t o = 0; o < occupations(); ++o) {
    const std::size_t person = initial.block(0, o) + kNetworkGroup;
    c.initial_demand[o] = initial.persons(Status::kEmployed)[person] +
                          initial.persons(Status::kUnemployedShort)[person];
  }
  c.residual = 0.0;
}

}  // namespace lmsim::model
