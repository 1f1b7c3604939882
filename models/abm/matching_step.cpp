#include "models/abm/matching_step.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <utility>

#include "models/abm/supply_step.hpp"
#include "models/processes/search_and_matching.hpp"

namespace lmsim::model::abm {

namespace {

// How many times the mean rate of its cell a permanent and a flex employee move: 1 / m and
// ratio / m, with m the cell's mean of 1 (permanent) and ratio (flex).
std::pair<double, double> move_factors(std::int32_t employees, std::int32_t flex, double ratio) {
  if (employees <= 0) return {1.0, ratio};
  const double mean =
      1.0 + (ratio - 1.0) * static_cast<double>(flex) / static_cast<double>(employees);
  return {1.0 / mean, ratio / mean};
}

}  // namespace

MatchingRates matching_rates(const ModelDescription& model, const LabourMarketState& mid,
                             const Tally& counts, const JobTraits& traits, int calendar_month) {
  const std::size_t R = mid.regions();
  const std::size_t O = mid.occupations();
  MatchingRates rates;
  rates.calendar_month = calendar_month;
  rates.traits = &traits;
  rates.ww_entitled_share = model.calibration().ww_entitled_share;
  rates.regions = R;
  rates.occupations = O;
  const ScenarioEffects& effects = mid.record.effects;
  const Applications sent = applications_sent(model, mid);
  const RowMatrix geo = regional_mobility(model, effects);
  const MatchingOutcome m =
      match(geo, model.occ, as_matrix(mid.vacancies, R, O), recruitment_intensity(model, effects),
            sent.unemployed(), sent.employed);
  rates.effort = search_effort(model);
  const std::vector<double> separation_share = separation_shares(mid);
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t o = 0; o < O; ++o) {
      const auto hi = static_cast<Eigen::Index>(h);
      const auto oi = static_cast<Eigen::Index>(o);
      rates.separation_share.push_back(home_separation(model, mid, h, o, separation_share).share);
      rates.finding.push_back(m.finding(hi, oi));
      const Eigen::RowVectorXd to = model.occ.destination_shares(oi, m.reach.row(hi));
      const auto c = cumulative({to.data(), to.data() + to.size()});
      rates.destination.insert(rates.destination.end(), c.begin(), c.end());
    }
    for (std::size_t o = 0; o < O; ++o) {
      std::vector<double> where(R);
      for (std::size_t w = 0; w < R; ++w)
        where[w] = geo(static_cast<Eigen::Index>(h), static_cast<Eigen::Index>(w)) *
                   m.filled(static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(o));
      const auto c = cumulative(where);
      rates.hire_region.insert(rates.hire_region.end(), c.begin(), c.end());
    }
  }
  const auto& risk = model.calibration().separation_risk;
  const auto& efficiency = model.calibration().search_efficiency;
  const SearchEffort& effort = rates.effort;
  rates.employee_chances.resize(R * O * kBlockGroups);
  rates.seeker_chances.resize(R * O * kBlockGroups);
  rates.event_words.resize(kWordsPerCell * R * O * kBlockGroups);
  // Cells are independent: in parallel, each writing its own entries.
  oneapi::tbb::parallel_for(std::size_t{0}, R * O, [&](std::size_t cell) {
    const double finding = rates.finding[cell];
    for (std::size_t g = 0; g < kBlockGroups; ++g) {
      const PersonChances p = person_chances(effort.of(g), rates.separation_share[cell], risk[g],
                                             finding, efficiency[cell]);
      const std::size_t k = cell * kBlockGroups + g;
      const auto [permanent, flex] =
          move_factors(counts.persons[counts.person_cell(Status::kEmployed, cell / O, cell % O, g)],
                       counts.flex_employees[k], traits.flex_job_to_job_ratio());
      const double leaving_permanent = std::min(1.0, p.separating + p.moving * permanent);
      const double leaving_flex = std::min(1.0, p.separating + p.moving * flex);
      rates.employee_chances[k] = {p.separating, leaving_permanent, leaving_flex};
      rates.seeker_chances[k] = {p.hired_short, p.hired_long};
      std::uint32_t* words = &rates.event_words[kWordsPerCell * k];
      words[kWordOfPermanent] = compact_words_below(leaving_permanent);
      words[kWordOfFlex] = compact_words_below(leaving_flex);
      words[kWordOfShortTerm] = compact_words_below(p.hired_short);
      words[kWordOfLongTerm] = compact_words_below(p.hired_long);
    }
  });
  return rates;
}

