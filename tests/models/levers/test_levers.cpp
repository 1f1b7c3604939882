// Scenario levers: each moves the outputs in the direction its mechanism implies and only where
// it should, and a lever of size zero leaves a run identical to its base. Broken lever tables:
// test_lever_reader.cpp.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

const DataSet& data() {
  static const DataSet d = load_data_set(test::default_data_dir());
  return d;
}

std::vector<LeverEntry> levers_from(const test::TempDir& tmp, const std::string& body) {
  const auto file = tmp / "scenario.toml";
  test::write_text(file, "data_dir = \"" + test::default_data_dir().string() + "\"\n" + body);
  return load_scenario(file).levers;
}

// Runs 2025-2030 with the given levers and returns everything recorded.
ResultSet run_to_2030(LeverList levers) {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(data(), resolve_parameters(values), TimeAxis({2025, 1}, {2030, 12}),
                             std::move(levers));
  Recorder recorder(model);
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  return recorder.results();
}

const ResultSet& base_run() {
  static const ResultSet base = run_to_2030({});
  return base;
}

// Mean over 2030 (the last 12 months) of a time x region x occupation variable in one cell,
// or summed over regions (region < 0) or occupations (occupation < 0).
double in_2030(const ResultSet& r, const std::string& name, long region, long occupation) {
  const Variable& v = r.variable(name);
  const std::size_t T = r.dimension("time").size();
  const std::size_t R = r.dimension("region").size();
  const std::size_t O = r.dimension("occupation").size();
  double total = 0.0;
  for (std::size_t t = T - 12; t < T; ++t) {
    for (std::size_t g = 0; g < R; ++g) {
      if (region >= 0 && static_cast<long>(g) != region) continue;
      for (std::size_t o = 0; o < O; ++o) {
        if (occupation >= 0 && static_cast<long>(o) != occupation) continue;
        total += v.data[(t * R + g) * O + o];
      }
    }
  }
  return total / 12.0;
}

long occupation(const std::string& code) {
  return static_cast<long>(data().dims.occupations[code]);
}
long region(const std::string& code) {
  return static_cast<long>(data().dims.regions[code]);
}

// Pearson's correlation of two equally long series.
double correlation(const std::vector<double>& x, const std::vector<double>& y) {
  const auto n = static_cast<double>(x.size());
  double mx = 0.0, my = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  double sxy = 0.0, sxx = 0.0, syy = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

bool identical(const ResultSet& a, const ResultSet& b) {
  for (const Variable& v : a.variables) {
    if (v.data != b.variable(v.name).data) return false;
  }
  return true;
}

TEST_CASE("levers of size zero leave the run identical to its base", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "defence_expansion"
target_personnel = 80000
profile = { shape = "linear", from = 2026, to = 2030 }

[[levers]]
type = "labour_migration_decline"
reduction = 0.0
profile = { shape = "step", from = 2026 }

[[levers]]
type = "aow_age_path"
age_by_year = { 2025 = 67.0, 2028 = 67.25 }

[[levers]]
type = "rvu_change"
window_months = 36
take_up_factor = 1.0
profile = { shape = "step", from = 2026 }

[[levers]]
type = "sector_shock"
sectors = ["G"]
size = 0.0
profile = { shape = "step", from = 2026 }

[[levers]]
type = "housing_constraint"
regions = ["AM13"]
inflow_factor = 1.0
profile = { shape = "step", from = 2026 }

[[levers]]
type = "zzp_enforcement"
share_reduction = 0.0
exit_share = 0.5
profile = { shape = "step", from = 2026 }

[[levers]]
type = "mantelzorg"
carers_share = 0.0
hours_cut = 0.2
profile = { shape = "step", from = 2026 }

[[levers]]
type = "participation"
profile = { shape = "step", from = 2026 }

[[levers]]
type = "sector_priority"
occupations = ["BRC10"]
profile = { shape = "step", from = 2026 }

[[levers]]
type = "llo_retraining"
from = ["BRC03"]
to = ["BRC10"]
capacity = 0
duration_months = 12
completion_rate = 0.8
profile = { shape = "step", from = 2026 }
)");
  REQUIRE(data().defence_personnel.sum() == Approx(80000.0).epsilon(1e-12));
  CHECK(identical(run_to_2030(build_levers(entries, data())), base_run()));
}

