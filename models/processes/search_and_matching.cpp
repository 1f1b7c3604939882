// Job search and matching (models/matching.hpp has the equations). This process applies the
// separations and openings of labour_demand and the hires together, as in the published
// simultaneous update:  u <- u + w - x,  e <- e + h - w,  v <- v + n - h.
// Persons move cell by cell: the unemployed and on-the-job searchers of each home region x
// occupation x age x education are hired at the success rate of their cell and take their age
// and education to the destination occupations; employee jobs of a home region follow them to
// the work regions where the hires happen.
#include <algorithm>
#include <array>
#include <cmath>

#include "models/cell_sum.hpp"

#include "models/matching.hpp"
#include "models/processes/search_and_matching.hpp"

namespace lmsim::model {
namespace {

struct MovedTotals {
  double separated = 0.0, hired_short = 0.0, hired_long = 0.0, on_job = 0.0;
};

// What the persons of one home region x occupation cell do this month, per age x education group.
struct CellMoves {
  std::array<double, kBlockGroups> from_short, from_long, separating, from_job;
  std::array<double, kBlockGroups> seeking;           // applications of job seekers / f
  std::array<double, kBlockGroups> searching_on_job;  // applications of employees / f_job
};

// Moves the persons of one cell at the chances of person_chances (hired from short- and
// long-term unemployment, separating, moving on the job), group by group over the groups in use,
// and keeps each group's flows in `moves`; movers[ae - groups.first] gets the hired and the job
// movers of group ae. The statuses' blocks never overlap, which lets the compiler run the loop on
// vectors; the sums are taken afterwards.
void move_cell(const SearchEffort& effort, const double* __restrict risk, double separation_share,
               double finding, double efficiency, const GroupRange& groups,
               double* __restrict employed, double* __restrict short_term,
               double* __restrict long_term, double* __restrict movers, CellMoves& moves) {
  const double* __restrict us = effort.unemployed_short.data();
  const double* __restrict ul = effort.unemployed_long.data();
  const double* __restrict oj = effort.on_the_job.data();
  for (std::size_t ae = groups.first; ae < groups.end; ++ae) {
    const PersonChances p =
        person_chances({us[ae], ul[ae], oj[ae]}, separation_share, risk[ae], finding, efficiency);
    const double from_short = short_term[ae] * p.hired_short;
    const double from_long = long_term[ae] * p.hired_long;
    const double separating = employed[ae] * p.separating;
    const double from_job = employed[ae] * p.moving;
    moves.seeking[ae] = short_term[ae] * us[ae] + long_term[ae] * ul[ae];
    moves.searching_on_job[ae] = employed[ae] * oj[ae];
    short_term[ae] += separating - from_short;
    long_term[ae] -= from_long;
    employed[ae] -= separating + from_job;
    movers[ae - groups.first] = from_short + from_long + from_job;
    moves.from_short[ae] = from_short;
    moves.from_long[ae] = from_long;
    moves.separating[ae] = separating;
    moves.from_job[ae] = from_job;
  }
}

// Separations, hires and job-to-job moves of the persons and jobs of one home region.
void move_persons_of_region(const ModelDescription& model, LabourMarketState& state, std::size_t h,
                            const RowMatrix& geo, const MatchingOutcome& m,
                            const SearchEffort& effort, const std::vector<double>& separation_share,
                            MovedTotals& totals) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const OccupationalMobility& occ = model.occ;
  const auto& efficiency = model.calibration().search_efficiency;
  auto& employed = state.persons(Status::kEmployed);
  auto& short_term = state.persons(Status::kUnemployedShort);
  auto& long_term = state.persons(Status::kUnemployedLong);
  const auto hi = static_cast<Eigen::Index>(h);
  const GroupRange& groups = state.groups();
  RowMatrix movers(static_cast<Eigen::Index>(O), static_cast<Eigen::Index>(groups.size()));
  Eigen::RowVectorXd unemployed_scale(static_cast<Eigen::Index>(O));
  Eigen::RowVectorXd employed_scale(static_cast<Eigen::Index>(O));
  CellMoves moves;
  for (std::size_t o = 0; o < O; ++o) {
    const auto oi = static_cast<Eigen::Index>(o);
    const std::size_t base = state.block(h, o);
    const HomeSeparation home = home_separation(model, state, h, o, separation_share);
    const double lost = home.lost;
    const double held = home.held;
    // A searcher takes at most one job a month (person_chances caps the probability at 1), and
    // the hires of the cell are scaled to what its searchers can take.
    const double cell_efficiency = efficiency[state.cell(h, o)];
    const double f = m.finding(hi, oi) * cell_efficiency;  // job seekers
    const double short_before = sum_over_cells(
        groups.first, groups.end, [&](std::size_t ae) { return short_term[base + ae]; });
    const double long_before = sum_over_cells(groups.first, groups.end,
                                              [&](std::size_t ae) { return long_term[base + ae]; });
    const double f_job = m.finding(hi, oi);  // employees
    move_cell(effort, model.calibration().separation_risk.data(), home.share, f_job,
              cell_efficiency, groups, &employed[base], &short_term[base], &long_term[base],
              movers.row(oi).data(), moves);
    const auto total = [&groups](const std::array<double, kBlockGroups>& a) {
      return sum_over_cells(groups.first, groups.end, [&](std::size_t i) { return a[i]; });
    };
    const double hired_short = total(moves.from_short);
    const double hired_long = total(moves.from_long);
    const double separated = total(moves.separating);
    const double on_job = total(moves.from_job);
    const double hired = hired_short + hired_long;
    const double uncapped_hired = total(moves.seeking) * f;
    const double uncapped_on_job = total(moves.searching_on_job) * f_job;
    totals.hired_short += hired_short;
    totals.hired_long += hired_long;
    totals.on_job += on_job;
    totals.separated += separated;
    const std::size_t home_cell = state.cell(h, o);
    state.record.hires_from_unemployment[home_cell] = hired;
    state.record.job_losers[home_cell] = separated;
    state.record.hire_probability_short[home_cell] =
        short_before > 0.0 ? hired_short / short_before : 0.0;
    state.record.hire_probability_long[home_cell] =
        long_before > 0.0 ? hired_long / long_before : 0.0;
    unemployed_scale(oi) = uncapped_hired > 0.0 ? hired / uncapped_hired : 1.0;
    employed_scale(oi) = uncapped_on_job > 0.0 ? on_job / uncapped_on_job : 1.0;
    // Jobs ending by separation (the share that could separate, where a group had fewer persons
    // than its risk asked for) and jobs left by movers, in proportion to the jobs held.
    const double separated_share = lost > 0.0 ? separated / lost : 0.0;
    const double moving_share = held > 0.0 ? on_job / held : 0.0;
    for (std::size_t w = 0; w < R; ++w) {
      double& jobs = state.jobs[state.job(h, w, o)];
      const double ending = jobs * separation_share[state.cell(w, o)] * separated_share;
      state.record.separations[state.cell(w, o)] += ending;
      jobs -= ending + jobs * moving_share;
    }
  }
  // Destination occupations of the movers from (h, o): Pocc[o,o'] G[h,o'] normalised.
  const RowMatrix arrivals = occ.arrivals(m.reach.row(hi), m.offered.row(hi), movers);
  for (std::size_t o = 0; o < O; ++o) {
    double* cell = &employed[state.block(h, o) + groups.first];
    for (std::size_t k = 0; k < groups.size(); ++k) {
      cell[k] += arrivals(static_cast<Eigen::Index>(o), static_cast<Eigen::Index>(k));
    }
  }
  // New jobs: hires into (w,o') from home region h are H[h,o'] Pgeo[h,w] (V .* p)[w,o'], with
  // H = (S ./ Z) Pocc taken over the hires the searchers could take.
  const Eigen::RowVectorXd from_unemployed =
      occ.times(m.ratio_unemployed.row(hi).cwiseProduct(unemployed_scale));
  // Without on-the-job search (a published network's runs) no employee applies anywhere.
  const Eigen::RowVectorXd from_employed =
      effort.max_on_the_job > 0.0
          ? Eigen::RowVectorXd(occ.times(m.ratio_employed.row(hi).cwiseProduct(employed_scale)))
          : Eigen::RowVectorXd::Zero(static_cast<Eigen::Index>(O));
  for (std::size_t w = 0; w < R; ++w) {
    const double g = geo(hi, static_cast<Eigen::Index>(w));
    if (g <= 0.0) continue;
    for (std::size_t o = 0; o < O; ++o) {
      const auto oi = static_cast<Eigen::Index>(o);
      const double filled = g * m.filled(static_cast<Eigen::Index>(w), oi);
      const double by_job_seekers = from_unemployed(oi) * filled;
      const double by_employees = from_employed(oi) * filled;
      state.jobs[state.job(h, w, o)] += by_job_seekers + by_employees;
      state.record.hires[state.cell(w, o)] += by_job_seekers + by_employees;
      state.record.job_to_job[state.cell(w, o)] += by_employees;
    }
  }
}

}  // namespace

