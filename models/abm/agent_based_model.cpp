#include "models/abm/agent_based_model.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <stdexcept>

#include "engine/error.hpp"
#include "models/abm/first_uniforms.hpp"
#include "models/abm/matching_step.hpp"
#include "models/abm/supply_step.hpp"
#include "models/processes/month.hpp"

namespace lmsim::model::abm {
namespace {

// Adds the time since the last lap to a phase of StepTimes.
class PhaseClock {
 public:
  PhaseClock() : last_(std::chrono::steady_clock::now()) {}
  void lap(double& seconds) {
    const auto now = std::chrono::steady_clock::now();
    seconds += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  std::chrono::steady_clock::time_point last_;
};

// Agents per task of a parallel pass: large enough that scheduling costs little, small enough to
// balance two to sixteen cores.
constexpr std::size_t kAgentsPerTask = 16384;
// Persons whose first uniforms are made in one go (first_uniforms.hpp).
constexpr std::size_t kUniformsAtOnce = 256;

// The random subject of an initial cell: its index among all blocks by age cell (age x
// education), with the cell's slot within its age above bit 40. A first slot of an age keeps the
// index its age cell has, so a run whose persons all sit in first slots (a published network's)
// draws its agents as with one slot per age, and the slots of one age draw apart.
std::uint64_t initial_cell_subject(std::uint64_t age_cells_before, std::size_t block,
                                   std::size_t group) {
  const std::size_t slot = slot_of_group(group);
  const std::uint64_t slot_in_age = slot - first_slot_of_age(age_of_slot(slot));
  return (age_cells_before + block * kAgeEducationCells + age_cell_of_group(group)) |
         (slot_in_age << 40);
}

// A birth month of a person of a slot at the end of calendar month `month` (age_slots.hpp): the
// slot's, or one drawn evenly from the months that put a person of a two-slot age in the slot.
int birth_month_in(std::size_t slot, int month, Draws& draws) {
  if (is_monthly_age(age_of_slot(slot))) return birth_month_of_slot(slot);
  const int first = is_to_come_slot(slot) ? month + 1 : 1;
  const int months = is_to_come_slot(slot) ? 12 - month : month;
  if (months <= 0) return first;  // an empty slot
  return first + std::min(months - 1, static_cast<int>(draws.uniform() * months));
}

// Compacts the table once this share of it has left (deaths, emigration, ageing past 74).
constexpr std::size_t kCompactWhenOneIn = 32;

// Months of the current spell of an unemployed person at the start: the short-term unemployed
// spread evenly over 0..5 months, the long-term over 6..23 (an assumption; the data give no
// spell durations).
std::uint8_t initial_spell(Status s, Draws& draws) {
  if (s == Status::kUnemployedShort) return static_cast<std::uint8_t>(draws.uniform() * 6.0);
  if (s == Status::kUnemployedLong) return static_cast<std::uint8_t>(6.0 + draws.uniform() * 18.0);
  return 0;
}

// The compact fields and newcomer ids (agent_table.hpp, newcomers.hpp) limit the dimensions.
constexpr std::size_t kMaxRegions = 254;         // 8-bit region fields, 255 means no region
constexpr std::size_t kMaxOccupations = 0xffff;  // 16-bit occupation field
// Newcomers (only with the supply side) carry an 8-bit kind in their id: 8 + occupation.
constexpr std::size_t kMaxOccupationsWithNewcomers = 248;
constexpr std::uint32_t kMaxReplicates = 1u << 20;  // bits of the replicate in the counter

const ModelDescription& checked(const ModelDescription& model, const AbmOptions& options) {
  const std::size_t max_occupations =
      model.parameters().supply_processes ? kMaxOccupationsWithNewcomers : kMaxOccupations;
  if (model.regions() > kMaxRegions || model.occupations() > max_occupations) {
    throw InputError("the agent-based engine handles at most " + std::to_string(kMaxRegions) +
                     " regions and " + std::to_string(max_occupations) +
                     " occupations; the data set has " + std::to_string(model.regions()) +
                     " regions and " + std::to_string(model.occupations()) + " occupations");
  }
  if (options.scale < 1 || options.replicate >= kMaxReplicates) {
    throw InputError("the agent-based engine needs a scale of at least 1 and a replicate below " +
                     std::to_string(kMaxReplicates));
  }
  return model;
}

// The agents' month follows the list (models/processes/month.hpp): processes on the counts, the
// supply pass, processes on the counts, the labour-market pass.
constexpr MonthProcesses kMonth{};
constexpr std::size_t kFirstSupply = first_with_role(kMonth, AgentRole::kPersonSupply);
constexpr std::size_t kLastSupply = last_with_role(kMonth, AgentRole::kPersonSupply);
constexpr std::size_t kFirstMarket = first_with_role(kMonth, AgentRole::kPersonMarket);
static_assert(kFirstSupply < kLastSupply && kLastSupply < kFirstMarket,
              "the agents' month has a supply pass before a labour-market pass");

// Runs the processes on the counts (AgentRole::kOnCounts) at positions [from, end) of the list.
void apply_on_counts(const ModelDescription& model, LabourMarketState& state, int t,
                     std::size_t from, std::size_t end) {
  for_each_process(kMonth, [&](auto process, std::size_t i) {
    using Process = typename decltype(process)::type;
    if constexpr (Process::kAgents == AgentRole::kOnCounts) {
      static_assert(Process::kScope == Scope::kWholeMarket);
      if (i >= from && i < end) Process::apply(model, state, t);
    }
  });
}

// Whether the list's processes on the counts all come before the supply pass or between the two
// passes, and every supply process is between the first and the last one (the only places the
// agents' month can run them).
constexpr bool month_fits_the_agents() {
  bool fits = true;
  for_each_process(kMonth, [&](auto process, std::size_t i) {
    using Process = typename decltype(process)::type;
    if (Process::kAgents == AgentRole::kOnCounts)
      fits = fits && (i < kFirstSupply || (i > kLastSupply && i < kFirstMarket));
    if (Process::kAgents == AgentRole::kPersonMarket) fits = fits && i > kLastSupply;
  });
  return fits;
}
static_assert(month_fits_the_agents());
// The labour-market pass runs search_and_matching's person rule and counts the WW recipients by
// ww_benefits' rule, in that order (labour_market_pass): a new market process must be added there.
static_assert(kFirstMarket == position_of<process::SearchAndMatching>(kMonth) &&
                  last_with_role(kMonth, AgentRole::kPersonMarket) ==
                      position_of<process::WwBenefits>(kMonth) &&
                  position_of<process::WwBenefits>(kMonth) == kFirstMarket + 1,
              "the agents' labour-market pass runs search_and_matching, then ww_benefits");

}  // namespace

std::vector<std::string> AgentBasedModel::process_names() {
  std::vector<std::string> names;
  std::string supply;
  for_each_process(kMonth, [&](auto process, std::size_t i) {
    using Process = typename decltype(process)::type;
    if constexpr (Process::kAgents == AgentRole::kOnCounts) names.emplace_back(Process::kName);
    if constexpr (Process::kAgents == AgentRole::kPersonMarket)
      names.push_back(std::string(Process::kName) + " per person");
    if constexpr (Process::kAgents == AgentRole::kPersonSupply)
      supply += (supply.empty() ? "" : ", ") + std::string(Process::kName);
    if (i == kLastSupply) {
      names.push_back("supply per person (" + supply + ")");
      names.emplace_back("newcomers");  // the entrants of demography and migration as persons
    }
  });
  return names;
}

AgentBasedModel::AgentBasedModel(const ModelDescription& model, AbmOptions options,
                                 std::shared_ptr<StockFlowCompanion> companion)
    : model_(checked(model, options)),
      options_(options),
      key_{options.seed, options.replicate},
      traits_(model),
      newcomers_(model),
      counts_(model.regions(), model.occupations()),
      last_month_(model.regions(), model.occupations()),
      companion_(companion ? std::move(companion) : std::make_shared<StockFlowCompanion>(model)),
      thread_tallies_([&model] { return Tally(model.regions(), model.occupations()); }) {
  if (&companion_->model() != &model_)
    throw std::logic_error("a stock-flow companion serves the runs of its own model description");
}

std::vector<std::unique_ptr<AgentBasedModel>> replicates_sharing_path(const ModelDescription& model,
                                                                      AbmOptions first,
                                                                      std::uint32_t n) {
  const auto companion = std::make_shared<StockFlowCompanion>(model);
  std::vector<std::unique_ptr<AgentBasedModel>> engines;
  for (std::uint32_t r = 0; r < n; ++r) {
    AbmOptions options = first;
    options.replicate = first.replicate + r;
    engines.push_back(std::make_unique<AgentBasedModel>(model, options, companion));
  }
  return engines;
}

template <class Body>
Tally AgentBasedModel::parallel_pass(Body&& body) {
  for (Tally& tally : thread_tallies_) tally.clear();
  oneapi::tbb::parallel_for(
      oneapi::tbb::blocked_range<std::size_t>(0, agents_.size(), kAgentsPerTask),
      [&](const oneapi::tbb::blocked_range<std::size_t>& range) {
        body(range.begin(), range.end(), thread_tallies_.local());
      });
  Tally total(model_.regions(), model_.occupations());
  for (const Tally& tally : thread_tallies_) total.add(tally);  // whole numbers: any order
  return total;
}

void AgentBasedModel::draw_first_words(std::size_t begin, std::size_t end, std::uint32_t month,
                                       std::uint32_t* first, std::uint32_t* third) {
  first_random_words(key_, &agents_.id[begin], end - begin, month, Stream::kSupply, first,
                     &labour_market_words_[begin], third);
}

Tally AgentBasedModel::supply_pass(std::uint32_t month, const SupplyRates& supply,
                                   const EventThresholds& any_event) {
  // Cells as the month starts, and after it (age_slots.hpp).
  const int calendar_month = supply.calendar_month;
  const int month_start = supply.supply_processes ? calendar_month - 1 : calendar_month;
  const CellFormula cell_of = counts_.cell_formula(month_start);
  labour_market_words_.resize(agents_.size());
  return parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
    // The third word comes with the first two from the same Philox call; no event uses it
    // (a person reaches the next age in its birth month).
    std::array<std::uint32_t, kUniformsAtOnce> first{}, third{};
    std::array<std::uint16_t, kUniformsAtOnce> with_event{}, only_ageing{};
    for (std::size_t chunk = begin; chunk < end; chunk += kUniformsAtOnce) {
      const std::size_t n = std::min(kUniformsAtOnce, end - chunk);
      draw_first_words(chunk, chunk + n, month, first.data(), third.data());
      // Who has an event and who only reaches the next year of age, without branches (the
      // outcomes are random, so branches would be mispredicted); departed persons fall in the
      // sentinel cell, which has no event.
      std::size_t events = 0, ageing = 0;
      for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = chunk + k;
        const bool ages = agents_.birth_month[i] == calendar_month;
        const bool event = any_event.may_have_event(first[k], cell_of(agents_, i), ages);
        const bool alive = agents_.status[i] != kDeparted;
        with_event[events] = static_cast<std::uint16_t>(k);
        events += event ? 1 : 0;
        only_ageing[ageing] = static_cast<std::uint16_t>(k);
        ageing += !event && ages && alive && supply.supply_processes ? 1 : 0;
      }
      for (std::size_t m = 0; m < ageing; ++m) {
        const std::size_t i = chunk + only_ageing[m];
        count_ageing(agents_, i, tally, calendar_month);
        ++agents_.age[i];
      }
      for (std::size_t m = 0; m < events; ++m) {
        const std::size_t k = with_event[m];
        const std::size_t i = chunk + k;
        Draws draws(key_, agents_.id[i], month, Stream::kSupply, uniform_of(first[k]));
        count_agent(agents_, i, tally, month_start, -1);
        advance_supply(agents_, i, model_, supply, draws, tally,
                       agents_.birth_month[i] == calendar_month);
        count_agent(agents_, i, tally, calendar_month);
      }
    }
  });
}

