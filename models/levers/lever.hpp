// A scenario lever: a named, parameterised change with a time profile (MODEL.md, "Scenario
// levers"). Each lever type lives in its own file in models/levers/ and adds its effect for a
// month to the ScenarioEffects that the processes read.
#pragma once

#include <memory>
#include <vector>

#include "engine/scenario.hpp"
#include "engine/time_axis.hpp"
#include "models/data_set.hpp"
#include "models/scenario_effects.hpp"

namespace lmsim::model {

class Lever {
 public:
  virtual ~Lever() = default;
  virtual void add_effect(ScenarioEffects& effects, YearMonth month) const = 0;
};

using LeverList = std::vector<std::unique_ptr<const Lever>>;

// Builds the levers of a scenario; any problem is an InputError naming file, line and key.
LeverList build_levers(const std::vector<LeverEntry>& entries, const DataSet& data);

// The lever types lmsim knows, for messages and documentation.
std::vector<std::string> lever_types();

}  // namespace lmsim::model
