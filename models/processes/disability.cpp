// Disability: workers and the unemployed enter WIA at the annual rate by age of age_rates.csv;
// the disabled leave to inactivity at disability_exit_rate.
#include "models/processes/processes.hpp"
#include "models/processes/transfer.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {

void apply_disability(const StockFlowModel& model, LabourMarketState& state, int /*step*/) {
  if (!model.parameters().supply_processes) return;
  const JobsFollowEmployees jobs(state);
  const auto by_age = [&](std::size_t, std::size_t, std::size_t ae) {
    return model.disability[ae / kEducationLevels];
  };
  for (Status s : {Status::kEmployed, Status::kSelfEmployed, Status::kUnemployedShort, Status::kUnemployedLong}) {
    transfer(state, s, Status::kDisabled, by_age);
  }
  transfer(state, Status::kDisabled, Status::kInactive, [&](std::size_t, std::size_t, std::size_t) {
    return model.parameters().disability_exit;
  });
  jobs.apply(state);
}

}  // namespace lmsim::model