void AgentBasedModel::add_newcomers(std::uint32_t month, const ScenarioEffects& effects,
                                    const SupplyRates& supply, Tally& tally) {
  const std::size_t first = agents_.size();
  std::vector<SupplyStage> stages;
  newcomers_.add(agents_, static_cast<int>(month), effects, supply, weight(), key_, tally, stages);
  const int calendar_month = supply.calendar_month;
  labour_market_words_.resize(agents_.size());
  std::vector<std::uint32_t> supply_words(agents_.size() - first);
  std::vector<std::uint32_t> unused(supply_words.size());
  if (supply_words.empty()) return;
  draw_first_words(first, agents_.size(), month, supply_words.data(), unused.data());
  // The rest of their first month, from where the stock-flow engine adds them.
  for (std::size_t k = 0; k < stages.size(); ++k) {
    const std::size_t i = first + k;
    Draws draws(key_, agents_.id[i], month, Stream::kSupply, uniform_of(supply_words[k]));
    count_agent(agents_, i, tally, calendar_month, -1);
    advance_supply(agents_, i, model_, supply, draws, tally, false, stages[k]);
    count_agent(agents_, i, tally, calendar_month);
  }
}

Tally AgentBasedModel::labour_market_pass(std::uint32_t month, const MatchingRates& matching) {
  return parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
    for (std::size_t i = begin; i < end; ++i) {
      if (labour_market_event_possible(agents_, i, matching, labour_market_words_[i]))
        advance_matching(agents_, i, matching, uniform_of(labour_market_words_[i]), key_, month,
                         tally);
      count_ww_benefit(agents_, i, tally);  // matching is the month's last event
    }
  });
}