TEST_CASE("defence expansion raises defence demand and employment where the bases are",
          "[levers]") {
  test::TempDir tmp;
  // Only Noord-Holland Noord (Den Helder, the navy) expands, by 10,000 military by 2030, without
  // a limit on recruitment (the limit: test_defence_expansion.cpp).
  const double extra = 10000.0;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "defence_expansion"
regions = ["Noord-Holland Noord"]
target_military = 55000
recruitment = "unlimited"
profile = { shape = "linear", from = 2026, to = 2030 }
)");
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  const long def = occupation("DEF");
  const long helder = region("AM15");
  // Target demand rises by the extra personnel, all of it in AM15. The linear profile runs from
  // 2026-01 (share 0) to 2030-12 (share 1) over 59 months; its mean over 2030 is 53.5 / 59.
  CHECK(in_2030(r, "target_demand", helder, def) - in_2030(base, "target_demand", helder, def) ==
        Approx(extra * 53.5 / 59.0).epsilon(1e-9));
  CHECK(in_2030(r, "target_demand", region("AM13"), def) ==
        in_2030(base, "target_demand", region("AM13"), def));
  // Defence employment in AM15 grows by a good part of it; nowhere else does defence demand move.
  const double gained =
      in_2030(r, "employed", helder, def) - in_2030(base, "employed", helder, def);
  CHECK(gained > 0.3 * extra);
  CHECK(gained < 1.1 * extra);
  // The recruits come from other occupations and the unemployed: tension rises elsewhere.
  CHECK(in_2030(r, "unemployed", -1, -1) < in_2030(base, "unemployed", -1, -1));
}

// Half the inflow of labour migrants from January 2026, everywhere.
constexpr const char* kMigrationHalvedFrom2026 = R"(
[[levers]]
type = "labour_migration_decline"
reduction = 0.5
profile = { shape = "step", from = 2026 }
)";

TEST_CASE("labour migration decline raises tension first where migrants work", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, kMigrationHalvedFrom2026);
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  const auto relative_vacancies = [&](const std::string& code) {
    const long o = occupation(code);
    return in_2030(r, "vacancies", -1, o) / in_2030(base, "vacancies", -1, o);
  };
  // Agriculture (BRC09) and transport and logistics (BRC12) rely on labour migrants
  // (migration.csv); education (BRC01) hardly does.
  CHECK(relative_vacancies("BRC09") > 1.01);
  CHECK(relative_vacancies("BRC12") > 1.01);
  CHECK(relative_vacancies("BRC09") > relative_vacancies("BRC01"));
  CHECK(relative_vacancies("BRC12") > relative_vacancies("BRC01"));
  CHECK(in_2030(r, "employed", -1, occupation("BRC09")) <
        in_2030(base, "employed", -1, occupation("BRC09")));
}

// The state at the end of 2030 with the given levers, for checks by age.
LabourMarketState state_in_december_2030(LeverList levers) {
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(data(), resolve_parameters(values), TimeAxis({2025, 1}, {2030, 12}),
                             std::move(levers));
  LabourMarketState state = model.initial_state();
  for (int t = 1; t < model.time().steps(); ++t) model.step(state, t);
  return state;
}

// Persons of a status with an occupation at an age (years), summed over regions, occupations
// (or one occupation) and education.
double at_age(const LabourMarketState& s, Status status, int age, long only_occupation = -1) {
  const auto& p = s.persons(status);
  double total = 0.0;
  for (std::size_t h = 0; h < s.regions(); ++h) {
    for (std::size_t o = 0; o < s.occupations(); ++o) {
      if (only_occupation >= 0 && static_cast<long>(o) != only_occupation) continue;
      const auto a = static_cast<std::size_t>(age - kFirstAge);
      for (std::size_t slot = first_slot_of_age(a); slot < end_slot_of_age(a); ++slot) {
        for (std::size_t e = 0; e < kEducationLevels; ++e)
          total += p[s.block(h, o) + group_of(slot, e)];
      }
    }
  }
  return total;
}

