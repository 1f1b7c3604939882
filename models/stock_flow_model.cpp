#include "models/stock_flow_model.hpp"

#include "models/processes/month.hpp"

namespace lmsim::model {

StockFlowModel::StockFlowModel(std::shared_ptr<const ModelDescription> model)
    : model_(std::move(model)), schedule_(month_schedule(model_->regions())) {}

StockFlowModel::StockFlowModel(const ModelDescription& model)
    : StockFlowModel(
          std::shared_ptr<const ModelDescription>(&model, [](const ModelDescription*) {})) {}

StockFlowModel::StockFlowModel(const DataSet& data, const ModelParameters& parameters,
                               const TimeAxis& time, LeverList levers)
    : StockFlowModel(
          std::make_shared<const ModelDescription>(data, parameters, time, std::move(levers))) {}

}  // namespace lmsim::model
