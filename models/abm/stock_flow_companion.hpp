// The stock-flow path an agent-based run takes its supply rates from (agent_based_model.hpp): a
// stock-flow engine of the same description, run alongside, and each month's supply rates made
// from its state (supply_step.hpp). Nothing of it depends on the agents, so the replicates of
// one description can share one companion when they step month by month together
// (run_in_lockstep): the path is stepped and the month's rates made once for all of them, with
// the bits a companion of their own gives (docs/abm.md, "Replicates").
#pragma once

#include "models/abm/supply_step.hpp"
#include "models/model_description.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model::abm {

class StockFlowCompanion {
 public:
  // The description must outlive the companion (not a temporary).
  explicit StockFlowCompanion(const ModelDescription& model);
  StockFlowCompanion(ModelDescription&&) = delete;

  const ModelDescription& model() const { return model_; }
  // The stock-flow engine's initial state (month 0).
  const LabourMarketState& initial_state() const { return initial_; }
  // Takes the path back to month 0.
  void rewind();
  // Makes month t's supply rates from the path and steps the path through month t, once: t is
  // the month after the path's, or the path's own month (then nothing is done). Anything else
  // is a logic error (std::logic_error): a replicate that is ahead of, or behind, the others.
  void advance_to(int t);
  int month() const { return month_; }
  // The path after month(), and month()'s supply rates without the agents' part (the traits
  // and RVU of eligible employees are the run's own: supply_rates, rvu_of_eligible).
  const LabourMarketState& path() const { return path_; }
  const SupplyRates& rates() const { return rates_; }

 private:
  const ModelDescription& model_;
  StockFlowModel engine_;
  LabourMarketState initial_;
  LabourMarketState path_;
  SupplyRates rates_;
  int month_ = 0;
};

}  // namespace lmsim::model::abm
