#include "models/abm/newcomers.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/error.hpp"
#include "models/processes/inflows.hpp"

namespace lmsim::model::abm {
namespace {

// Kinds of inflow in newcomer ids: 15-year-olds, the four other immigrant groups, and labour
// migrants from kLabourMigrantKind + occupation.
constexpr std::uint64_t kEntrantKind = 0;
constexpr std::uint64_t kImmigrantKind = 1;
constexpr std::uint64_t kLabourMigrantKind = 8;

void append(std::vector<double>& table, const std::vector<double>& row) {
  table.insert(table.end(), row.begin(), row.end());
}

// An expected inflow that is not a number, negative or beyond any population (inputs outside
// what the model can carry) would turn into billions of agents; stop with a message instead.
void require_agent_count(double agents, int t) {
  constexpr double kMostAgentsAMonth = 1e9;
  if (std::isfinite(agents) && agents >= 0.0 && agents <= kMostAgentsAMonth) return;
  throw RuntimeError("the agent-based engine was asked to add " + std::to_string(agents) +
                     " agents of one kind in step " + std::to_string(t) +
                     ": the inputs drive the model outside what it can carry (check the scale "
                     "of the data and the levers' values)");
}

}  // namespace

Newcomers::Newcomers(const ModelDescription& model) : model_(model) {
  immigration_age_ = cumulative(model.data().age_rates.immigration_share);
  student_age_ = cumulative(model.student_immigration_share);
  for (std::size_t a = 0; a < kAges; ++a) {
    append(education_by_age_,
           cumulative({&model.education_mix_by_age[a * kEducationLevels],
                       &model.education_mix_by_age[a * kEducationLevels] + kEducationLevels}));
  }
  for (std::size_t o = 0; o < model.occupations(); ++o) {
    std::vector<double> row(kEducationLevels);
    for (std::size_t e = 0; e < kEducationLevels; ++e)
      row[e] = model.data().education_occupation(static_cast<Eigen::Index>(o),
                                                 static_cast<Eigen::Index>(e));
    append(education_by_occupation_, cumulative(row));
  }
}

namespace {

// A birth month drawn evenly (age_slots.hpp: birth months are uniform within the year), from a
// stream of its own so that it changes no other draw of the person.
std::uint8_t any_birth_month(const RandomKey& key, std::uint64_t id, int t) {
  Draws draws(key, id, static_cast<std::uint32_t>(t), Stream::kBirthMonth);
  return static_cast<std::uint8_t>(1 + std::min(11, static_cast<int>(draws.uniform() * 12.0)));
}

}  // namespace

Person Newcomers::draw_person(std::uint64_t id, int t, const RandomKey& key, Status status,
                              std::size_t home, const std::vector<double>& age_cumulative) const {
  Draws draws(key, id, static_cast<std::uint32_t>(t), Stream::kNewcomerPerson);
  Person p;
  p.id = id;
  p.status = status;
  p.home = static_cast<std::uint8_t>(home);
  p.age = static_cast<std::uint8_t>(draws.pick(age_cumulative.data(), kAges));
  p.education = static_cast<std::uint8_t>(
      draws.pick(&education_by_age_[p.age * kEducationLevels], kEducationLevels));
  p.birth_month = any_birth_month(key, id, t);
  return p;
}

void Newcomers::add(AgentTable& agents, int t, const ScenarioEffects& effects,
                    const SupplyRates& rates, double scale, const RandomKey& key, Tally& tally,
                    std::vector<SupplyStage>& stages) const {
  if (!model_.parameters().supply_processes) return;
  const auto month = static_cast<std::uint32_t>(t);
  const int calendar_month = rates.calendar_month;
  const auto admit = [&](const Person& p, SupplyStage stage) {
    agents.add(p);
    stages.push_back(stage);
    tally.count_flow(kOutside, index(p.status));
    count_agent(agents, agents.size() - 1, tally, calendar_month);
  };
  // How many agents an expected inflow of persons gives, drawn once per kind and region.
  const auto how_many = [&](std::uint64_t kind, std::size_t h, double persons) {
    require_agent_count(persons / scale, t);
    Draws draws(key, kind * 256 + h, month, Stream::kNewcomerCount);
    return draws.round_unbiased(persons / scale);
  };
  for (std::size_t h = 0; h < model_.regions(); ++h) {
    const std::uint64_t entrants = how_many(kEntrantKind, h, entrants_at_15(model_, h, t));
    for (std::uint64_t k = 0; k < entrants; ++k) {
      Person p;
      p.id = newcomer_id(t, kEntrantKind, h, k);
      p.status = Status::kStudent;
      p.home = static_cast<std::uint8_t>(h);
      p.birth_month = static_cast<std::uint8_t>(calendar_month);  // 15 this month
      admit(p, SupplyStage::kFromSchoolLeaving);                  // age 15, low education
    }
    for (std::size_t o = 0; o < model_.occupations(); ++o) {
      const std::uint64_t kind = kLabourMigrantKind + o;
      const std::uint64_t migrants =
          how_many(kind, h, labour_migrants_arriving(model_, effects, h, o));
      for (std::uint64_t k = 0; k < migrants; ++k) {
        const std::uint64_t id = newcomer_id(t, kind, h, k);
        Draws draws(key, id, month, Stream::kNewcomerPerson);
        Person p;
        p.id = id;
        p.status = Status::kEmployed;
        p.home = static_cast<std::uint8_t>(h);
        p.occupation = static_cast<std::uint16_t>(o);
        p.age = static_cast<std::uint8_t>(draws.pick(immigration_age_.data(), kAges));
        p.education = static_cast<std::uint8_t>(
            draws.pick(&education_by_occupation_[o * kEducationLevels], kEducationLevels));
        p.work = static_cast<std::uint8_t>(draws.pick(rates.work_region_of(h, o), rates.regions));
        p.birth_month = any_birth_month(key, id, t);
        p.flags = kLabourMigrant;
        const double first = draws.uniform();
        rates.traits->start_job(p.flags, p.hours, o, JobTraits::Contract::kNew, first,
                                draws.uniform());
        admit(p, SupplyStage::kFromRetirement);
      }
    }
    std::uint64_t kind = kImmigrantKind;
    for (const ImmigrantGroup& group : other_immigrants(model_, h, t)) {
      const std::uint64_t persons = how_many(kind, h, group.persons);
      const auto& ages =
          group.age_share == &model_.student_immigration_share ? student_age_ : immigration_age_;
      for (std::uint64_t k = 0; k < persons; ++k)
        admit(draw_person(newcomer_id(t, kind, h, k), t, key, group.status, h, ages),
              SupplyStage::kFromRetirement);
      ++kind;
    }
  }
}

}  // namespace lmsim::model::abm
