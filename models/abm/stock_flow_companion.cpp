#include "models/abm/stock_flow_companion.hpp"

#include <stdexcept>
#include <string>

#include "models/processes/levers.hpp"

namespace lmsim::model::abm {

StockFlowCompanion::StockFlowCompanion(const ModelDescription& model)
    : model_(model), engine_(model), initial_(model.initial_state()), path_(initial_) {}

void StockFlowCompanion::rewind() {
  if (month_ == 0) return;
  path_ = initial_;
  rates_ = SupplyRates();
  month_ = 0;
}

void StockFlowCompanion::advance_to(int t) {
  if (t == month_) return;
  if (t != month_ + 1) {
    throw std::logic_error("the stock-flow companion is at month " + std::to_string(month_) +
                           " and cannot give month " + std::to_string(t) +
                           ": runs sharing it must step together");
  }
  // The month's levers act on a copy: the path's own step applies them again.
  LabourMarketState start = path_;
  apply_levers(model_, start, t);
  rates_ = supply_rates(model_, start, t);
  engine_.step(path_, t);
  month_ = t;
}

}  // namespace lmsim::model::abm