std::int64_t AgentBasedModel::flex_employees() const {
  std::int64_t flex = 0;
  for (std::int32_t n : counts_.flex_employees) flex += n;
  return flex;
}

void AgentBasedModel::count_hours_and_traits(LabourMarketState& state) {
  const ScenarioEffects& effects = state.record.effects;
  const std::size_t cells = model_.regions() * model_.occupations();
  // The hours of each cell's workers, less what carers and reservists cut.
  std::vector<double> kept(counts_.hours.begin(), counts_.hours.end());
  std::int64_t carers = 0, reservists = 0;
  const bool any_cut = effects.carers.any() || effects.reservists.any();
  if (any_cut || hours_cut_marked_) {  // a pass over the persons only when a lever names them
    std::vector<std::uint64_t> carer_words(cells, 0), reservist_words(cells, 0);
    for (std::size_t c = 0; any_cut && c < cells; ++c) {
      carer_words[c] = words_below(effects.carers.share[c]);
      reservist_words[c] = words_below(effects.reservists.share[c]);
    }
    const Tally marked = parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
      mark_hours_cuts(begin, end, carer_words, reservist_words, tally);
    });
    for (std::size_t c = 0; c < cells; ++c) {
      const double carer_cut = effects.carers.cut[c];
      const double reservist_cut = effects.reservists.cut[c];
      kept[c] += -carer_cut * static_cast<double>(marked.carer_hours[c]) -
                 reservist_cut * static_cast<double>(marked.reservist_hours[c]) +
                 carer_cut * reservist_cut * static_cast<double>(marked.carer_reservist_hours[c]);
    }
    carers = marked.carers;
    reservists = marked.reservists;
    hours_cut_marked_ = any_cut;
  }
  const double per_quarter = weight() / (kQuartersPerHour * model_.parameters().full_time_hours);
  state.record.fte_supply.resize(cells);
  for (std::size_t c = 0; c < cells; ++c)
    state.record.fte_supply[c] = effects.hours_factor[c] * kept[c] * per_quarter;
  std::int64_t eligible = 0;
  for (std::int32_t n : counts_.rvu_eligible) eligible += n;
  const auto persons = [this](std::int64_t agents) {
    return weight() * static_cast<double>(agents);
  };
  trait_counts_ = {persons(flex_employees()), persons(eligible), persons(counts_.part_time_workers),
                   persons(carers), persons(reservists)};
}

