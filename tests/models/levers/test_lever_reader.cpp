// The lever reader (models/levers/lever_reader.cpp): broken lever tables are refused with
// file, line, column and key, and a suggestion where a name is mistyped.
#include <catch2/catch.hpp>

#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

std::vector<LeverEntry> levers_from(const test::TempDir& tmp, const std::string& body) {
  const auto file = tmp / "scenario.toml";
  test::write_text(file, "data_dir = \"" + test::default_data_dir().string() + "\"\n" + body);
  return load_scenario(file).levers;
}

TEST_CASE("broken lever tables are refused with file, line and key", "[levers][broken]") {
  test::TempDir tmp;
  struct Case {
    std::string body;
    std::string expected;
  };
  const Case c = GENERATE(values<Case>({
      {"[[levers]]\ntype = \"defence_expanson\"\n",
       "scenario.toml:3:8: levers[0].type: unknown lever type 'defence_expanson' (did you mean "
       "'defence_expansion'?)"},
      {"[[levers]]\ntype = \"defence_expansion\"\ntarget_personel = 1\n",
       "levers[0].target_personel: unknown key for a lever of type 'defence_expansion' (did you "
       "mean 'target_personnel'?)"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 40\nprofile = { shape = "
       "\"step\", from = 2026 }\n",
       "scenario.toml:4:13: levers[0].reduction: value 40 is outside the allowed range [0, 1]; "
       "write 40% as 0.40"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.2\nregions = "
       "[\"Midden-Utrect\"]\nprofile = { shape = \"step\", from = 2026 }\n",
       "levers[0].regions: unknown region 'Midden-Utrect' (did you mean 'Midden-Utrecht'?)"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.2\nprofile = { shape = "
       "\"linear\", from = 2030, to = 2026 }\n",
       "levers[0].profile.to: the profile must end after it starts"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.2\n",
       "levers[0].profile: required key is missing"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.2\nprofile = { shape = "
       "\"lineair\", from = 2026, to = 2030 }\n",
       "levers[0].profile.shape: 'lineair' is not a profile shape (did you mean 'linear'?)"},
      {"[[levers]]\ntype = \"defence_expansion\"\ntarget_personnel = \"lots\"\nprofile = { shape = "
       "\"step\", from = 2026 }\n",
       "levers[0].target_personnel: expected a number"},
      // Found by fuzzing (fuzz/regressions/): a year that overflows when turned into months.
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.2\nprofile = { shape = "
       "\"linear\", from = 203020302026, to = 2028 }\n",
       "levers[0].profile.from: year outside 2000 .. 2100"},
      {"[[levers]]\ntype = \"aow_age_path\"\nage_by_year = { 2030 = 68.0 }\n[[levers]]\ntype = "
       "\"aow_age_path\"\nage_by_year = { 2030 = 67.0 }\n",
       "levers[1].type: a second 'aow_age_path' lever contradicts levers[0]"},
      {"[[levers]]\ntype = \"aow_age_path\"\nage_by_year = { 2030 = 6.8 }\n",
       "levers[0].age_by_year.2030: expected a number in [65, 70.95]"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.2\noccupations = "
       "[\"2511\"]\nprofile = { shape = \"step\", from = 2026 }\n",
       "levers[0].occupations: unknown occupation '2511'"},
      // NaN compares false with every bound, so each range check must refuse it by name.
      {"[[levers]]\ntype = \"aow_age_path\"\nage_by_year = { 2028 = nan }\n",
       "levers[0].age_by_year.2028: expected a number in [65, 70.95]"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = 0.4\nprofile = { shape = "
       "\"path\", path = { 2026 = nan } }\n",
       "levers[0].profile.path.2026: expected a number in [0, 1]"},
      {"[[levers]]\ntype = \"labour_migration_decline\"\nreduction = nan\nprofile = { shape = "
       "\"step\", from = 2026 }\n",
       "levers[0].reduction: value nan is outside the allowed range [0, 1]"},
      // A negative value was taken as the hidden "unchanged" sentinel -1, and the range in the
      // message showed that sentinel.
      {"[[levers]]\ntype = \"participation\"\nwork_past_aow_share = -0.5\nprofile = { shape = "
       "\"step\", from = 2026 }\n",
       "scenario.toml:4:23: levers[0].work_past_aow_share: value -0.5 is outside the allowed range "
       "[0, 1]"},
      {"[[levers]]\ntype = \"participation\"\nwork_past_aow_share = 1.5\nprofile = { shape = "
       "\"step\", from = 2026 }\n",
       "levers[0].work_past_aow_share: value 1.5 is outside the allowed range [0, 1]"},
      {"[[levers]]\ntype = \"rvu_change\"\nwindow_months = -1\nprofile = { shape = \"step\", "
       "from = 2026 }\n",
       "scenario.toml:4:17: levers[0].window_months: value -1 is outside the allowed range [0, "
       "60]"},
      {"[[levers]]\ntype = \"rvu_change\"\nwindow_months = -0.4\nprofile = { shape = \"step\", "
       "from = 2026 }\n",
       "levers[0].window_months: value -0.4 is outside the allowed range [0, 60]"},
      {"[[levers]]\ntype = \"rvu_change\"\nwindow_months = 61\nprofile = { shape = \"step\", "
       "from = 2026 }\n",
       "levers[0].window_months: value 61 is outside the allowed range [0, 60]"},
      // Past the ages the model keeps to the month (models/age_slots.hpp).
      {"[[levers]]\ntype = \"aow_age_path\"\nage_by_year = { 2030 = 71.0 }\n",
       "levers[0].age_by_year.2030: expected a number in [65, 70.95]"},
  }));
  const auto entries = levers_from(tmp, c.body);
  try {
    build_levers(entries, test::default_data());
    FAIL("the lever was accepted");
  } catch (const InputError& error) {
    CHECK_THAT(error.what(), Catch::Contains(c.expected));
  }
}

}  // namespace
}  // namespace lmsim::model
