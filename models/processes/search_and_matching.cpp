// Job search and matching across regions and occupations (MODEL.md; del Rio-Chanona et al.
// 2021, extended to regions). A searcher in home region h and occupation o sends applications
// at rate S[h,o] (unemployed, weighted by spell and education, and employees searching on the
// job); an application goes to work cell (w,o') with probability
//   q = Pgeo[h,w] Pocc[o,o'] V[w,o'] / Z[h,o],   Z = Pgeo V Pocc^T.
// Applications received A = V .* (Pgeo^T (S ./ Z) Pocc) — two small dense products, never the
// (R O)^2 matrix. Urn-ball matching hires V (1 - exp(-A / V)), so the success probability of an
// application is p = theta (1 - exp(-1/theta)) with theta = V / A. This process applies the
// separations and openings of labour_demand and the hires together:
//   u <- u + w - x,  e <- e + h - w,  v <- v + n - h.
#include <cmath>

#include "models/processes/processes.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {
namespace {

using Matrix = RowMatrix;

Matrix as_matrix(const std::vector<double>& v, std::size_t rows, std::size_t cols) {
  return Eigen::Map<const Matrix>(v.data(), static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
}

// Per-person search effort of each age x education cell, for the unemployed (short, long) and
// for employees searching on the job.
struct SearchEffort {
  std::vector<double> unemployed_short, unemployed_long, on_the_job;
};

SearchEffort search_effort(const StockFlowModel& model) {
  const ModelParameters& p = model.parameters();
  const double rate = model.calibration().application_rate * p.job_finding_scale;
  const double on_job = model.calibration().on_the_job_search * p.on_the_job_search_scale;
  SearchEffort effort;
  for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
    const double education = model.education_search_weight[ae % kEducationLevels];
    effort.unemployed_short.push_back(rate * education);
    effort.unemployed_long.push_back(rate * education * p.long_term_search_weight);
    effort.on_the_job.push_back(rate * education * on_job * model.job_to_job_monthly[ae / kEducationLevels]);
  }
  return effort;
}

// Sum over age x education of persons x effort, per home region x occupation.
Matrix applications(const LabourMarketState& state, Status status, const std::vector<double>& effort) {
  const auto& p = state.persons(status);
  Matrix s(static_cast<Eigen::Index>(state.regions()), static_cast<Eigen::Index>(state.occupations()));
  for (std::size_t h = 0; h < state.regions(); ++h) {
    for (std::size_t o = 0; o < state.occupations(); ++o) {
      const double* x = &p[state.block(h, o)];
      double sum = 0.0;
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) sum += x[ae] * effort[ae];
      s(static_cast<Eigen::Index>(h), static_cast<Eigen::Index>(o)) = sum;
    }
  }
  return s;
}

Matrix safe_divide(const Matrix& a, const Matrix& b) {
  return a.binaryExpr(b, [](double x, double y) { return y > 0.0 ? x / y : 0.0; });
}

}  // namespace