void AgentBasedModel::mark_hours_cuts(std::size_t begin, std::size_t end,
                                      const std::vector<std::uint64_t>& carer_words,
                                      const std::vector<std::uint64_t>& reservist_words,
                                      Tally& tally) {
  const std::size_t O = model_.occupations();
  std::array<std::uint32_t, kUniformsAtOnce> carer{}, unused{}, reservist{};
  for (std::size_t chunk = begin; chunk < end; chunk += kUniformsAtOnce) {
    const std::size_t n = std::min(kUniformsAtOnce, end - chunk);
    // A worker's two words are the same every month (month 0 of its own stream), so the same
    // persons stay carers as the share grows, and more become carers.
    first_random_words(key_, &agents_.id[chunk], n, 0, Stream::kHoursCut, carer.data(),
                       unused.data(), reservist.data());
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = chunk + k;
      std::uint8_t& flags = agents_.flags[i];
      flags = static_cast<std::uint8_t>(flags & ~(kCarer | kReservist));
      const auto status = static_cast<Status>(agents_.status[i]);
      if (status != Status::kEmployed && status != Status::kSelfEmployed) continue;
      const std::size_t region = status == Status::kEmployed ? agents_.work[i] : agents_.home[i];
      const std::size_t c = region * O + agents_.occupation[i];
      const bool is_carer = carer[k] < carer_words[c];
      const bool is_reservist = reservist[k] < reservist_words[c];
      if (is_carer) flags |= kCarer;
      if (is_reservist) flags |= kReservist;
      const std::int64_t quarters = agents_.hours[i];
      tally.carer_hours[c] += is_carer ? quarters : 0;
      tally.reservist_hours[c] += is_reservist ? quarters : 0;
      tally.carer_reservist_hours[c] += is_carer && is_reservist ? quarters : 0;
      tally.carers += is_carer ? 1 : 0;
      tally.reservists += is_reservist ? 1 : 0;
    }
  }
}

