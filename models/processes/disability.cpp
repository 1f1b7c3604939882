// Disability in one home region: workers and the unemployed enter WIA at the annual rate by age
// of age_rates.csv; the disabled leave to inactivity at disability_exit_rate.
#include "models/processes/disability.hpp"
#include "models/model_description.hpp"
#include "models/processes/transfer.hpp"

namespace lmsim::model {

void apply_disability(const ModelDescription& model, LabourMarketState& state, int /*step*/,
                      std::size_t h) {
  if (!model.parameters().supply_processes) return;
  for (Status s : {Status::kEmployed, Status::kSelfEmployed, Status::kUnemployedShort,
                   Status::kUnemployedLong}) {
    transfer_by_age(state, h, s, Status::kDisabled, model.disability);
  }
  transfer_by_age(state, h, Status::kDisabled, Status::kInactive, model.disability_exit_by_age);
}

}  // namespace lmsim::model
