// The lever types and how a scenario's [[levers]] become Lever objects.
#include <algorithm>
#include <functional>
#include <map>

#include "engine/spelling.hpp"
#include "models/levers/aow_age_path.hpp"
#include "models/levers/automation_shock.hpp"
#include "models/levers/defence_expansion.hpp"
#include "models/levers/demand_cycle.hpp"
#include "models/levers/hours_reduction.hpp"
#include "models/levers/housing_constraint.hpp"
#include "models/levers/labour_migration_decline.hpp"
#include "models/levers/lever.hpp"
#include "models/levers/lever_reader.hpp"
#include "models/levers/llo_retraining.hpp"
#include "models/levers/local_shock.hpp"
#include "models/levers/participation_change.hpp"
#include "models/levers/rvu_change.hpp"
#include "models/levers/sector_priority.hpp"
#include "models/levers/sector_shock.hpp"
#include "models/levers/zzp_enforcement.hpp"

namespace lmsim::model {
namespace {

struct LeverType {
  std::vector<std::string> keys;  // besides "type"
  std::function<std::unique_ptr<const Lever>(const LeverReader&, const DataSet&)> make;
};

const std::map<std::string, LeverType>& registry() {
  static const std::map<std::string, LeverType> types = {
      {"defence_expansion",
       {{"regions", "target_personnel", "target_military", "target_civilian", "target_reservists",
         "recruitment", "posts_file", "civilian_hours_served", "regional_split", "profile"},
        [](const LeverReader& r, const DataSet& d) {
          return std::make_unique<const DefenceExpansion>(r, d);
        }}},
      {"aow_age_path",
       {{"age_by_year"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const AowAgePath>(r);
        }}},
      {"rvu_change",
       {{"window_months", "take_up_factor", "occupations", "profile"},
        [](const LeverReader& r, const DataSet&) { return std::make_unique<const RvuChange>(r); }}},
      {"sector_shock",
       {{"sectors", "regions", "size", "profile"},
        [](const LeverReader& r, const DataSet& d) {
          return std::make_unique<const SectorShock>(r, d);
        }}},
      {"local_shock",
       {{"region", "occupation", "jobs", "profile"},
        [](const LeverReader& r, const DataSet& d) {
          return std::make_unique<const LocalShock>(r, d);
        }}},
      {"housing_constraint",
       {{"regions", "inflow_factor", "profile"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const HousingConstraint>(r);
        }}},
      {"llo_retraining",
       {{"regions", "from", "to", "capacity", "duration_months", "completion_rate", "profile"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const LloRetraining>(r);
        }}},
      {"zzp_enforcement",
       {{"occupations", "share_reduction", "exit_share", "profile"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const ZzpEnforcement>(r);
        }}},
      {"mantelzorg",
       {{"regions", "occupations", "carers_share", "hours_cut", "profile"},
        [](const LeverReader& r, const DataSet& d) { return HoursReduction::mantelzorg(r, d); }}},
      {"reservist_hours",
       {{"reservists", "civilian_hours_cut", "profile"},
        [](const LeverReader& r, const DataSet& d) { return HoursReduction::reservists(r, d); }}},
      {"participation",
       {{"regions", "occupations", "part_time_factor", "work_past_aow_share", "activation_factor",
         "profile"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const ParticipationChange>(r);
        }}},
      {"sector_priority",
       {{"regions", "occupations", "search_weight", "retention", "profile"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const SectorPriority>(r);
        }}},
      {"demand_cycle",
       {{"regions", "occupations", "amplitude", "period_steps", "phase_steps", "start_step"},
        [](const LeverReader& r, const DataSet&) {
          return std::make_unique<const DemandCycle>(r);
        }}},
      {"automation_shock",
       {{"probabilities", "id_column", "probability_column", "start_step", "duration_steps",
         "completion"},
        [](const LeverReader& r, const DataSet& d) {
          return std::make_unique<const AutomationShock>(r, d);
        }}},
      {"labour_migration_decline",
       {{"regions", "occupations", "sectors", "reduction", "profile"},
        [](const LeverReader& r, const DataSet& d) {
          return std::make_unique<const LabourMigrationDecline>(r, d);
        }}},
  };
  return types;
}

// One line per lever type for lmsim list levers; docs/levers.md explains each.
const std::map<std::string, std::string>& summaries() {
  static const std::map<std::string, std::string> lines = {
      {"defence_expansion", "growth of Defence's military, civilian and reservist posts"},
      {"aow_age_path", "the state pension (AOW) age by year"},
      {"rvu_change", "the early-retirement exemption (RVU): window and take-up"},
      {"sector_shock", "relative change of demand in chosen sectors and regions"},
      {"local_shock", "jobs opening or closing in one region and occupation"},
      {"housing_constraint", "fewer commuters and movers into regions short of housing"},
      {"llo_retraining", "job seekers retraining from surplus to shortage occupations"},
      {"zzp_enforcement", "enforcement against bogus self-employment (fewer zzp)"},
      {"mantelzorg", "informal carers working fewer hours"},
      {"reservist_hours", "civilian hours reservists give up for their service"},
      {"participation", "more hours, work past the AOW age, faster activation"},
      {"sector_priority", "job seekers drawn to priority occupations, better retention"},
      {"demand_cycle", "a boom and bust of labour demand"},
      {"automation_shock", "demand moving away from occupations likely to be automated"},
      {"labour_migration_decline", "fewer labour migrants arriving"},
  };
  return lines;
}

}  // namespace

std::string lever_summary(const std::string& type) {
  const auto it = summaries().find(type);
  return it == summaries().end() ? "" : it->second;
}

std::vector<std::string> lever_types() {
  std::vector<std::string> names;
  for (const auto& [name, type] : registry()) names.push_back(name);
  return names;
}

std::vector<std::string> lever_keys(const std::string& type) {
  const auto it = registry().find(type);
  return it == registry().end() ? std::vector<std::string>{} : it->second.keys;
}

// Types that set a value (a target, an age, a window, a share) rather than scale one: two of
// them would contradict or double-count each other, so a scenario may hold one of each. Levers
// that scale (migration, housing, hours, priority) combine by multiplication; the relative
// changes of target demand (sector shocks, cycles, automation) add (docs/levers.md).
const std::vector<std::string> kOncePerScenario = {"defence_expansion", "aow_age_path",
                                                   "rvu_change",        "participation",
                                                   "zzp_enforcement",   "llo_retraining"};

void refuse_contradictions(const std::vector<LeverEntry>& entries) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (entries[i].type == entries[j].type &&
          std::find(kOncePerScenario.begin(), kOncePerScenario.end(), entries[i].type) !=
              kOncePerScenario.end()) {
        throw InputError(entries[i].at("type"), "a second '" + entries[i].type +
                                                    "' lever contradicts " + entries[j].path +
                                                    " (" + entries[j].where.file + ":" +
                                                    std::to_string(entries[j].where.line) +
                                                    "); a scenario may hold one, merge them");
      }
    }
  }
}

