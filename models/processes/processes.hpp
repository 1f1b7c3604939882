// The processes of one month, in the order the stock-flow engine runs them (MODEL.md, "Core
// dynamics per step"). Each transcribes one part of the model and records its flows. The
// supply-side processes act on one home region at a time (regions do not interact in them);
// labour demand and matching act on the whole labour market.
#pragma once

#include <cstddef>

#include "models/state.hpp"

namespace lmsim::model {

class StockFlowModel;

// Whole market.
void apply_levers(const StockFlowModel& model, LabourMarketState& state, int step);
void update_target_demand(const StockFlowModel& model, LabourMarketState& state, int step);
// One home region h at a time.
void apply_demography(const StockFlowModel& model, LabourMarketState& state, int step,
                      std::size_t h);
void apply_migration(const StockFlowModel& model, LabourMarketState& state, int step,
                     std::size_t h);
void apply_retirement(const StockFlowModel& model, LabourMarketState& state, int step,
                      std::size_t h);
void apply_disability(const StockFlowModel& model, LabourMarketState& state, int step,
                      std::size_t h);
void apply_participation(const StockFlowModel& model, LabourMarketState& state, int step,
                         std::size_t h);
// The parts of migration: emigration by age, then labour migrants returning (persons of the
// employees of a home region and occupation who return this month) and all immigration.
void apply_emigration(const StockFlowModel& model, LabourMarketState& state, int step,
                      std::size_t h);
double labour_migrants_returning(const StockFlowModel& model, const LabourMarketState& state,
                                 std::size_t h, std::size_t o);
void apply_returns_and_immigration(const StockFlowModel& model, LabourMarketState& state, int step,
                                   std::size_t h);
// The flows of participation before it keeps its splits at their shares (short- to long-term
// unemployment, discouragement, activation): the agent-based engine runs the processes up to
// here on the expected state to find the splits' flows.
void apply_participation_flows(const StockFlowModel& model, LabourMarketState& state,
                               std::size_t h);
void apply_participation_splits(const StockFlowModel& model, LabourMarketState& state,
                                std::size_t h);
void apply_training(const StockFlowModel& model, LabourMarketState& state, int step, std::size_t h);
void apply_jobs_follow_employees(const StockFlowModel& model, LabourMarketState& state, int step,
                                 std::size_t h);
// Whole market: separations and vacancy openings from the gap to target demand; search,
// matching and the simultaneous update of persons, jobs and vacancies.
void apply_separations_and_openings(const StockFlowModel& model, LabourMarketState& state,
                                    int step);
void apply_search_and_matching(const StockFlowModel& model, LabourMarketState& state, int step);

}  // namespace lmsim::model
