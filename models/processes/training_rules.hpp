// The rules of retraining (LLO) that both engines apply: which share of the eligible unemployed
// of a home region enter training this month, and where those who complete it look for work.
#pragma once

#include <algorithm>
#include <vector>

#include "models/model_description.hpp"

namespace lmsim::model {

// Share of the unemployed of home region h in the occupations trained from who enter training
// this month: the region's places over them, at most 1 (0 without places or eligible persons).
inline double training_entry_share(const LabourMarketState& state, std::size_t h,
                                   const ScenarioEffects& effects) {
  const double entries = effects.training_entries_by_region[h];
  if (entries <= 0.0) return 0.0;
  double eligible = 0.0;
  for (std::size_t o = 0; o < state.occupations(); ++o) {
    if (!effects.training_from[o]) continue;
    for (Status s : {Status::kUnemployedShort, Status::kUnemployedLong}) {
      const double* p = &state.persons(s)[state.block(h, o)];
      for (std::size_t ae = 0; ae < kBlockGroups; ++ae) eligible += p[ae];
    }
  }
  return eligible > 0.0 ? std::min(1.0, entries / eligible) : 0.0;
}

// Where those who complete retraining look for work: the occupations trained for, in proportion
// to their national employment (employed.csv); all zero when the scenario trains for none.
inline std::vector<double> training_target_shares(const ModelDescription& model,
                                                  const ScenarioEffects& effects) {
  std::vector<double> target(model.occupations(), 0.0);
  double total = 0.0;
  for (std::size_t o = 0; o < target.size(); ++o) {
    if (effects.training_to[o])
      target[o] = model.data().employed.col(static_cast<Eigen::Index>(o)).sum();
    total += target[o];
  }
  for (double& share : target) share = total > 0.0 ? share / total : 0.0;
  return target;
}

}  // namespace lmsim::model
