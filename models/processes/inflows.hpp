// Persons entering the population of a home region in a month, shared by the stock-flow
// processes (demography, migration) and the agent-based engine, which draws that many agents:
// 15-year-olds, labour migrants by occupation (migration.csv), asylum status holders and other
// immigrants: the parameters' levels (CBS 2024) along the population outlook.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "models/scenario_effects.hpp"
#include "models/status.hpp"

namespace lmsim::model {

class ModelDescription;

// 15-year-olds entering home region h as students (age 15, low education) in the month of step
// t, along the population outlook.
double entrants_at_15(const ModelDescription& model, std::size_t h, int t);

// Labour migrants arriving in home region h in occupation o, as employees.
double labour_migrants_arriving(const ModelDescription& model, const ScenarioEffects& effects,
                                std::size_t h, std::size_t o);

// Immigrants who do not come for a job: persons arriving in the region in a status, spread over
// ages by age_share (summing to 1) and over education by the mix of each age.
struct ImmigrantGroup {
  Status status;
  double persons = 0.0;
  const std::vector<double>* age_share = nullptr;
};
std::array<ImmigrantGroup, 4> other_immigrants(const ModelDescription& model, std::size_t h, int t);

}  // namespace lmsim::model
