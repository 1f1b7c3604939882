#include "models/processes/regional_totals.hpp"

namespace lmsim::model {

void add_regional_totals(const ModelDescription& /*model*/, LabourMarketState& state,
                         int /*step*/) {
  state.add_region_records();
}

}  // namespace lmsim::model