void apply_search_and_matching(const StockFlowModel& model, LabourMarketState& state, int /*step*/) {
  const std::size_t R = state.regions();
  const std::size_t O = state.occupations();
  const Matrix& geo = model.geo;
  const Matrix& occ = model.occ;
  const SearchEffort effort = search_effort(model);

  const Matrix vacancies = as_matrix(state.vacancies, R, O);
  const Matrix from_unemployed = applications(state, Status::kUnemployedShort, effort.unemployed_short) +
                                 applications(state, Status::kUnemployedLong, effort.unemployed_long);
  const Matrix from_employed = applications(state, Status::kEmployed, effort.on_the_job);
  const Matrix z = geo * vacancies * occ.transpose();
  const Matrix ratio_unemployed = safe_divide(from_unemployed, z);
  const Matrix ratio_employed = safe_divide(from_employed, z);
  const Matrix received = vacancies.cwiseProduct(geo.transpose() * (ratio_unemployed + ratio_employed) * occ);
  // Urn-ball: hires = V (1 - exp(-A/V)); success per application p = hires / A.
  const Matrix hires = vacancies.binaryExpr(received, [](double v, double a) {
    return v > 0.0 ? v * -std::expm1(-a / v) : 0.0;
  });
  const Matrix success = safe_divide(hires, received);
  const Matrix filled = vacancies.cwiseProduct(success);             // V .* p
  const Matrix reach = geo * filled;                                 // G[h,o']
  const Matrix finding = safe_divide(reach * occ.transpose(), z);    // F[h,o] per application

  auto& employed = state.persons(Status::kEmployed);
  auto& short_term = state.persons(Status::kUnemployedShort);
  auto& long_term = state.persons(Status::kUnemployedLong);
  const auto& separations = state.record.separations;
  FlowLedger& ledger = state.record.ledger;

  // Separations: employee jobs of each work cell end at the rate w / e; the employees of a home
  // region lose the jobs they hold there.
  std::vector<double> employee_jobs(R * O, 0.0);
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t w = 0; w < R; ++w) {
      for (std::size_t o = 0; o < O; ++o) employee_jobs[state.cell(w, o)] += state.jobs[state.job(h, w, o)];
    }
  }
  std::vector<double> separation_share(R * O, 0.0);
  for (std::size_t c = 0; c < R * O; ++c) {
    separation_share[c] = employee_jobs[c] > 0.0 ? separations[c] / employee_jobs[c] : 0.0;
  }

  Matrix movers(static_cast<Eigen::Index>(O), static_cast<Eigen::Index>(kAgeEducationCells));
  Matrix destination(static_cast<Eigen::Index>(O), static_cast<Eigen::Index>(O));
  double hired_short = 0.0, hired_long = 0.0, moved_on_job = 0.0, separated = 0.0;
  for (std::size_t h = 0; h < R; ++h) {
    const auto hi = static_cast<Eigen::Index>(h);
    for (std::size_t o = 0; o < O; ++o) {
      const auto oi = static_cast<Eigen::Index>(o);
      const std::size_t base = state.block(h, o);
      // Jobs lost by separation and by moving on, per work region.
      double lost = 0.0;
      double held = 0.0;
      for (std::size_t w = 0; w < R; ++w) {
        const double j = state.jobs[state.job(h, w, o)];
        lost += j * separation_share[state.cell(w, o)];
        held += j;
      }
      const double employees = state.employees(h, o);
      const double sep_share = employees > 0.0 ? lost / employees : 0.0;
      const double f = finding(hi, oi);
      double on_job = 0.0;
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
        const double from_short = short_term[base + ae] * effort.unemployed_short[ae] * f;
        const double from_long = long_term[base + ae] * effort.unemployed_long[ae] * f;
        const double from_job = employed[base + ae] * effort.on_the_job[ae] * f;
        const double separating = employed[base + ae] * sep_share;
        short_term[base + ae] += separating - from_short;
        long_term[base + ae] -= from_long;
        employed[base + ae] -= separating + from_job;
        movers(oi, static_cast<Eigen::Index>(ae)) = from_short + from_long + from_job;
        hired_short += from_short;
        hired_long += from_long;
        on_job += from_job;
        separated += separating;
      }
      moved_on_job += on_job;
      // Jobs left by movers are taken from every work region in proportion to the jobs held.
      const double moving_share = held > 0.0 ? on_job / held : 0.0;
      for (std::size_t w = 0; w < R; ++w) {
        state.jobs[state.job(h, w, o)] *= 1.0 - separation_share[state.cell(w, o)] - moving_share;
      }
      // Destination occupations of the movers from (h, o): Pocc[o,o'] G[h,o'] normalised.
      const double norm = (occ.row(oi).cwiseProduct(reach.row(hi))).sum();
      for (std::size_t to = 0; to < O; ++to) {
        const auto ti = static_cast<Eigen::Index>(to);
        destination(oi, ti) = norm > 0.0 ? occ(oi, ti) * reach(hi, ti) / norm : 0.0;
      }
    }
    const Matrix arrivals = destination.transpose() * movers;
    for (std::size_t o = 0; o < O; ++o) {
      const std::size_t base = state.block(h, o);
      for (std::size_t ae = 0; ae < kAgeEducationCells; ++ae) {
        employed[base + ae] += arrivals(static_cast<Eigen::Index>(o), static_cast<Eigen::Index>(ae));
      }
    }
  }

  // New jobs: hires into (w,o') from home region h are H[h,o'] Pgeo[h,w] (V .* p)[w,o'].
  const Matrix h_all = (ratio_unemployed + ratio_employed) * occ;
  const Matrix h_job = ratio_employed * occ;
  for (std::size_t h = 0; h < R; ++h) {
    for (std::size_t w = 0; w < R; ++w) {
      const double g = geo(static_cast<Eigen::Index>(h), static_cast<Eigen::Index>(w));
      if (g <= 0.0) continue;
      for (std::size_t o = 0; o < O; ++o) {
        state.jobs[state.job(h, w, o)] +=
            h_all(static_cast<Eigen::Index>(h), static_cast<Eigen::Index>(o)) * g *
            filled(static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(o));
      }
    }
  }
  const Matrix job_to_job = filled.cwiseProduct(geo.transpose() * h_job);
  for (std::size_t w = 0; w < R; ++w) {
    for (std::size_t o = 0; o < O; ++o) {
      const auto wi = static_cast<Eigen::Index>(w);
      const auto oi = static_cast<Eigen::Index>(o);
      const std::size_t c = state.cell(w, o);
      state.record.hires[c] = hires(wi, oi);
      state.record.job_to_job[c] = job_to_job(wi, oi);
      // Floor as in the published implementation: vacancies never reach zero.
      state.vacancies[c] = std::max(1e-15, state.vacancies[c] + state.record.openings[c] - hires(wi, oi));
    }
  }
  ledger.add(Status::kEmployed, Status::kUnemployedShort, separated);
  ledger.add(Status::kUnemployedShort, Status::kEmployed, hired_short);
  ledger.add(Status::kUnemployedLong, Status::kEmployed, hired_long);
  ledger.add(Status::kEmployed, Status::kEmployed, moved_on_job);
}

}  // namespace lmsim::model
