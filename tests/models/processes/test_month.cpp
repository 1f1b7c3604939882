// The month's order (models/processes/month.hpp), as docs/model.md, section 2, documents it: the
// list, the stock-flow engine's schedule and the agents' passes, and the result file's
// `processes` attribute of each engine read from it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "models/abm/agent_based_model.hpp"
#include "models/processes/month.hpp"
#include "tests/support/default_model.hpp"

namespace lmsim::model {
namespace {

const std::vector<std::string> kDocumentedOrder = {
    "levers",          "target_demand", "demography",
    "migration",       "retirement",    "disability",
    "participation",   "training",      "jobs_follow_employees",
    "regional_totals", "labour_demand", "search_and_matching",
    "ww_benefits"};

}  // namespace

TEST_CASE("the month's list has the documented order, and the stock-flow engine runs it",
          "[process][month]") {
  CHECK(process_names(MonthProcesses{}) == kDocumentedOrder);
  CHECK(month_schedule(3).names() == kDocumentedOrder);
  const StockFlowModel model = test::default_model({2025, 2});
  CHECK(model.process_names() == kDocumentedOrder);
}

TEST_CASE("the agents' month reads the list: passes in the list's order", "[process][month]") {
  const std::vector<std::string> passes = abm::AgentBasedModel::process_names();
  const std::vector<std::string> expected = {
      "levers",
      "target_demand",
      "supply per person (demography, migration, retirement, disability, participation, "
      "training)",
      "newcomers",
      "labour_demand",
      "search_and_matching per person",
      "ww_benefits per person"};
  CHECK(passes == expected);
}

TEST_CASE("position_of and the roles find each process where the list puts it",
          "[process][month]") {
  constexpr MonthProcesses month{};
  STATIC_REQUIRE(position_of<process::Levers>(month) == 0);
  STATIC_REQUIRE(position_of<process::WwBenefits>(month) == month.size - 1);
  STATIC_REQUIRE(first_with_role(month, AgentRole::kPersonSupply) ==
                 position_of<process::Demography>(month));
  STATIC_REQUIRE(last_with_role(month, AgentRole::kPersonSupply) ==
                 position_of<process::Training>(month));
  STATIC_REQUIRE(first_with_role(month, AgentRole::kPersonMarket) ==
                 position_of<process::SearchAndMatching>(month));
  STATIC_REQUIRE(position_of<int>(month) == month.size);  // not in the list
}

}  // namespace lmsim::model