void apply_search_and_matching(const ModelDescription& model, LabourMarketState& state,
                               int /*step*/) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const Applications sent = applications_sent(model, state);
  const RowMatrix geo = regional_mobility(model, state.record.effects);
  const MatchingOutcome m =
      match(geo, model.occ, as_matrix(state.vacancies, R, O),
            recruitment_intensity(model, state.record.effects), sent.unemployed(), sent.employed);
  const SearchEffort effort = search_effort(model);
  const std::vector<double> separation_share = separation_shares(state);

  MovedTotals totals;
  std::fill(state.record.hires.begin(), state.record.hires.end(), 0.0);
  // Separations as they happen (labour_demand planned them; a group cannot lose more persons
  // than it has).
  std::fill(state.record.separations.begin(), state.record.separations.end(), 0.0);
  std::fill(state.record.job_to_job.begin(), state.record.job_to_job.end(), 0.0);
  for (std::size_t h = 0; h < R; ++h)
    move_persons_of_region(model, state, h, geo, m, effort, separation_share, totals);

  update_vacancies(state);
  FlowLedger& ledger = state.record.ledger;
  ledger.add(Status::kEmployed, Status::kUnemployedShort, totals.separated);
  ledger.add(Status::kUnemployedShort, Status::kEmployed, totals.hired_short);
  ledger.add(Status::kUnemployedLong, Status::kEmployed, totals.hired_long);
  ledger.add(Status::kEmployed, Status::kEmployed, totals.on_job);
}

}  // namespace lmsim::model
