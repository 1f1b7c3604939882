// A scenario lever: a named, parameterised change with a time profile (docs/model.md, section 9;
// docs/scenarios.md, "Levers"). Each lever type lives in its own file in models/levers/ and adds
// its effect for a month to the ScenarioEffects that the processes read.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/scenario.hpp"
#include "engine/time_axis.hpp"
#include "models/data_set.hpp"
#include "models/scenario_effects.hpp"

namespace lmsim::model {

class Lever {
 public:
  virtual ~Lever() = default;
  // The effect in the calendar month in which a step begins (most levers are timed by dates).
  virtual void add_effect(ScenarioEffects& /*effects*/, YearMonth /*month*/) const {}
  // The effect at step `step` of the run; levers timed in steps (the demand paths) override it.
  virtual void add_effect_at(ScenarioEffects& effects, const TimeAxis& time, int step) const {
    add_effect(effects, time.at(step));
  }
  // Files of the data directory the lever read, with their FNV-1a checksums, stored with the
  // results beside the data set's.
  virtual std::map<std::string, std::uint64_t> input_checksums() const { return {}; }
};

using LeverList = std::vector<std::unique_ptr<const Lever>>;

// Builds the levers of a scenario; any problem is an InputError naming file, line and key.
LeverList build_levers(const std::vector<LeverEntry>& entries, const DataSet& data);

// The lever types lmsim knows, for messages and documentation.
std::vector<std::string> lever_types();
// What a lever type does, in one line (lmsim list levers; "" for a type lmsim does not know).
std::string lever_summary(const std::string& type);
// The keys of a lever type besides "type" (none for a type lmsim does not know).
std::vector<std::string> lever_keys(const std::string& type);

}  // namespace lmsim::model
