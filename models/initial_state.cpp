// The state at the first month, built from the data set: population.csv by region, age and
// education split by status with status_by_age.csv, scaled per region to the labour-market
// totals of labour_market.csv; employees, zzp and unemployed split over occupations by raking
// the education mix of occupations (education_occupation.csv) to the occupation totals; jobs
// placed in work regions by the commuting shares (regional_mobility.csv).
#include <numeric>

#include "engine/raking.hpp"
#include "models/age_slots.hpp"
#include "models/model_description.hpp"

namespace lmsim::model {
namespace {

using Shares = std::array<double, static_cast<std::size_t>(InitialStatus::kCount)>;
constexpr std::size_t kS(InitialStatus s) {
  return static_cast<std::size_t>(s);
}

// Persons of one home region by status and group (age slot x education, age_slots.hpp), before
// occupations.
struct RegionStocks {
  std::array<std::vector<double>, kStatusCount> by_status;
  RegionStocks() {
    for (auto& v : by_status) v.assign(kBlockGroups, 0.0);
  }
  std::vector<double>& operator[](Status s) { return by_status[index(s)]; }
  double total(Status s) const {
    const auto& v = by_status[index(s)];
    return std::accumulate(v.begin(), v.end(), 0.0);
  }
};

// The data's persons of each age spread over the slots of the age as they stand at the end of
// the first month (birth months uniform), and split by status; those at or past the AOW age are
// working pensioners or retired.
RegionStocks split_population(const DataSet& data, std::size_t home, int aow_months, int month) {
  RegionStocks stocks;
  for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
    const double past = at_or_past(slot, aow_months, month) ? 1.0 : 0.0;
    for (std::size_t e = 0; e < kEducationLevels; ++e) {
      const std::size_t ae = group_of(slot, e);
      const std::size_t age_cell = age_cell_of_group(ae);
      const double persons =
          data.population[home * kAgeEducationCells + age_cell] * slot_share_of_age(slot, month);
      const Shares& s = data.status_by_age[age_cell];
      const auto part = [&](InitialStatus status) { return persons * s[kS(status)]; };
      // Past the AOW age the workers are working pensioners and everyone else is retired.
      stocks[Status::kEmployed][ae] = part(InitialStatus::kEmployed) * (1.0 - past);
      stocks[Status::kWorkingPensioner][ae] = part(InitialStatus::kEmployed) * past;
      stocks[Status::kStudent][ae] = part(InitialStatus::kStudent);
      stocks[Status::kStudentSideJob][ae] = part(InitialStatus::kStudentSideJob);
      const double not_past = 1.0 - past;
      stocks[Status::kUnemployedShort][ae] = part(InitialStatus::kUnemployed) * not_past;
      stocks[Status::kInactivePotential][ae] = part(InitialStatus::kInactivePotential) * not_past;
      stocks[Status::kInactive][ae] = part(InitialStatus::kInactive) * not_past;
      stocks[Status::kDisabled][ae] = part(InitialStatus::kDisabled) * not_past;
      stocks[Status::kRetired][ae] =
          part(InitialStatus::kRetired) +
          past * (part(InitialStatus::kUnemployed) + part(InitialStatus::kInactivePotential) +
                  part(InitialStatus::kInactive) + part(InitialStatus::kDisabled));
    }
  }
  return stocks;
}

// Scales a status to a regional total. Persons added come from the statuses that absorb
// differences (inactive, inactive potential, retired, students) in each group,
// in proportion to the status and never more than a cell holds; persons removed go to them.
// The population of every cell is unchanged.
void scale_to_total(RegionStocks& stocks, Status status, double target, const std::string& what,
                    const DataSet& data, std::size_t home) {
  const std::array absorbers = {Status::kInactive, Status::kInactivePotential, Status::kRetired,
                                Status::kStudent};
  std::vector<double> change(kBlockGroups, 0.0);
  const double current = stocks.total(status);
  if (current <= 0.0) return;
  if (target <= current) {
    for (std::size_t ae = 0; ae < kBlockGroups; ++ae)
      change[ae] = stocks[status][ae] * (target / current - 1.0);
  } else {
    std::vector<double> room(kBlockGroups, 0.0);
    for (std::size_t ae = 0; ae < kBlockGroups; ++ae) {
      for (Status s : absorbers) room[ae] += stocks[s][ae];
    }
    double missing = target - current;
    for (int pass = 0; pass < 50 && missing > 1e-9 * target; ++pass) {
      double weight = 0.0;
      for (std::size_t ae = 0; ae < kBlockGroups; ++ae) {
        if (room[ae] - change[ae] > 0.0) weight += stocks[status][ae];
      }
      if (weight <= 0.0) break;
      const double per_person = missing / weight;
      for (std::size_t ae = 0; ae < kBlockGroups; ++ae) {
        const double free = room[ae] - change[ae];
        if (free <= 0.0) continue;
        const double add = std::min(free, stocks[status][ae] * per_person);
        change[ae] += add;
        missing -= add;
      }
    }
    if (missing > 1e-6 * target) {
      throw InputError({(data.directory / "labour_market.csv").string(), 0, 0, what},
                       "region " + data.dims.regions.code(home) +
                           ": population.csv has too few persons "
                           "outside work for the " +
                           what + " total");
    }
  }
  for (std::size_t ae = 0; ae < kBlockGroups; ++ae) {
    double room = 0.0;
    for (Status s : absorbers) room += stocks[s][ae];
    stocks[status][ae] += change[ae];
    if (room > 0.0) {
      for (Status s : absorbers) stocks[s][ae] -= change[ae] * stocks[s][ae] / room;
    }
  }
}

// Occupation x group stocks whose margins are the occupation totals and the group profile,
// seeded with the education mix of each occupation.
Eigen::MatrixXd split_by_occupation(const DataSet& data, const Eigen::VectorXd& occupation_totals,
                                    const std::vector<double>& profile) {
  const auto O = static_cast<Eigen::Index>(data.dims.occupation_count());
  Eigen::MatrixXd seed(O, static_cast<Eigen::Index>(kBlockGroups));
  for (Eigen::Index o = 0; o < O; ++o) {
    for (std::size_t g = 0; g < kBlockGroups; ++g) {
      seed(o, static_cast<Eigen::Index>(g)) =
          data.education_occupation(o, static_cast<Eigen::Index>(education_of_group(g)));
    }
  }
  Eigen::VectorXd columns =
      Eigen::Map<const Eigen::VectorXd>(profile.data(), static_cast<Eigen::Index>(profile.size()));
  const double sum = columns.sum();
  if (sum <= 0.0) return Eigen::MatrixXd::Zero(O, seed.cols());
  columns *= occupation_totals.sum() / sum;
  return rake(seed, occupation_totals, columns);
}

// Occupation totals of employees plus zzp: labour_market.csv holds all workers, including
// students' side jobs and working pensioners, which are taken out of the civilian occupations
// (defence personnel are never students or pensioners).
Eigen::VectorXd main_worker_totals(const DataSet& data, std::size_t home, double other_workers) {
  Eigen::VectorXd totals = data.employed.row(static_cast<Eigen::Index>(home)).transpose();
  double civilian = totals.sum();
  Eigen::Index defence = -1;
  if (data.dims.occupations.contains("DEF")) {
    defence = static_cast<Eigen::Index>(data.dims.occupations["DEF"]);
    civilian -= totals(defence);
  }
  const double factor = civilian > 0.0 ? std::max(0.0, civilian - other_workers) / civilian : 0.0;
  for (Eigen::Index o = 0; o < totals.size(); ++o) {
    if (o != defence) totals(o) *= factor;
  }
  return totals;
}

void place_rvu_users(LabourMarketState& state, double users, int aow_months, int window_months,
                     int month) {
  auto& retired = state.persons(Status::kRetired);
  auto& rvu = state.persons(Status::kRvu);
  double eligible = 0.0;
  const auto weight = [&](std::size_t g) {
    const std::size_t slot = slot_of_group(g);
    return at_or_past(slot, aow_months - window_months, month) &&
                   !at_or_past(slot, aow_months, month)
               ? 1.0
               : 0.0;
  };
  for (std::size_t i = 0; i < retired.size(); ++i)
    eligible += retired[i] * weight(i % kBlockGroups);
  if (eligible <= 0.0) return;
  const double share = std::min(1.0, users / eligible);
  for (std::size_t i = 0; i < retired.size(); ++i) {
    const double moved = retired[i] * weight(i % kBlockGroups) * share;
    retired[i] -= moved;
    rvu[i] += moved;
  }
}

}  // namespace