// defence_expansion counts its reservists once, as posts filled and as civilian hours lost
// (defence_expansion.hpp); reservist_hours beside it would count their hours a second time.
void refuse_reservists_counted_twice(const std::vector<LeverEntry>& entries) {
  const auto defence = std::find_if(entries.begin(), entries.end(), [](const LeverEntry& e) {
    return e.type == "defence_expansion";
  });
  if (defence == entries.end()) return;
  for (const LeverEntry& entry : entries) {
    if (entry.type != "reservist_hours") continue;
    throw InputError(entry.at("type"),
                     "reservist_hours counts reservists that " + defence->path + " (" +
                         defence->where.file + ":" + std::to_string(defence->where.line) +
                         ") already counts with their civilian hours; drop this lever and set "
                         "civilian_hours_served of the defence_expansion lever instead");
  }
}

LeverList build_levers(const std::vector<LeverEntry>& entries, const DataSet& data) {
  refuse_contradictions(entries);
  refuse_reservists_counted_twice(entries);
  LeverList levers;
  for (const LeverEntry& entry : entries) {
    const auto it = registry().find(entry.type);
    if (it == registry().end()) {
      std::string available;
      for (const auto& name : lever_types()) available += (available.empty() ? "" : ", ") + name;
      throw InputError(entry.at("type"), "unknown lever type '" + entry.type + "'" +
                                             did_you_mean(entry.type, lever_types()) +
                                             "; available: " + available);
    }
    const LeverReader reader(entry, data, it->second.keys);
    levers.push_back(it->second.make(reader, data));
  }
  return levers;
}

}  // namespace lmsim::model
