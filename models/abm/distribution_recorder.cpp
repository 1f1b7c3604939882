#include "models/abm/distribution_recorder.hpp"

namespace lmsim::model::abm {

DistributionRecorder::DistributionRecorder(ResultSet& results) : results_(results) {
  Dimension spell{
      "spell_months", {}, {}, "months", "completed months of unemployment (60: 60 or more)"};
  for (std::size_t m = 0; m < kSpellBins; ++m) spell.values.push_back(static_cast<double>(m));
  Dimension age{"age", {}, {}, "years", "age in whole years"};
  for (int a = kFirstAge; a <= kLastAge; ++a) age.values.push_back(a);
  results_.dimensions.push_back(spell);
  results_.dimensions.push_back(age);
  results_.add_variable("spells_ending_in_work", {"time", "spell_months"}, "persons per month",
                        "unemployment spells ending in work, by completed months",
                        "werkloosheidsduur bij werkhervatting");
  results_.add_variable("retirement_age", {"time", "age"}, "persons per month",
                        "persons leaving work to retire (incl. RVU), by age",
                        "uittreders naar pensioen naar leeftijd");
}

void DistributionRecorder::observe(const AgentBasedModel& model, int step) {
  const Tally& month = model.last_month();
  const auto t = static_cast<std::size_t>(step);
  auto& spells = results_.variable("spells_ending_in_work").data;
  for (std::size_t m = 0; m < kSpellBins; ++m)
    spells[t * kSpellBins + m] =
        step == 0 ? 0.0 : model.weight() * static_cast<double>(month.spells_ending_in_work[m]);
  auto& ages = results_.variable("retirement_age").data;
  for (std::size_t a = 0; a < kAges; ++a)
    ages[t * kAges + a] =
        step == 0 ? 0.0 : model.weight() * static_cast<double>(month.retirement_ages[a]);
}

}  // namespace lmsim::model::abm