// Labour migrants arrive where labour_migrant_regions.csv places them (concentrated in
// horticulture, logistics and agency-work regions), so a cut of their inflow costs the
// employment of those home regions the most. Exposure of a home region: its labour migrants
// arriving in a year (the occupations' inflows of migration.csv times the region's shares) per
// employed person of labour_market.csv. With arrivals in proportion to employment, every
// region's exposure lay between 0.66% and 1.00% and the losses followed the occupation mix.
TEST_CASE("labour migration decline costs most employment where labour migrants arrive",
          "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, kMigrationHalvedFrom2026);
  const LabourMarketState cut = state_in_december_2030(build_levers(entries, data()));
  const LabourMarketState base = state_in_december_2030({});
  const auto employed_residents = [](const LabourMarketState& s, std::size_t h) {
    double total = 0.0;
    for (std::size_t o = 0; o < s.occupations(); ++o) {
      total += s.employees(h, o);
      for (std::size_t g = 0; g < kBlockGroups; ++g)
        total += s.persons(Status::kSelfEmployed)[s.block(h, o) + g];
    }
    return total;
  };
  const std::size_t R = data().dims.region_count();
  std::vector<double> loss, exposure;
  for (std::size_t h = 0; h < R; ++h) {
    loss.push_back(1.0 - employed_residents(cut, h) / employed_residents(base, h));
    double arriving = 0.0;
    for (std::size_t o = 0; o < data().dims.occupation_count(); ++o)
      arriving += data().labour_migrants_per_year[o] *
                  data().labour_migrant_arrivals_share(static_cast<Eigen::Index>(h),
                                                       static_cast<Eigen::Index>(o));
    exposure.push_back(arriving / data().employed.row(static_cast<Eigen::Index>(h)).sum());
  }
  const auto index_of_max = [](const std::vector<double>& v) {
    return static_cast<std::size_t>(std::max_element(v.begin(), v.end()) - v.begin());
  };
  const std::size_t most_exposed = index_of_max(exposure), most_lost = index_of_max(loss);
  const double least_loss = *std::min_element(loss.begin(), loss.end());
  INFO("most exposed " << data().dims.regions.code(most_exposed) << " loses " << loss[most_exposed]
                       << "; largest loss " << loss[most_lost] << " in "
                       << data().dims.regions.code(most_lost) << "; smallest " << least_loss
                       << "; correlation " << correlation(loss, exposure));
  CHECK(least_loss > 0.0);
  CHECK(most_lost == most_exposed);
  CHECK(loss[most_lost] > 2.5 * least_loss);
  CHECK(correlation(loss, exposure) > 0.9);
}

TEST_CASE("labour migration decline by sector hits the occupations of that sector", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "labour_migration_decline"
sectors = ["A"]
reduction = 0.9
profile = { shape = "step", from = 2026 }
)");
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  const auto relative_employed = [&](const std::string& code) {
    const long o = occupation(code);
    return in_2030(r, "employed", -1, o) / in_2030(base, "employed", -1, o);
  };
  // Agriculture (SBI A) employs agrarian occupations (BRC09), hardly any ICT (BRC08).
  CHECK(relative_employed("BRC09") < 0.995);
  CHECK(relative_employed("BRC09") < relative_employed("BRC08"));
}

TEST_CASE("a higher AOW age keeps 67-year-olds at work", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "aow_age_path"
age_by_year = { 2026 = 68.0 }
)");
  const LabourMarketState base = state_in_december_2030({});
  const LabourMarketState later = state_in_december_2030(build_levers(entries, data()));
  // With AOW at 67y3m most 67-year-olds have retired; at 68 none has reached it.
  CHECK(at_age(later, Status::kEmployed, 67) > 3.0 * at_age(base, Status::kEmployed, 67));
  CHECK(at_age(later, Status::kEmployed, 60) ==
        Approx(at_age(base, Status::kEmployed, 60)).epsilon(0.02));
}

TEST_CASE("abolishing RVU keeps heavy-work employees of 64-66 at work", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "rvu_change"
window_months = 0
profile = { shape = "step", from = 2026 }
)");
  const LabourMarketState base = state_in_december_2030({});
  const LabourMarketState abolished = state_in_december_2030(build_levers(entries, data()));
  CHECK(base.total(Status::kRvu) > 5000.0);
  // No one enters after 2025; those already in RVU stay until the AOW age, at most 36 months.
  CHECK(abolished.total(Status::kRvu) == 0.0);
  const long technical = occupation("BRC07");  // heavy work: construction, industry
  double base_64_66 = 0.0, abolished_64_66 = 0.0;
  for (int age : {64, 65, 66}) {
    base_64_66 += at_age(base, Status::kEmployed, age, technical);
    abolished_64_66 += at_age(abolished, Status::kEmployed, age, technical);
  }
  CHECK(abolished_64_66 > base_64_66 * 1.005);
  // Below the window nothing changes for them.
  CHECK(at_age(abolished, Status::kEmployed, 55, technical) ==
        Approx(at_age(base, Status::kEmployed, 55, technical)).epsilon(0.01));
}

TEST_CASE("a sector shock lowers demand most in the occupations of that sector", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "sector_shock"
sectors = ["Handel"]
size = -0.10
profile = { shape = "step", from = 2026 }
)");
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  const auto relative = [&](const std::string& name, const std::string& code) {
    const long o = occupation(code);
    return in_2030(r, name, -1, o) / in_2030(base, name, -1, o);
  };
  // Trade employs many in commercial occupations (BRC03), few in care (BRC10).
  CHECK(relative("target_demand", "BRC03") < 0.97);
  CHECK(relative("target_demand", "BRC03") < relative("target_demand", "BRC10"));
  CHECK(relative("employed", "BRC03") < 1.0);
}

