// The recorder: its list of variable names (what [outputs] may name) is exactly what it records
// without a selection, in the file's order, and a selection records the named variables with the
// values of a full recording.
#include <catch2/catch.hpp>

#include "models/recorder.hpp"
#include "tests/support/default_model.hpp"

namespace lmsim::model {
namespace {

std::vector<std::string> names_of(const ResultSet& results) {
  std::vector<std::string> names;
  for (const Variable& v : results.variables) names.push_back(v.name);
  return names;
}

TEST_CASE("the recorder's variable names are what it records without a selection", "[recorder]") {
  const StockFlowModel model = test::default_model({2025, 3});
  const Recorder all(model);
  CHECK(names_of(all.results()) == Recorder::variable_names());
}

TEST_CASE("a recorder with a selection records the named variables as a full one does",
          "[recorder]") {
  const StockFlowModel model = test::default_model({2025, 4});
  Recorder all(model);
  Recorder some(model,
                {"retirements_employees_by_age", "tension", "flows", "employed", "participation"});
  // The file's order, whatever the order of the selection.
  CHECK(names_of(some.results()) == std::vector<std::string>{"employed", "tension", "participation",
                                                             "flows",
                                                             "retirements_employees_by_age"});
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) {
    all.observe(s, t);
    some.observe(s, t);
  });
  for (const Variable& v : some.results().variables) {
    INFO(v.name);
    CHECK(v.data == all.results().variable(v.name).data);
  }
}

}  // namespace
}  // namespace lmsim::model