Tally AgentBasedModel::recount(int month) {
  return parallel_pass([&](std::size_t begin, std::size_t end, Tally& tally) {
    for (std::size_t i = begin; i < end; ++i) count_agent(agents_, i, tally, month);
  });
}

LabourMarketState AgentBasedModel::initial_state() {
  companion_->rewind();
  const LabourMarketState& full = companion_->initial_state();
  const int first_month = model_.birthday_month(0);
  const std::size_t R = model_.regions();
  const std::size_t O = model_.occupations();
  const double scale = weight();
  agents_ = AgentTable();
  agents_.reserve(static_cast<std::size_t>(full.population() / scale * 1.02) + 1024);
  std::uint64_t next_id = 0;
  std::uint64_t age_cells_before = 0;  // of the statuses before this one
  for (std::size_t s = 0; s < kStatusCount; ++s) {
    const auto status = static_cast<Status>(s);
    const auto& persons = full.persons(status);
    for (std::size_t i = 0; i < persons.size(); ++i) {
      const std::size_t block = i / kBlockGroups;
      const std::size_t group = i % kBlockGroups;
      const std::size_t home = has_occupation(status) ? block / O : block;
      const std::size_t occupation = has_occupation(status) ? block % O : 0;
      Draws count(key_, initial_cell_subject(age_cells_before, block, group), 0,
                  Stream::kInitialCount);
      const std::uint64_t n = count.round_unbiased(persons[i] / scale);
      if (n == 0) continue;
      std::vector<double> work_cumulative;
      double migrant_share = 0.0;
      if (status == Status::kEmployed) {
        work_cumulative = work_region_cumulative(full, home, occupation);
        const double employees = full.employees(home, occupation);
        migrant_share =
            employees > 0.0 ? full.labour_migrants[full.cell(home, occupation)] / employees : 0.0;
      }
      for (std::uint64_t k = 0; k < n; ++k) {
        Person p;
        p.id = next_id++;
        Draws draws(key_, p.id, 0, Stream::kInitialPerson);
        p.status = status;
        p.home = static_cast<std::uint8_t>(home);
        p.occupation = static_cast<std::uint16_t>(occupation);
        p.age = static_cast<std::uint8_t>(age_of_group(group));
        p.education = static_cast<std::uint8_t>(education_of_group(group));
        Draws birth(key_, p.id, 0, Stream::kBirthMonth);
        p.birth_month =
            static_cast<std::uint8_t>(birth_month_in(slot_of_group(group), first_month, birth));
        p.spell = initial_spell(status, draws);
        // A share of the short-term unemployed receive WW at the start, whatever their spell
        // (ModelDescription::calibrate_ww_benefits); their last draw, so no other moves.
        if (status == Status::kUnemployedShort &&
            draws.uniform() < model_.calibration().initial_ww_share)
          p.flags = kWwBenefit;
        if (status == Status::kEmployed) {
          p.work = static_cast<std::uint8_t>(draws.pick(work_cumulative.data(), R));
          if (draws.uniform() < migrant_share) p.flags = kLabourMigrant;
        }
        if (status == Status::kEmployed || status == Status::kSelfEmployed) {
          // The draws' first uniform decides no event here: it serves the traits.
          traits_.start_job(p.flags, p.hours, occupation, JobTraits::Contract::kInitial,
                            draws.next_event_uniform(), draws.uniform());
          if (status == Status::kSelfEmployed) become_self_employed(p.flags);
        }
        agents_.add(p);
      }
    }
    age_cells_before += persons.size() / kBlockGroups * kAgeEducationCells;
  }
  counts_ = recount(first_month);
  LabourMarketState state(R, O);
  counts_.write_stocks(state, scale);
  Tally recipients(R, O);
  for (std::size_t i = 0; i < agents_.size(); ++i) count_ww_benefit(agents_, i, recipients);
  write_ww_benefits(recipients, state, scale);
  state.vacancies = full.vacancies;
  state.target_demand = full.target_demand;
  state.labour_migrants = full.labour_migrants;
  count_hours_and_traits(state);
  last_month_ = Tally(R, O);
  return state;
}

