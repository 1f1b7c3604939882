// The distributions only the agent-based engine gives, added to the stock-flow recorder's
// variables: completed unemployment spells ending in work by duration, and age at leaving work
// to retire (employees and zzp retiring at or before the AOW age or into RVU, and working
// pensioners stopping), per month; and persons by the traits of their jobs at the end of each
// month.
#pragma once

#include "engine/result_set.hpp"
#include "models/abm/agent_based_model.hpp"

namespace lmsim::model::abm {

class DistributionRecorder {
 public:
  // Declares the variables and their dimensions in `results`.
  explicit DistributionRecorder(ResultSet& results);
  void observe(const AgentBasedModel& model, int step);

 private:
  ResultSet& results_;
};

}  // namespace lmsim::model::abm
