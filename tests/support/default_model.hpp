// Test support: the default data set (loaded once), a stock-flow model on it from January 2025
// to a given month, and the levers of a scenario written inline.
#pragma once

#include <string>

#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/parameters.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::test {

const model::DataSet& default_data();
model::StockFlowModel default_model(
    YearMonth last, model::LeverList levers = {},
    const ParameterValues& values = ParameterValues(model::model_parameter_registry()));
// The levers of a scenario file holding `toml` (on the default data).
model::LeverList levers_of(const std::string& toml);

}  // namespace lmsim::test
