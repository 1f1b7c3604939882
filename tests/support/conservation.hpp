// Test support: the conservation check of the stock-flow engine, shared by the science tests of
// lmsim's regional data and of a published network's data.
#pragma once

#include "models/stock_flow_model.hpp"

namespace lmsim::test {

// Runs `steps` steps and checks, for every status and step, stock(t) - stock(t-1) == inflows -
// outflows of the ledger (1e-9 relative), and that the employee jobs of every home region x
// occupation equal its employees.
void check_conservation(const model::StockFlowModel& model, int steps);

}  // namespace lmsim::test
