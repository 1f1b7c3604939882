#include "models/levers/defence_expansion.hpp"

namespace lmsim::model {

DefenceExpansion::DefenceExpansion(const LeverReader& reader, const DataSet& data)
    : occupations_(data.dims.occupation_count()), profile_(reader.profile("profile")) {
  if (!data.dims.occupations.contains("DEF")) {
    reader.fail("type", "the data set has no defence occupation (code DEF)");
  }
  defence_ = data.dims.occupations["DEF"];
  const double target = reader.number("target_personnel", 0.0, 1e6);
  reader.text_or("regional_split", "base_presence", {"base_presence"});
  const std::vector<bool> chosen = reader.regions("regions");
  extra_personnel_ = target - data.defence_personnel.sum();
  share_.assign(data.dims.region_count(), 0.0);
  double presence = 0.0;
  for (std::size_t r = 0; r < chosen.size(); ++r) {
    if (chosen[r]) presence += data.defence_personnel(static_cast<Eigen::Index>(r));
  }
  if (presence <= 0.0)
    reader.fail("regions", "none of these regions has defence personnel in defence.csv");
  for (std::size_t r = 0; r < chosen.size(); ++r) {
    if (chosen[r]) share_[r] = data.defence_personnel(static_cast<Eigen::Index>(r)) / presence;
  }
}

void DefenceExpansion::add_effect(ScenarioEffects& effects, YearMonth month) const {
  const double extra = extra_personnel_ * profile_.at(month);
  for (std::size_t r = 0; r < share_.size(); ++r) {
    effects.demand_added[r * occupations_ + defence_] += extra * share_[r];
  }
}

}  // namespace lmsim::model
