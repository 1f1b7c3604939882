#include "models/processes/ww_benefits.hpp"

#include <numeric>

#include "models/model_description.hpp"
#include "models/state.hpp"

namespace lmsim::model {

void WwBenefits::resize(std::size_t cells) {
  for (auto& month : short_term) month.assign(cells, 0.0);
  for (auto& month : long_term) month.assign(cells, 0.0);
}

double WwBenefits::in_cell(std::size_t cell) const {
  double sum = 0.0;
  for (std::size_t d = 0; d < kWwMonths; ++d) sum += short_term[d][cell] + long_term[d][cell];
  return sum;
}

double WwBenefits::total() const {
  double sum = 0.0;
  if (empty()) return sum;
  for (std::size_t c = 0; c < short_term[0].size(); ++c) sum += in_cell(c);
  return sum;
}

void set_initial_ww_benefits(LabourMarketState& state, double share_of_short_term) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  state.ww.resize(R * O);
  const Eigen::VectorXd short_term = state.block_sums(Status::kUnemployedShort);
  for (std::size_t c = 0; c < R * O; ++c) {
    const double per_month =
        share_of_short_term * short_term(static_cast<Eigen::Index>(c)) / kWwMonths;
    for (std::size_t d = 0; d < kWwMonths; ++d) state.ww.short_term[d][c] = per_month;
  }
}

void apply_ww_benefits(const ModelDescription& model, LabourMarketState& state, int /*step*/) {
  WwBenefits& ww = state.ww;
  if (ww.empty()) return;
  const ModelParameters& p = model.parameters();
  const StepRecord& record = state.record;
  const double entitled = model.calibration().ww_entitled_share;
  const double to_long = p.short_to_long_unemployment;
  const double discouraged = p.discouragement;
  for (std::size_t c = 0; c < ww.short_term[0].size(); ++c) {
    const double stay_short = 1.0 - record.hire_probability_short[c];
    const double stay_long = 1.0 - record.hire_probability_long[c];
    // Oldest first, so that each month reads the month before it as it was.
    for (std::size_t d = kWwMonths - 1; d > 0; --d) {
      const double in_short = ww.short_term[d - 1][c];
      const double in_long = ww.long_term[d - 1][c];
      ww.short_term[d][c] = in_short * (1.0 - to_long) * stay_short;
      // participation moves short- to long-term unemployment before it discourages the long-term
      // unemployed (both in the same month), and matching comes after both.
      ww.long_term[d][c] = (in_long + in_short * to_long) * (1.0 - discouraged) * stay_long;
    }
    ww.short_term[0][c] = entitled * record.job_losers[c];
    ww.long_term[0][c] = 0.0;
  }
}

}  // namespace lmsim::model