void AgentBasedModel::step(LabourMarketState& state, int t) {
  const auto month = static_cast<std::uint32_t>(t);
  PhaseClock clock;
  // The counts as January starts: every two-slot age's birthday is still to come.
  if (model_.parameters().supply_processes && model_.birthday_month(t) == 1)
    counts_.start_new_year();
  // The agents' employee jobs and flows of the last month, before the levers clear the record.
  const JobFlows last_month_jobs =
      job_flows(state, weight() * static_cast<double>(flex_employees()));
  apply_on_counts(model_, state, t, 0, kFirstSupply);
  // The supply rates come from the stock-flow path, which runs alongside.
  companion_->advance_to(t);
  SupplyRates supply = companion_->rates();
  supply.traits = &traits_;
  rvu_of_eligible(supply, counts_);
  const LabourMarketState& path = companion_->path();
  // The flex share of the month's new jobs, from the agents' last month; in the first month,
  // from the stock-flow engine's, with the flex share at its target.
  traits_.follow(t == 1
                     ? job_flows(path, traits_.initial_flex_share() * path.total(Status::kEmployed))
                     : last_month_jobs);
  const EventThresholds any_event = event_probabilities(model_, supply, counts_);
  clock.lap(times_.supply_rates);
  Tally supply_changes = supply_pass(month, supply, any_event);
  clock.lap(times_.supply_pass);
  add_newcomers(month, state.record.effects, supply, supply_changes);
  counts_.add_stocks(supply_changes);
  counts_.write_stocks(state, weight());
  clock.lap(times_.newcomers);

  apply_on_counts(model_, state, t, kLastSupply + 1, kFirstMarket);
  const MatchingRates matching =
      matching_rates(model_, state, counts_, traits_, model_.birthday_month(t));
  clock.lap(times_.labour_market_rates);
  Tally month_flows = labour_market_pass(month, matching);
  clock.lap(times_.labour_market_pass);
  counts_.add_stocks(month_flows);
  month_flows.add_flows(supply_changes);
  counts_.write_stocks(state, weight());
  month_flows.write_flows(state, weight());
  write_ww_benefits(month_flows, state, weight());
  state.labour_migrants = path.labour_migrants;
  update_vacancies(state);

  std::size_t departed = 0;
  for (std::size_t s = 0; s < kStatusCount; ++s)
    departed += static_cast<std::size_t>(supply_changes.flows[s][kOutside]);
  agents_.note_departed(departed);
  if (agents_.departed() * kCompactWhenOneIn > agents_.size()) {
    agents_.remove_departed();
    labour_market_words_.clear();  // made again for every person in the next supply pass
  }
  count_hours_and_traits(state);
  last_month_ = std::move(month_flows);
  clock.lap(times_.bookkeeping);
  ++times_.months;
  times_.person_months += static_cast<double>(agents_.size() - agents_.departed());
}

}  // namespace lmsim::model::abm