LabourMarketState ModelDescription::initial_state() const {
  LabourMarketState state =
      data_.occupational_network ? published_initial_state() : regional_initial_state();
  if (!parameters_.supply_processes) state.limit_groups_to_occupied();
  if (calibration_.initial_ww_share > 0.0)
    set_initial_ww_benefits(state, calibration_.initial_ww_share);
  return state;
}

LabourMarketState ModelDescription::regional_initial_state() const {
  const DataSet& data = data_;
  const std::size_t R = regions();
  const std::size_t O = occupations();
  LabourMarketState state(R, O);
  const int aow = aow_age_months(0);
  const int month = time_.month(0);

  for (std::size_t h = 0; h < R; ++h) {
    RegionStocks stocks = split_population(data, h, aow, month);
    const double other_workers =
        stocks.total(Status::kStudentSideJob) + stocks.total(Status::kWorkingPensioner);
    const Eigen::VectorXd workers = main_worker_totals(data, h, other_workers);
    scale_to_total(stocks, Status::kEmployed, workers.sum(), "employed", data, h);
    const Eigen::VectorXd unemployed =
        data.unemployed.row(static_cast<Eigen::Index>(h)).transpose();
    scale_to_total(stocks, Status::kUnemployedShort, unemployed.sum(), "unemployed", data, h);

    const Eigen::MatrixXd working = split_by_occupation(data, workers, stocks[Status::kEmployed]);
    const Eigen::MatrixXd searching =
        split_by_occupation(data, unemployed, stocks[Status::kUnemployedShort]);
    for (std::size_t o = 0; o < O; ++o) {
      const std::size_t base = state.block(h, o);
      const double zzp = data.zzp_share[o];
      for (std::size_t g = 0; g < kBlockGroups; ++g) {
        const double w = working(static_cast<Eigen::Index>(o), static_cast<Eigen::Index>(g));
        const double u = searching(static_cast<Eigen::Index>(o), static_cast<Eigen::Index>(g));
        state.persons(Status::kEmployed)[base + g] = w * (1.0 - zzp);
        state.persons(Status::kSelfEmployed)[base + g] = w * zzp;
        state.persons(Status::kUnemployedShort)[base + g] =
            u * parameters_.initial_short_term_share;
        state.persons(Status::kUnemployedLong)[base + g] =
            u * (1.0 - parameters_.initial_short_term_share);
      }
      const double employees = state.employees(h, o);
      for (std::size_t w = 0; w < R; ++w) {
        state.jobs[state.job(h, w, o)] =
            employees * geo(static_cast<Eigen::Index>(h), static_cast<Eigen::Index>(w));
      }
      state.labour_migrants[state.cell(h, o)] = std::min(
          employees, data.labour_migrants_per_year[o] * parameters_.labour_migration_scale *
                         data.labour_migrant_stay_years[o] *
                         labour_migrant_region_share(static_cast<Eigen::Index>(h),
                                                     static_cast<Eigen::Index>(o)));
    }
    for (Status s :
         {Status::kStudent, Status::kStudentSideJob, Status::kInactivePotential, Status::kInactive,
          Status::kRetired, Status::kDisabled, Status::kWorkingPensioner}) {
      std::copy(stocks[s].begin(), stocks[s].end(),
                state.persons(s).begin() + static_cast<std::ptrdiff_t>(state.block(h)));
    }
  }
  place_rvu_users(state, parameters_.rvu_users_initial, aow, rvu_window_months(0), month);
  for (std::size_t w = 0; w < R; ++w) {
    for (std::size_t o = 0; o < O; ++o) {
      state.vacancies[state.cell(w, o)] =
          data.vacancies(static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(o));
    }
  }
  if (!calibration_.initial_demand.empty()) state.target_demand = calibration_.initial_demand;
  return state;
}

}  // namespace lmsim::model
