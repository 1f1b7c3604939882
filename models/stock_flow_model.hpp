// The deterministic (mean-field) engine: runs the month's processes (processes/month.hpp) on
// expected counts, cell by cell, for a model description (model_description.hpp) that it shares
// with whoever built it. docs/model.md gives the equations.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/process_schedule.hpp"
#include "models/model_description.hpp"

namespace lmsim::model {

class StockFlowModel {
 public:
  explicit StockFlowModel(std::shared_ptr<const ModelDescription> model);
  // Runs a description that the caller keeps alive for the engine's lifetime (not a temporary).
  explicit StockFlowModel(const ModelDescription& model);
  explicit StockFlowModel(ModelDescription&&) = delete;
  // Builds the description (and so calibrates it) for this engine alone. The data set must
  // outlive the engine (the description reads it during the run).
  StockFlowModel(const DataSet& data, const ModelParameters& parameters, const TimeAxis& time,
                 LeverList levers = {});
  StockFlowModel(DataSet&&, const ModelParameters&, const TimeAxis&, LeverList = {}) = delete;

  const ModelDescription& description() const { return *model_; }

  LabourMarketState initial_state() const { return model_->initial_state(); }
  void step(LabourMarketState& state, int t) const { schedule_.step(*model_, state, t); }
  void step_timed(LabourMarketState& state, int t, std::vector<double>& seconds) const {
    schedule_.step_timed(*model_, state, t, seconds);
  }
  template <class Observer>
  void run(LabourMarketState& state, Observer&& observe) const {
    schedule_.run(*model_, state, model_->time().steps(), std::forward<Observer>(observe));
  }
  std::vector<std::string> process_names() const { return schedule_.names(); }

  // The description's parts that callers of the engine ask for most.
  const DataSet& data() const { return model_->data(); }
  const ModelParameters& parameters() const { return model_->parameters(); }
  const Calibration& calibration() const { return model_->calibration(); }
  const TimeAxis& time() const { return model_->time(); }
  const LeverList& levers() const { return model_->levers(); }
  std::size_t regions() const { return model_->regions(); }
  std::size_t occupations() const { return model_->occupations(); }

 private:
  std::shared_ptr<const ModelDescription> model_;
  ProcessSchedule<ModelDescription, LabourMarketState> schedule_;
};

}  // namespace lmsim::model
