// Search and matching on the cells of the labour market (docs/model.md, section 2.9; del
// Rio-Chanona et al. 2021 extended to regions), as a pure function of the vacancies and the
// applications sent: used by the search_and_matching process and by the calibration, so the
// equations exist once.
//
// A searcher of home region h and occupation o sends applications S[h,o]; one goes to work cell
// (w,o') with probability q = Pgeo[h,w] Pocc[o,o'] x[w,o'] V[w,o'] / Z[h,o], Z = Pgeo (x .* V)
// Pocc^T, where x is the recruitment intensity of the work cell (how visible its vacancies are;
// 1 in the published model, calibrated per cell in lmsim). Applications received
// A = (x .* V) .* (Pgeo^T (S ./ Z) Pocc): two small dense products, never the (R O)^2 matrix.
// Urn-ball matching hires V (1 - exp(-A / V)) in each cell, so an application succeeds with
// p = theta (1 - exp(-1/theta)), theta = V / A.
#pragma once

#include <algorithm>

#include "models/model_description.hpp"

namespace lmsim::model {

struct MatchingOutcome {
  RowMatrix z;        // Z[h,o]
  RowMatrix hires;    // hires per work cell (all searchers)
  RowMatrix filled;   // x .* V .* p per work cell
  RowMatrix reach;    // G = Pgeo (V .* p) per home region x destination occupation
  RowMatrix offered;  // G Pocc^T: what the searchers of (h,o) can reach, weighted
  RowMatrix finding;  // success per application sent from (h,o): offered ./ Z
  // Hires into (w,o') from h are H[h,o'] Pgeo[h,w] filled[w,o'], H = (S ./ Z) Pocc.
  RowMatrix ratio_unemployed;  // S ./ Z of the unemployed
  RowMatrix ratio_employed;    // S ./ Z of on-the-job searchers
};

// unemployed and employed: applications per home region x occupation (R x O).
MatchingOutcome match(const RowMatrix& geo, const OccupationalMobility& occ,
                      const RowMatrix& vacancies, const RowMatrix& intensity,
                      const RowMatrix& unemployed, const RowMatrix& employed);

}  // namespace lmsim::model

namespace lmsim::model {

// Applications sent per home region x occupation by the unemployed (short-term and, with less
// effort, long-term) and by employees searching on the job, with the calibrated search effort.
struct Applications {
  RowMatrix unemployed_short;
  RowMatrix unemployed_long;
  RowMatrix employed;
  RowMatrix unemployed() const { return unemployed_short + unemployed_long; }
};
// with_scenario_scales: false for the calibration, which finds the effort the data imply.
Applications applications_sent(const ModelDescription& model, const LabourMarketState& state,
                               bool with_scenario_scales = true);

// Per-person search effort of each group of a block (age_slots.hpp; applications per month per
// unit of finding), for the short- and long-term unemployed and for employees.
struct GroupEffort {  // of one group
  double unemployed_short, unemployed_long, on_the_job;
};
struct SearchEffort {
  std::vector<double> unemployed_short, unemployed_long, on_the_job;
  double max_unemployed = 0.0;
  double max_on_the_job = 0.0;
  GroupEffort of(std::size_t group) const {
    return {unemployed_short[group], unemployed_long[group], on_the_job[group]};
  }
};
SearchEffort search_effort(const ModelDescription& model, bool with_scenario_scales = true);

}  // namespace lmsim::model

namespace lmsim::model {

// A vector of R x O values as a row-major matrix.
inline RowMatrix as_matrix(const std::vector<double>& v, std::size_t rows, std::size_t cols) {
  return Eigen::Map<const RowMatrix>(v.data(), static_cast<Eigen::Index>(rows),
                                     static_cast<Eigen::Index>(cols));
}

// Pgeo of this month: a housing constraint lowers the weights of commuting into a region (from
// other regions); each row is renormalised, so searchers look more at home and elsewhere.
RowMatrix regional_mobility(const ModelDescription& model, const ScenarioEffects& effects);

// x of this month: the calibrated recruitment intensity times what levers give (sector priority).
RowMatrix recruitment_intensity(const ModelDescription& model, const ScenarioEffects& effects);

// Share of the employee jobs of every work cell that separates this month (w / e).
std::vector<double> separation_shares(const LabourMarketState& state);

// The separations of the employees of home region h and occupation o: the jobs they hold in all
// work regions (held), the jobs lost there at the separation share of each work cell (lost), and
// lost per unit of separation risk (share): an employee of age x education cell ae separates with
// probability min(1, share x separation_risk[ae]).
struct HomeSeparation {
  double held = 0.0, lost = 0.0, share = 0.0;
};
HomeSeparation home_separation(const ModelDescription& model, const LabourMarketState& state,
                               std::size_t h, std::size_t o,
                               const std::vector<double>& separation_share);

// The monthly probabilities of one person of a home region x occupation cell, in an age x
// education group with search effort `effort`: an employee separates (share x risk, at most 1) or
// moves on to another job (effort x finding; separating and moving are probabilities of the same
// person, together at most 1); a short- or long-term job seeker is hired (effort x finding x the
// cell's search efficiency: a searcher takes at most one job a month). The stock-flow engine moves
// these shares of each cell, the agent-based engine draws them per person.
struct PersonChances {
  double separating, moving, hired_short, hired_long;
};
inline PersonChances person_chances(const GroupEffort& effort, double separation_share, double risk,
                                    double finding, double efficiency) {
  // std::min's semantics on values (b < a ? b : a), so that a loop over groups needs no branch
  // and runs on vectors.
  const auto at_most = [](double a, double b) { return b < a ? b : a; };
  const double seeker_finding = finding * efficiency;
  const double separating = at_most(1.0, separation_share * risk);
  return {separating, at_most(1.0 - separating, effort.on_the_job * finding),
          at_most(1.0, effort.unemployed_short * seeker_finding),
          at_most(1.0, effort.unemployed_long * seeker_finding)};
}

// Vacancies at the end of the month: openings added, hires taken (state.record), with the floor
// of the published implementation: vacancies never reach zero.
void update_vacancies(LabourMarketState& state);

}  // namespace lmsim::model