TEST_CASE("a housing constraint lowers commuting into the constrained region", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "housing_constraint"
regions = ["Midden-Utrecht"]
inflow_factor = 0.5
profile = { shape = "step", from = 2026 }
)");
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  const auto regional_2030 = [](const ResultSet& x, const std::string& name, long reg) {
    const Variable& v = x.variable(name);
    const std::size_t R = x.dimension("region").size();
    const std::size_t T = x.dimension("time").size();
    double total = 0.0;
    for (std::size_t t = T - 12; t < T; ++t) total += v.data[t * R + static_cast<std::size_t>(reg)];
    return total / 12.0;
  };
  const long utrecht = region("AM13");
  CHECK(regional_2030(r, "net_commuting", utrecht) <
        regional_2030(base, "net_commuting", utrecht) - 1000.0);
}

TEST_CASE("zzp enforcement turns zzp into employees and some out of work", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "zzp_enforcement"
occupations = ["Zorg en welzijn beroepen"]
share_reduction = 0.5
exit_share = 0.3
profile = { shape = "step", from = 2026 }
)");
  const LabourMarketState base = state_in_december_2030({});
  const LabourMarketState enforced = state_in_december_2030(build_levers(entries, data()));
  const long care = occupation("BRC10");
  const long technical = occupation("BRC07");
  double zzp_base = 0.0, zzp_enforced = 0.0, employees_base = 0.0, employees_enforced = 0.0;
  double zzp_other_base = 0.0, zzp_other = 0.0;
  for (int age = kFirstAge; age <= kLastAge; ++age) {
    zzp_base += at_age(base, Status::kSelfEmployed, age, care);
    zzp_enforced += at_age(enforced, Status::kSelfEmployed, age, care);
    employees_base += at_age(base, Status::kEmployed, age, care);
    employees_enforced += at_age(enforced, Status::kEmployed, age, care);
    zzp_other_base += at_age(base, Status::kSelfEmployed, age, technical);
    zzp_other += at_age(enforced, Status::kSelfEmployed, age, technical);
  }
  CHECK(zzp_enforced < 0.6 * zzp_base);
  CHECK(employees_enforced > employees_base);
  CHECK(enforced.total(Status::kInactive) > base.total(Status::kInactive) + 1000.0);
  CHECK(zzp_other == Approx(zzp_other_base).epsilon(0.02));
}

TEST_CASE("mantelzorg and reservists cut FTE supply, not persons", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "mantelzorg"
carers_share = 0.10
hours_cut = 0.20
profile = { shape = "step", from = 2026 }

[[levers]]
type = "reservist_hours"
reservists = 20000
civilian_hours_cut = 0.10
profile = { shape = "step", from = 2026 }
)");
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  CHECK(r.variable("employed").data == base.variable("employed").data);
  const double civilian = data().employed.sum() - data().defence_personnel.sum();
  const double reservist_cut = 20000.0 / civilian * 0.10;
  const long care = occupation("BRC10");
  const long def = occupation("DEF");
  CHECK(in_2030(r, "fte_supply", -1, care) / in_2030(base, "fte_supply", -1, care) ==
        Approx((1.0 - 0.02) * (1.0 - reservist_cut)).epsilon(1e-12));
  CHECK(in_2030(r, "fte_supply", -1, def) / in_2030(base, "fte_supply", -1, def) ==
        Approx(0.98).epsilon(1e-12));
}

TEST_CASE("participation levers change hours and activation", "[levers]") {
  test::TempDir tmp;
  const ResultSet longer = run_to_2030(build_levers(levers_from(tmp, R"(
[[levers]]
type = "participation"
part_time_factor = 1.05
profile = { shape = "step", from = 2026 }
)"),
                                                    data()));
  const ResultSet& base = base_run();
  CHECK(longer.variable("employed").data == base.variable("employed").data);
  CHECK(in_2030(longer, "fte_supply", -1, -1) / in_2030(base, "fte_supply", -1, -1) ==
        Approx(1.05).epsilon(1e-12));
  const LabourMarketState activated = state_in_december_2030(build_levers(levers_from(tmp, R"(
[[levers]]
type = "participation"
activation_factor = 2.0
work_past_aow_share = 0.5
profile = { shape = "step", from = 2026 }
)"),
                                                                          data()));
  const LabourMarketState base_state = state_in_december_2030({});
  CHECK(activated.total(Status::kInactivePotential) <
        0.9 * base_state.total(Status::kInactivePotential));
  CHECK(activated.total(Status::kWorkingPensioner) >
        1.2 * base_state.total(Status::kWorkingPensioner));
}

