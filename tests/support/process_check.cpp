#include "tests/support/process_check.hpp"

#include <catch2/catch.hpp>
#include <cmath>

namespace lmsim::test {

using model::FlowLedger;
using model::kLedgerSize;
using model::kStatusCount;
using model::kStatusNames;
using model::LabourMarketState;
using model::Status;

namespace {

std::string ledger_name(std::size_t i) {
  return i == model::kOutside ? std::string("outside") : std::string(kStatusNames[i]);
}

// |a - b| over the larger of |a|, |b| and 1.
double relative_difference(double a, double b) {
  return std::fabs(a - b) / std::max({1.0, std::fabs(a), std::fabs(b)});
}

}  // namespace

LabourMarketState month_start(const model::ModelDescription& model, int step) {
  LabourMarketState state = model.initial_state();
  model::apply_levers(model, state, step);
  return state;
}

LabourMarketState empty_month_start(const model::ModelDescription& model, int step) {
  LabourMarketState state(model.regions(), model.occupations());
  model::apply_levers(model, state, step);
  return state;
}

std::size_t cell_of(const LabourMarketState& state, Status s, std::size_t home,
                    std::size_t occupation, std::size_t ae) {
  return (model::has_occupation(s) ? state.block(home, occupation) : state.block(home)) + ae;
}

Stocks stocks(const LabourMarketState& state) {
  Stocks result{};
  for (std::size_t s = 0; s < kStatusCount; ++s) result[s] = state.total(static_cast<Status>(s));
  return result;
}

void check_flows_balance(const Stocks& before, const LabourMarketState& after,
                         const FlowLedger& ledger) {
  const Stocks now = stocks(after);
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const double change = now[s] - before[s];
    const double net = ledger.net(s);
    INFO("status " << kStatusNames[s] << ": change " << change << ", inflows - outflows " << net);
    REQUIRE(std::fabs(change - net) <= 1e-9 * std::max(1.0, now[s]));
  }
}

double total_flow(const FlowLedger& ledger) {
  double total = 0.0;
  for (std::size_t from = 0; from < kLedgerSize; ++from) total += ledger.outflow(from);
  return total;
}

void check_same_persons(const LabourMarketState& expected, const LabourMarketState& actual,
                        std::size_t h, double relative) {
  double worst = 0.0;
  std::string where = "none";
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const std::size_t occupations = model::has_occupation(status) ? actual.occupations() : 1;
    for (std::size_t o = 0; o < occupations; ++o) {
      for (std::size_t g = 0; g < model::kBlockGroups; ++g) {
        const std::size_t i = cell_of(actual, status, h, o, g);
        const double e = expected.persons(status)[i];
        const double a = actual.persons(status)[i];
        const double d = relative_difference(e, a);
        if (d > worst) {
          worst = d;
          where = std::string(kStatusNames[s]) + " occupation " + std::to_string(o) + " group " +
                  std::to_string(g) + ": expected " + std::to_string(e) + ", got " +
                  std::to_string(a);
        }
      }
    }
  }
  INFO("largest difference in " << where);
  REQUIRE(worst <= relative);
}

void check_same_flows(const FlowLedger& expected, const FlowLedger& actual, double relative) {
  for (std::size_t from = 0; from < kLedgerSize; ++from) {
    for (std::size_t to = 0; to < kLedgerSize; ++to) {
      if (from == to) continue;
      const double e = expected.flow(from, to);
      const double a = actual.flow(from, to);
      INFO(ledger_name(from) << " -> " << ledger_name(to) << ": expected " << e << ", got " << a);
      REQUIRE(relative_difference(e, a) <= relative);
    }
  }
}

}  // namespace lmsim::test
