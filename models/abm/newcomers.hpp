// Persons entering the agent-based population in a month, as many as the stock-flow engine's
// inflows (models/processes/inflows.hpp) divided by the scale, rounded without bias: 15-year-olds
// as students, labour migrants into work in their occupation (work region as the jobs of the
// region's employees in it), status holders and other immigrants by age and education. A
// newcomer's id is made of the month, the kind of inflow, the region and its number, so that a
// scenario and its baseline give the same newcomer the same id and random numbers.
#pragma once

#include <cstdint>
#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/abm/random_draws.hpp"
#include "models/abm/supply_step.hpp"
#include "models/abm/tally.hpp"

namespace lmsim::model::abm {

class Newcomers {
 public:
  explicit Newcomers(const ModelDescription& model);
  // Adds the newcomers of month t to the table and counts them (their flow from outside and
  // their status cell); appends to `stages` where each one's supply events of the month begin.
  void add(AgentTable& agents, int t, const ScenarioEffects& effects, const SupplyRates& rates,
           double scale, const RandomKey& key, Tally& tally,
           std::vector<SupplyStage>& stages) const;

 private:
  Person draw_person(std::uint64_t id, int t, const RandomKey& key, Status status, std::size_t home,
                     const std::vector<double>& age_cumulative) const;

  const ModelDescription& model_;
  std::vector<double> immigration_age_, student_age_;  // cumulative over ages
  std::vector<double> education_by_age_;               // cumulative over education, [age][e]
  std::vector<double> education_by_occupation_;        // cumulative over education, [o][e]
};

// Id of newcomer k of a kind of inflow into home region h in month t (initial agents have ids
// below 2^32).
inline std::uint64_t newcomer_id(int t, std::uint64_t kind, std::uint64_t h, std::uint64_t k) {
  return (std::uint64_t{1} << 63) | (static_cast<std::uint64_t>(t) << 44) | (kind << 36) |
         (h << 28) | k;
}

}  // namespace lmsim::model::abm