TEST_CASE("sector priority draws workers to priority occupations", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "sector_priority"
occupations = ["BRC10", "BRC01"]
search_weight = 1.5
retention = 0.8
profile = { shape = "step", from = 2026 }
)");
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& base = base_run();
  const long care = occupation("BRC10");
  CHECK(in_2030(r, "employed", -1, care) > in_2030(base, "employed", -1, care) + 1000.0);
  CHECK(in_2030(r, "vacancies", -1, care) < in_2030(base, "vacancies", -1, care));
  // Others lose applicants: their vacancies rise.
  CHECK(in_2030(r, "vacancies", -1, occupation("BRC07")) >
        in_2030(base, "vacancies", -1, occupation("BRC07")));
}

TEST_CASE("LLO retraining moves job seekers from surplus to shortage occupations", "[levers]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"(
[[levers]]
type = "llo_retraining"
from = ["Commerciële beroepen", "BRC04"]
to = ["BRC10"]
capacity = 20000
duration_months = 12
completion_rate = 0.8
profile = { shape = "step", from = 2026 }
)");
  const LabourMarketState base = state_in_december_2030({});
  const LabourMarketState trained = state_in_december_2030(build_levers(entries, data()));
  // In a steady state the trainees at the end of a month are the monthly entries (1,667) times
  // 11: they enter and may leave (1/12) in the same month, so (1 - 1/12) / (1/12) months' worth
  // remain; a little less as some emigrate or die.
  CHECK(trained.total(Status::kInTraining) == Approx(20000.0 / 12.0 * 11.0).epsilon(0.05));
  CHECK(base.total(Status::kInTraining) == 0.0);
  const ResultSet r = run_to_2030(build_levers(entries, data()));
  const ResultSet& b = base_run();
  const long care = occupation("BRC10");
  const long commercial = occupation("BRC03");
  CHECK(in_2030(r, "employed", -1, care) > in_2030(b, "employed", -1, care) + 2000.0);
  CHECK(in_2030(r, "unemployed", -1, commercial) < in_2030(b, "unemployed", -1, commercial));
  CHECK(in_2030(r, "vacancies", -1, care) < in_2030(b, "vacancies", -1, care));
}

// The effects of the levers in the body on January 2027 (all levers here start in 2026).
ScenarioEffects effects_in_2027(const test::TempDir& tmp, const std::string& body) {
  ScenarioEffects effects;
  effects.reset(data().dims.region_count(), data().dims.occupation_count());
  for (const auto& lever : build_levers(levers_from(tmp, body), data()))
    lever->add_effect(effects, {2027, 1});
  return effects;
}

TEST_CASE("work_past_aow_share and window_months change only what they are given", "[levers]") {
  test::TempDir tmp;
  const ScenarioEffects neutral = effects_in_2027(tmp, "");
  SECTION("absent: unchanged") {
    const ScenarioEffects e = effects_in_2027(tmp, R"(
[[levers]]
type = "participation"
activation_factor = 1.5
profile = { shape = "step", from = 2026 }
[[levers]]
type = "rvu_change"
take_up_factor = 1.2
profile = { shape = "step", from = 2026 }
)");
    CHECK(e.work_past_aow_share == neutral.work_past_aow_share);
    CHECK(e.rvu_window_months == neutral.rvu_window_months);
  }
  SECTION("given as 0, the lowest value: set to 0") {
    const ScenarioEffects e = effects_in_2027(tmp, R"(
[[levers]]
type = "participation"
work_past_aow_share = 0.0
profile = { shape = "step", from = 2026 }
[[levers]]
type = "rvu_change"
window_months = 0
profile = { shape = "step", from = 2026 }
)");
    CHECK(e.work_past_aow_share == 0.0);
    CHECK(e.rvu_window_months == 0);
  }
  SECTION("given: set, window_months rounded to whole months") {
    const ScenarioEffects e = effects_in_2027(tmp, R"(
[[levers]]
type = "participation"
work_past_aow_share = 0.45
profile = { shape = "step", from = 2026 }
[[levers]]
type = "rvu_change"
window_months = 24.4
profile = { shape = "step", from = 2026 }
)");
    CHECK(e.work_past_aow_share == 0.45);
    CHECK(e.rvu_window_months == 24);
  }
}

}  // namespace
}  // namespace lmsim::model
