// Where those who complete retraining (LLO) look for work: the occupations trained for, in
// proportion to their national employment (employed.csv). Shared by both engines; all zero when
// the scenario trains for no occupation.
#pragma once

#include <vector>

#include "models/stock_flow_model.hpp"

namespace lmsim::model {

inline std::vector<double> training_target_shares(const StockFlowModel& model,
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
