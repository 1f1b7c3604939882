#include "models/levers/local_shock.hpp"

#include <sstream>

namespace lmsim::model {
namespace {

// The largest opening or closing one lever may give: far above the largest cell of the data set,
// so that only typing errors are refused by it.
constexpr double kMaxJobs = 1e6;

std::string whole_persons(double x) {
  std::ostringstream out;
  out.precision(0);
  out << std::fixed << x;
  return out.str();
}

}  // namespace

LocalShock::LocalShock(const LeverReader& reader, const DataSet& data)
    : profile_(reader.profile("profile")) {
  const std::size_t region = reader.region("region");
  const std::size_t occupation = reader.occupation("occupation");
  cell_ = region * data.dims.occupation_count() + occupation;
  jobs_ = reader.number("jobs", -kMaxJobs, kMaxJobs);
  const auto r = static_cast<Eigen::Index>(region);
  const auto o = static_cast<Eigen::Index>(occupation);
  const double demand_at_start = data.employed(r, o) + data.vacancies(r, o);
  if (-jobs_ > demand_at_start) {
    reader.fail("jobs", "a closing of " + whole_persons(-jobs_) + " jobs is larger than the " +
                            whole_persons(demand_at_start) + " employed and vacancies of " +
                            data.dims.regions.codes()[region] + " x " +
                            data.dims.occupations.codes()[occupation] + " in labour_market.csv");
  }
}

void LocalShock::add_effect(ScenarioEffects& effects, YearMonth month) const {
  effects.demand_added[cell_] += jobs_ * profile_.at(month);
}

}  // namespace lmsim::model
