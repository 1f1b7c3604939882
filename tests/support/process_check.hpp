// Test support for the tests of the month's processes (tests/models/processes/): a state at the
// start of a month, one process applied as the month applies it, and the checks that compare
// stocks, flows and cells.
#pragma once

#include <array>
#include <cstddef>

#include "models/model_description.hpp"
#include "models/processes/month.hpp"

namespace lmsim::test {

using Stocks = std::array<double, model::kStatusCount>;

// The initial state of the model as the month `step` opens: apply_levers has cleared the
// records and set the month's effects.
model::LabourMarketState month_start(const model::ModelDescription& model, int step);
// A state without persons, jobs or vacancies as the month `step` opens, to fill by hand.
model::LabourMarketState empty_month_start(const model::ModelDescription& model, int step);

// Offset of the age x education group ae of a home region's block of a status (and occupation,
// for the statuses that have one).
std::size_t cell_of(const model::LabourMarketState& state, model::Status s, std::size_t home,
                    std::size_t occupation, std::size_t ae);

// Applies one process of the month: a per-region one to every region and then
// add_regional_totals, as the month does, so that its flows are in state.record.ledger.
template <class Process>
void apply_process(const model::ModelDescription& model, model::LabourMarketState& state,
                   int step) {
  if constexpr (Process::kScope == model::Scope::kHomeRegion) {
    for (std::size_t h = 0; h < state.regions(); ++h) Process::apply(model, state, step, h);
    model::add_regional_totals(model, state, step);
  } else {
    Process::apply(model, state, step);
  }
}

Stocks stocks(const model::LabourMarketState& state);

// For every status: the change of its stock from `before` to `after` equals the inflows minus the
// outflows of `ledger` (1e-9 relative).
void check_flows_balance(const Stocks& before, const model::LabourMarketState& after,
                         const model::FlowLedger& ledger);

// Sum of all flows of a ledger between different statuses (or the outside).
double total_flow(const model::FlowLedger& ledger);

// Every cell of home region h of every status is the same in both states (`relative` of the
// larger value, at least of one person).
void check_same_persons(const model::LabourMarketState& expected,
                        const model::LabourMarketState& actual, std::size_t h, double relative);
// Every flow of the two ledgers is the same (`relative` of the larger, at least of one person).
void check_same_flows(const model::FlowLedger& expected, const model::FlowLedger& actual,
                      double relative);

}  // namespace lmsim::test
