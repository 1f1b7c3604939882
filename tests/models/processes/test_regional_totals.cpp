// Regional totals (models/processes/regional_totals.hpp): the month's record holds the sum of
// what the per-region processes recorded, added in region order (the same bits for any number of
// threads), and the region records are cleared for the next month; no person moves.
#include <catch2/catch.hpp>

#include "models/processes/regional_totals.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;

const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

TEST_CASE("regional totals: the record is the sum of the region records, which are cleared",
          "[process][regional_totals]") {
  const ModelDescription& m = model();
  LabourMarketState state = test::empty_month_start(m, kStep);
  state.record.ledger.add(Status::kEmployed, Status::kRetired, 1.0);
  state.record.retirements_employees = 0.5;
  state.ledger_of(0).add(Status::kEmployed, Status::kRetired, 2.0);
  state.ledger_of(3).add(Status::kEmployed, Status::kRetired, 5.0);
  state.ledger_of(3).add(kOutside, index(Status::kStudent), 7.0);
  state.region_records[0].retirements_employees = 1.5;
  state.region_records[3].retirements_employees = 2.5;
  add_regional_totals(m, state, kStep);
  CHECK(state.record.ledger.flow(index(Status::kEmployed), index(Status::kRetired)) == 8.0);
  CHECK(state.record.ledger.flow(kOutside, index(Status::kStudent)) == 7.0);
  CHECK(test::total_flow(state.record.ledger) == 15.0);
  CHECK(state.record.retirements_employees == 4.5);
  for (std::size_t h = 0; h < m.regions(); ++h) {
    CHECK(test::total_flow(state.ledger_of(h)) == 0.0);
    CHECK(state.region_records[h].retirements_employees == 0.0);
  }
}

TEST_CASE("regional totals: the flows of the supply processes, added in region order",
          "[process][regional_totals]") {
  const ModelDescription& m = model();
  LabourMarketState state = test::month_start(m, kStep);
  for (std::size_t h = 0; h < m.regions(); ++h) {
    apply_demography(m, state, kStep, h);
    apply_retirement(m, state, kStep, h);
  }
  FlowLedger summed;
  double retirements = 0.0;
  for (std::size_t h = 0; h < m.regions(); ++h) {
    for (std::size_t from = 0; from < kLedgerSize; ++from) {
      for (std::size_t to = 0; to < kLedgerSize; ++to)
        summed.add(from, to, state.ledger_of(h).flow(from, to));
    }
    retirements += state.region_records[h].retirements_employees;
  }
  REQUIRE(retirements > 0.0);
  const test::Stocks before = test::stocks(state);
  add_regional_totals(m, state, kStep);
  CHECK(test::stocks(state) == before);
  // The same additions in the same order: the same bits.
  for (std::size_t from = 0; from < kLedgerSize; ++from) {
    for (std::size_t to = 0; to < kLedgerSize; ++to) {
      INFO("flow " << from << " -> " << to);
      CHECK(state.record.ledger.flow(from, to) == summed.flow(from, to));
    }
  }
  CHECK(state.record.retirements_employees == retirements);
}

}  // namespace
}  // namespace lmsim::model