namespace {

// Person i of the agent table as the labour-market rule sees it (the person rule of
// models/processes/search_and_matching.hpp): its fields, and the changes the rule makes, each
// counted in the tally (a person whose status changes leaves its old cell and enters the new).
struct MarketPerson {
  AgentTable& agents;
  std::size_t i;
  const MatchingRates& rates;
  const RandomKey& key;
  std::uint32_t month;
  Tally& tally;

  Status status() const { return static_cast<Status>(agents.status[i]); }
  std::size_t home() const { return agents.home[i]; }
  std::size_t occupation() const { return agents.occupation[i]; }
  std::size_t group() const {
    return person_group(agents.age[i], agents.birth_month[i], agents.education[i],
                        rates.calendar_month);
  }
  bool flex_contract() const { return (agents.flags[i] & kFlexContract) != 0; }

  void lose_job(bool entitled) {
    count_agent(agents, i, tally, rates.calendar_month, -1);
    ++tally.separations[agents.work[i] * rates.occupations + agents.occupation[i]];
    tally.count_flow(Status::kEmployed, Status::kUnemployedShort);
    agents.status[i] = static_cast<std::uint8_t>(Status::kUnemployedShort);
    agents.work[i] = kNoRegion;
    agents.spell[i] = 0;
    end_job(agents.flags[i], agents.hours[i]);
    agents.flags[i] =
        static_cast<std::uint8_t>((agents.flags[i] & ~kWwBenefit) | (entitled ? kWwBenefit : 0));
    count_agent(agents, i, tally, rates.calendar_month);
  }
  // As labour_market_event_possible counts it for those it passes over.
  void another_month_unemployed() {
    if (agents.spell[i] < kMaxSpellMonths) ++agents.spell[i];
  }
  void count_hire_from_unemployment(std::size_t cell) {
    ++tally.hires_from_unemployment[cell];
    ++tally.spells_ending_in_work[std::min<std::size_t>(agents.spell[i], kSpellBins - 1)];
  }
  // A job in an occupation drawn from Pocc[o,o'] G[h,o'] and a work region from Pgeo[h,w]
  // filled[w,o'] (the destination tables of the rates).
  void take_job(std::size_t cell) {
    const auto from = static_cast<Status>(agents.status[i]);
    count_agent(agents, i, tally, rates.calendar_month, -1);
    Draws draws(key, agents.id[i], month, Stream::kMatching);
    const std::size_t to =
        draws.pick(&rates.destination[cell * rates.occupations], rates.occupations);
    const std::size_t work =
        draws.pick(&rates.hire_region[(agents.home[i] * rates.occupations + to) * rates.regions],
                   rates.regions);
    const std::size_t work_cell = work * rates.occupations + to;
    ++tally.hires[work_cell];
    if (from == Status::kEmployed) ++tally.job_to_job[work_cell];
    tally.count_flow(from, Status::kEmployed);
    agents.status[i] = static_cast<std::uint8_t>(Status::kEmployed);
    agents.occupation[i] = static_cast<std::uint16_t>(to);
    agents.work[i] = static_cast<std::uint8_t>(work);
    agents.spell[i] = 0;
    // The first uniform of these draws is not used by the events (u comes from the month's
    // word): with the block's last word it decides the traits, so a hire needs one Philox block.
    rates.traits->start_job(agents.flags[i], agents.hours[i], to, JobTraits::Contract::kNew,
                            draws.next_event_uniform(), draws.uniform());
    count_agent(agents, i, tally, rates.calendar_month);
  }
};

}  // namespace

void advance_matching(AgentTable& agents, std::size_t i, const MatchingRates& rates, double u,
                      const RandomKey& key, std::uint32_t month, Tally& tally) {
  MarketPerson person{agents, i, rates, key, month, tally};
  process::SearchAndMatching::person(person, u);
}

}  // namespace lmsim::model::abm
