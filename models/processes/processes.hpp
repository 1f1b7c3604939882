// The processes of one month, in the order the stock-flow engine runs them (MODEL.md, "Core
// dynamics per step"). Each transcribes one part of the model and records its flows.
#pragma once

#include "models/state.hpp"

namespace lmsim::model {

class StockFlowModel;

void update_target_demand(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_demography(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_migration(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_retirement(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_disability(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_participation(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_jobs_follow_employees(const StockFlowModel& model, LabourMarketState& state, int step);
// Separations and vacancy openings from the gap to target demand; hires come from matching.
void apply_separations_and_openings(const StockFlowModel& model, LabourMarketState& state, int step);
void apply_search_and_matching(const StockFlowModel& model, LabourMarketState& state, int step);

}  // namespace lmsim::model
