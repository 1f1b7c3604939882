// WW benefits (Werkloosheidswet) running less than 6 months: the denominator of UWV's tension
// indicator (docs/model.md, section 2.10). Only job losers are entitled (not school leavers or
// persons returning to the labour market), and only a share of them, which the calibration sets
// so that the first month matches UWV's count (calibration_targets.csv).
//
// The stock-flow engine keeps the recipients per home region x occupation by month of benefit
// (0..5) and by the unemployment status they are in; they leave by finding work at the hire
// probability of their cell's short- or long-term job seekers, pass from short- to long-term
// unemployment and become discouraged as other job seekers do, and leave the count on reaching
// 6 months. The agent-based engine marks each entitled job loser (kWwBenefit) and counts the
// marked unemployed whose spell is under 6 months: the same rule, person by person.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "models/processes/process_list.hpp"
#include "models/status.hpp"

namespace lmsim::model {

class ModelDescription;
class LabourMarketState;

inline constexpr std::size_t kWwMonths = 6;  // "running less than 6 months"

struct WwBenefits {
  // [month of benefit][home region x occupation]
  std::array<std::vector<double>, kWwMonths> short_term, long_term;

  void resize(std::size_t cells);
  bool empty() const { return short_term[0].empty(); }
  // Recipients under 6 months in a home region x occupation.
  double in_cell(std::size_t cell) const;
  double total() const;
};

// Whether a person counts as a recipient under 6 months: entitled when losing the job,
// unemployed since, and fewer than 6 whole months into the spell.
constexpr bool receives_ww_under_6_months(Status status, bool entitled, unsigned spell_months) {
  return entitled && spell_months < kWwMonths &&
         (status == Status::kUnemployedShort || status == Status::kUnemployedLong);
}

// Whether a job loser is entitled, from a uniform u below the probability of separating: u is
// then uniform below it, so u < separating x share has the probability share (the draw that
// decided the separation decides the entitlement, and no other draw moves).
constexpr bool entitled_to_ww(double u, double separating, double entitled_share) {
  return u < separating * entitled_share;
}

// The recipients at the start: a share of every cell's short-term unemployed, spread evenly over
// the months of benefit, as the agent-based engine spreads their spells (none in long-term
// unemployment, whose spells start at 6 months).
void set_initial_ww_benefits(LabourMarketState& state, double share_of_short_term);

// Advances the recipients by one month with the month's hires and separations (the step record).
void apply_ww_benefits(const ModelDescription& model, LabourMarketState& state, int step);

namespace process {
// The agents' rule is receives_ww_under_6_months and entitled_to_ww above, applied in the
// labour-market pass (abm/matching_step.hpp, abm/tally.hpp).
struct WwBenefits {
  static constexpr const char* kName = "ww_benefits";
  static constexpr Scope kScope = Scope::kWholeMarket;
  static constexpr AgentRole kAgents = AgentRole::kPersonMarket;
  static constexpr auto apply = &apply_ww_benefits;
};
}  // namespace process

}  // namespace lmsim::model
