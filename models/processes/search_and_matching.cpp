// Job search and matching (models/matching.hpp has the equations). This process applies the
// separations and openings of labour_demand and the hires together, as in the published
// simultaneous update:  u <- u + w - x,  e <- e + h - w,  v <- v + n - h.
// Persons move cell by cell: the unemployed and on-the-job searchers of each home region x
// occupation x age x education are hired at the success rate of their cell and take their age
// and education to the destination occupations; employee jobs of a home region follow them to
// the work regions where the hires happen.
#include <algorithm>
#include <cmath>

#include "models/matching.hpp"
#include "models/processes/processes.hpp"

namespace lmsim::model {
namespace {

struct MovedTotals {
  double separated = 0.0, hired_short = 0.0, hired_long = 0.0, on_job = 0.0;
};

// Separations, hires and job-to-job moves of the persons and jobs of one home region.
void move_persons_of_region(const StockFlowModel& model, LabourMarketState& state, std::size_t h,
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
  RowMatrix movers(static_cast<Eigen::Index>(O), static_cast<Eigen::Index>(kAgeEducationCells));
  Eigen::RowVectorXd unemployed_scale(static_cast<Eigen::Index>(O));
  Eigen::RowVectorXd employed_scale(static_cast<Eigen::Index>(O));
  for (std::size_t o = 0; o < O; ++o) {
    const auto oi = static_cast<Eigen::Index>(o);
    const std::size_t base = state.block(h, o);
    const HomeSeparation home = home_separation(model, state, h, o, separation_share);
    const double lost = home.lost;
    const double held = home.held;
    const auto& risk = model.calibration().separation_risk;
    const double sep_share = home.share;
    // A searcher takes at most one job a month (person_chances caps the probability at 1), and
    // the hires of the cell are scaled to what its searchers can take.
    const double f = m.finding(hi, oi) * efficiency[state.cell(h, o)];  // job seekers
    const double f_job = m.finding(hi, oi);                             // employees
    double on_job = 0.0;
    double hired = 0.0;
    double separated = 0.0;
    double uncapped_hired = 0.0;
    double uncapped_on_job = 0.0;
    for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
      const PersonChances p =
          person_chances(effort, ae, sep_share, risk[ae], f_job, efficiency[state.cell(h, o)]);
      const double from_short = short_term[base + ae] * p.hired_short;
      const double from_long = long_term[base + ae] * p.hired_long;
      const double separating = employed[base + ae] * p.separating;
      const double from_job = employed[base + ae] * p.moving;
      uncapped_hired += (short_term[base + ae] * effort.unemployed_short[ae] +
                         long_term[base + ae] * effort.unemployed_long[ae]) *
                        f;
      uncapped_on_job += employed[base + ae] * effort.on_the_job[ae] * f_job;
      short_term[base + ae] += separating - from_short;
      long_term[base + ae] -= from_long;
      employed[base + ae] -= separating + from_job;
      movers(oi, static_cast<Eigen::Index>(ae)) = from_short + from_long + from_job;
      totals.hired_short += from_short;
      totals.hired_long += from_long;
      separated += separating;
      hired += from_short + from_long;
      on_job += from_job;
    }
    totals.on_job += on_job;
    totals.separated += separated;
    state.record.hires_from_unemployment[state.cell(h, o)] = hired;
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
  const RowMatrix arrivals = occ.arrivals(m.reach.row(hi), movers);
  for (std::size_t o = 0; o < O; ++o) {
    double* cell = &employed[state.block(h, o)];
    for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
      cell[ae] += arrivals(static_cast<Eigen::Index>(o), static_cast<Eigen::Index>(ae));
    }
  }
  // New jobs: hires into (w,o') from home region h are H[h,o'] Pgeo[h,w] (V .* p)[w,o'], with
  // H = (S ./ Z) Pocc taken over the hires the searchers could take.
  const Eigen::RowVectorXd from_unemployed =
      occ.times(m.ratio_unemployed.row(hi).cwiseProduct(unemployed_scale));
  const Eigen::RowVectorXd from_employed =
      occ.times(m.ratio_employed.row(hi).cwiseProduct(employed_scale));
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

void apply_search_and_matching(const StockFlowModel& model, LabourMarketState& state,
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
