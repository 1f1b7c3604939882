// Separations, job search and matching of a month for one person, with the probabilities of the
// stock-flow engine's search_and_matching process (models/matching.hpp): the urn-ball outcome of
// the month is computed from the persons counted after the supply side, and each employee and
// job seeker then draws what happens to them. An employee separates with probability
// min(1, share x risk) or moves to another job with the on-the-job finding probability; a job
// seeker is hired with probability min(1, effort x finding x efficiency). A hired person's
// occupation is drawn from Pocc[o,o'] G[h,o'] and the work region from Pgeo[h,w] filled[w,o'],
// so that hires per work cell have the mean of the urn-ball rule.
#pragma once

#include <array>
#include <vector>

#include "models/abm/agent_table.hpp"
#include "models/abm/first_uniforms.hpp"
#include "models/abm/job_traits.hpp"
#include "models/abm/random_draws.hpp"
#include "models/abm/tally.hpp"
#include "models/matching.hpp"

namespace lmsim::model::abm {

struct MatchingRates {
  std::size_t regions = 0, occupations = 0;
  int calendar_month = 1;  // of the step: a person's group depends on it (age_slots.hpp)
  SearchEffort effort;
  std::vector<double> separation_share;  // per home region x occupation (HomeSeparation::share)
  std::vector<double> finding;           // success per unit of effort, per home x occupation
  std::vector<double> destination;       // cumulative over o', per home x occupation
  std::vector<double> hire_region;       // cumulative over w, per home x destination occupation
  // Per home region x occupation x age x education: the probability that an employee separates,
  // that an employee on a permanent and on a flex contract separates or moves on, and that a
  // short- and a long-term unemployed person is hired (the same formulas as the stock-flow
  // engine's search_and_matching). A flex employee moves flex_job_to_job_ratio times as often as
  // a permanent one, scaled so that the cell's expected moves are the stock-flow engine's:
  // moving x employees, whatever the cell's mix of contracts (job_traits.hpp). Two tables, so
  // that a person's entry lies in one cache line (few persons have an event, in random cells).
  struct EmployeeChances {
    double separating, separating_or_moving_permanent, separating_or_moving_flex;
  };
  struct SeekerChances {
    double hired_short, hired_long;
  };
  std::vector<EmployeeChances> employee_chances;
  std::vector<SeekerChances> seeker_chances;
  // words_below of the chances, capped at 2^32 - 1 as 32-bit words: who can have an event, from
  // the person's word alone (labour_market_event_possible); four a cell, for a permanent and a
  // flex employee, a short- and a long-term unemployed person (kWordOf...).
  std::vector<std::uint32_t> event_words;
  const JobTraits* traits = nullptr;  // what a job that starts brings
  double ww_entitled_share = 0.0;     // of job losers (ww_benefits.hpp)
};

// The rates of the month from the persons after the supply side (counted in `counts`, with their
// contracts), with the separations and openings planned by apply_separations_and_openings in
// mid.record.
MatchingRates matching_rates(const ModelDescription& model, const LabourMarketState& mid,
                             const Tally& counts, const JobTraits& traits, int calendar_month);

inline constexpr std::size_t kWordOfPermanent = 0, kWordOfFlex = 1, kWordOfShortTerm = 2,
                             kWordOfLongTerm = 3, kWordsPerCell = 4;

// Whether person i can have a labour-market event this month: the uniform of its word below the
// chance of its cell, or the word the largest, which a capped threshold would miss
// (advance_matching then decides exactly). A job seeker without one counts another month of
// unemployment. Defined here so that the pass over all persons inlines it; advance_matching
// handles the few with an event. (A branch-free choice, as in the supply pass, measured slower:
// statuses come in long runs, so the branches here are predicted well.)
inline bool labour_market_event_possible(AgentTable& agents, std::size_t i,
                                         const MatchingRates& rates, std::uint32_t word) {
  const auto status = static_cast<Status>(agents.status[i]);
  if (status != Status::kEmployed && status != Status::kUnemployedShort &&
      status != Status::kUnemployedLong)
    return false;
  const std::size_t cell =
      (agents.home[i] * rates.occupations + agents.occupation[i]) * kBlockGroups +
      person_group(agents.age[i], agents.birth_month[i], agents.education[i], rates.calendar_month);
  const std::size_t entry =
      status == Status::kEmployed
          ? ((agents.flags[i] & kFlexContract) != 0 ? kWordOfFlex : kWordOfPermanent)
      : status == Status::kUnemployedShort ? kWordOfShortTerm
                                           : kWordOfLongTerm;
  constexpr std::uint32_t kLargestWord = 0xffffffffu;
  if (word < rates.event_words[kWordsPerCell * cell + entry] || word == kLargestWord) return true;
  if (status != Status::kEmployed && agents.spell[i] < kMaxSpellMonths) ++agents.spell[i];
  return false;
}

// The labour-market events of person i (for whom labour_market_event_possible holds), decided by
// the uniform u (the second word of its supply
// draws in the month); the draws that follow (destination) come from Draws(key, id, month,
// kMatching). Counts hires, separations, moves and spells in `tally`, and a person whose status
// changes as a change of counts (out of the old cell, into the new).
void advance_matching(AgentTable& agents, std::size_t i, const MatchingRates& rates, double u,
                      const RandomKey& key, std::uint32_t month, Tally& tally);

}  // namespace lmsim::model::abm
