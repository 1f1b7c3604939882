// What the scenario's levers do to the model in one month, gathered before the processes run:
// each lever adds its effect, each process reads the part it needs. Without levers every
// effect is neutral (additions 0, factors 1), so a run is the same as its base.
#pragma once

#include <cstddef>
#include <vector>

namespace lmsim::model {

// A group of workers who cut their contract hours (informal carers, reservists), per work cell:
// `share` of the cell's workers belong to it and cut `cut` of their hours. Several levers on one
// cell combine as independent memberships: a worker belongs when any lever includes it, and
// the hours lost are those of the levers one after another, so the cell loses
// 1 - prod(1 - share_k cut_k) of its hours, as the product of the levers' factors.
struct HoursCut {
  std::vector<double> share, cut;

  void reset(std::size_t cells) {
    share.assign(cells, 0.0);
    cut.assign(cells, 0.0);
  }
  // Adds a lever's group to cell c.
  void add(std::size_t c, double lever_share, double lever_cut) {
    const double lost = 1.0 - (1.0 - share[c] * cut[c]) * (1.0 - lever_share * lever_cut);
    share[c] = 1.0 - (1.0 - share[c]) * (1.0 - lever_share);
    cut[c] = share[c] > 0.0 ? lost / share[c] : 0.0;
  }
  // The factor on the cell's mean hours: 1 - share x cut.
  double mean_factor(std::size_t c) const { return 1.0 - share[c] * cut[c]; }
  bool any() const {
    for (double s : share)
      if (s > 0.0) return true;
    return false;
  }
};

struct ScenarioEffects {
  std::vector<double> demand_added;             // persons added to target demand, per work cell
  std::vector<double> demand_change;            // relative change of target demand, per work cell
  std::vector<double> labour_migration_factor;  // multiplies labour migrant inflow, per home cell
  int aow_age_months = -1;                      // AOW age in months; -1: aow_age.csv
  int rvu_window_months = -1;                   // RVU window before AOW; -1: rvu.csv
  std::vector<double> rvu_take_up_factor;       // multiplies RVU take-up, per occupation
  std::vector<double> inflow_factor;            // multiplies commuting weights into a region
  bool regional_mobility_changed = false;       // whether any inflow_factor differs from 1
  std::vector<double> zzp_share_factor;         // multiplies zzp_share, per occupation
  std::vector<double> zzp_exit_share;           // of displaced zzp who stop working, per occupation
  std::vector<double> hours_factor;             // multiplies contract hours, per work cell
  // Groups of workers who cut their hours, per work cell: the share of the workers in the group
  // and the share of their hours they cut (hours_reduction.hpp).
  HoursCut carers, reservists;
  // Defence (defence_expansion.hpp), per work region: posts of Defensie's formation that are not
  // demand for DEF (posts recruitment has not filled yet, and reservists' part-time posts beyond
  // today's), and reservists in post beyond today's (they keep their civilian jobs).
  std::vector<double> defence_posts_not_demand, defence_reservists_added;
  double work_past_aow_share = -1.0;       // -1: the parameter
  double activation_factor = 1.0;          // multiplies the activation rate
  std::vector<double> recruitment_factor;  // multiplies recruitment intensity, per work cell
  std::vector<double> separation_factor;   // multiplies the separation rate, per work cell
  // Retraining (LLO): persons a month entering training, by home region (set from the national
  // number by the levers process), the occupations they come from and train for, the share who
  // complete, and the monthly rate of leaving training (1 / mean duration).
  double training_entries = 0.0;
  std::vector<double> training_entries_by_region;
  std::vector<bool> training_regions, training_from, training_to;
  double training_completion = 0.0;
  double training_exit_rate = 0.0;

  void reset(std::size_t regions, std::size_t occupations) {
    demand_added.assign(regions * occupations, 0.0);
    demand_change.assign(regions * occupations, 0.0);
    labour_migration_factor.assign(regions * occupations, 1.0);
    aow_age_months = -1;
    rvu_window_months = -1;
    rvu_take_up_factor.assign(occupations, 1.0);
    inflow_factor.assign(regions, 1.0);
    regional_mobility_changed = false;
    zzp_share_factor.assign(occupations, 1.0);
    zzp_exit_share.assign(occupations, 0.0);
    hours_factor.assign(regions * occupations, 1.0);
    carers.reset(regions * occupations);
    reservists.reset(regions * occupations);
    defence_posts_not_demand.assign(regions, 0.0);
    defence_reservists_added.assign(regions, 0.0);
    work_past_aow_share = -1.0;
    activation_factor = 1.0;
    recruitment_factor.assign(regions * occupations, 1.0);
    separation_factor.assign(regions * occupations, 1.0);
    training_entries = 0.0;
    training_entries_by_region.assign(regions, 0.0);
    training_regions.assign(regions, false);
    training_from.assign(occupations, false);
    training_to.assign(occupations, false);
    training_completion = 0.0;
    training_exit_rate = 0.0;
  }
};

// What the levers do to the mean contract hours of work cell c: the participation lever's
// factor times the hours kept by carers and reservists.
inline double hours_factor(const ScenarioEffects& effects, std::size_t c) {
  return effects.hours_factor[c] * effects.carers.mean_factor(c) *
         effects.reservists.mean_factor(c);
}

}  // namespace lmsim::model
