#include "models/abm/distribution_recorder.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "models/variable_names.hpp"

namespace lmsim::model::abm {
namespace {

bool has_dimension(const ResultSet& results, const std::string& name) {
  return std::any_of(results.dimensions.begin(), results.dimensions.end(),
                     [&](const Dimension& d) { return d.name == name; });
}

}  // namespace

DistributionRecorder::DistributionRecorder(ResultSet& results) : results_(results) {
  Dimension spell{
      "spell_months", {}, {}, "months", "completed months of unemployment (60: 60 or more)"};
  for (std::size_t m = 0; m < kSpellBins; ++m) spell.values.push_back(static_cast<double>(m));
  Dimension age{variables::kAgeDimension, {}, {}, "years", "age in whole years"};
  for (int a = kFirstAge; a <= kLastAge; ++a) age.values.push_back(a);
  Dimension trait{
      "trait",
      {},
      {"flex_employees", "rvu_eligible_employees", "part_time_workers", "carers", "reservists"},
      "",
      "trait of a person's job (docs/abm.md, section 1)"};
  results_.dimensions.push_back(spell);
  // The recorder's results have the same age dimension already (models/recorder.cpp).
  if (!has_dimension(results_, age.name)) results_.dimensions.push_back(age);
  results_.dimensions.push_back(trait);
  results_.add_variable("spells_ending_in_work", {"time", "spell_months"}, "persons per month",
                        "unemployment spells ending in work, by completed months",
                        "werkloosheidsduur bij werkhervatting");
  results_.add_variable("retirement_age", {"time", variables::kAgeDimension}, "persons per month",
                        "persons leaving work to retire (incl. RVU), by age",
                        "uittreders naar pensioen naar leeftijd");
  results_.add_variable("persons_with_trait", {"time", "trait"}, "persons",
                        "employees on a flex contract, RVU-eligible employees, workers (employees "
                        "and zzp) under 35 hours a week, carers and reservists cutting hours",
                        "werkenden naar kenmerk van de baan");
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
  const TraitCounts& traits = model.trait_counts();
  const std::array<double, 5> counts{traits.flex_employees, traits.rvu_eligible_employees,
                                     traits.part_time_workers, traits.carers, traits.reservists};
  auto& with_trait = results_.variable("persons_with_trait").data;
  std::copy(counts.begin(), counts.end(),
            with_trait.begin() + static_cast<long>(t * counts.size()));
}

}  // namespace lmsim::model::abm
