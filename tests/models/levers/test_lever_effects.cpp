// The size and the incidence of each lever's effect. Where a published figure exists, the
// effect of the shipped scenario lies in its band: scenarios/validation/lever_anchors.csv holds
// each band with its source, quote and reasoning, and says which model output stands for the
// published quantity. Where none exists, the effect grows with the lever's size. And the largest
// effects fall where the lever's data puts them. The direction of each lever and its mechanism:
// test_levers.cpp; defence_expansion and local_shock: their own files.
//
// All runs use the stock-flow engine from January 2025 to December 2028 (2031 for the AOW age,
// whose anchor is for 2031, and December 2025 for the first year of zzp enforcement), and share
// a baseline of the same length. Every case is a process of its own under ctest, so each builds
// the baseline it needs once.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <numeric>

#include "engine/csv_table.hpp"
#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"
#include "models/recorder.hpp"
#include "models/scenario_effects.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

const DataSet& data() {
  return test::default_data();
}

// A band of lever_anchors.csv; an empty bound is open.
struct Band {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool holds(double x) const { return x >= low && x <= high; }
};

std::ostream& operator<<(std::ostream& out, const Band& band) {
  return out << "[" << band.low << ", " << band.high << "]";
}

Band anchor_band(const std::string& check) {
  const CsvTable table =
      CsvTable::read(test::source_dir() / "scenarios" / "validation" / "lever_anchors.csv");
  const std::size_t id = table.column("check"), low = table.column("low"),
                    high = table.column("high");
  for (std::size_t row = 0; row < table.rows().size(); ++row) {
    if (table.text(row, id) != check) continue;
    Band band;
    if (!table.text(row, low).empty()) band.low = table.number(row, low);
    if (!table.text(row, high).empty()) band.high = table.number(row, high);
    return band;
  }
  FAIL("lever_anchors.csv has no check " << check);
  return {};
}

LeverList scenario_levers(const std::string& name) {
  const Scenario scenario = load_scenario(test::source_dir() / "scenarios" / (name + ".toml"));
  return build_levers(scenario.levers, data());
}

// A run's results and its state in its last month.
struct Run {
  ResultSet results;
  LabourMarketState last;
};

Run run_to(YearMonth last, LeverList levers) {
  const StockFlowModel model = test::default_model(last, std::move(levers));
  Recorder recorder(model);
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  return {recorder.results(), std::move(state)};
}

// The baselines (every run here starts in January 2025, so months compare by their index).
const Run& base_to_2028() {
  static const Run base = run_to({2028, 12}, {});
  return base;
}
const Run& base_to_2031() {
  static const Run base = run_to({2031, 12}, {});
  return base;
}
const Run& base_to_2025() {
  static const Run base = run_to({2025, 12}, {});
  return base;
}

int month_index(int year, int month) {
  return (year - 2025) * 12 + month - 1;
}

const std::vector<Status> kInWork = {Status::kEmployed, Status::kSelfEmployed,
                                     Status::kWorkingPensioner, Status::kStudentSideJob};
const std::vector<Status> kEmployeesAndZzp = {Status::kEmployed, Status::kSelfEmployed};

// Persons of the given statuses per home region in month t (population_by_status).
std::vector<double> by_region(const ResultSet& r, int t, const std::vector<Status>& statuses) {
  const Variable& v = r.variable("population_by_status");
  const std::size_t R = r.dimension("region").size(), S = r.dimension("status").size();
  std::vector<double> out(R, 0.0);
  for (std::size_t g = 0; g < R; ++g) {
    for (Status s : statuses)
      out[g] += v.data[(static_cast<std::size_t>(t) * R + g) * S + static_cast<std::size_t>(s)];
  }
  return out;
}

double national(const ResultSet& r, int t, const std::vector<Status>& statuses) {
  const std::vector<double> v = by_region(r, t, statuses);
  return std::accumulate(v.begin(), v.end(), 0.0);
}

double national_in_year(const ResultSet& r, int year, const std::vector<Status>& statuses) {
  double total = 0.0;
  for (int m = 1; m <= 12; ++m) total += national(r, month_index(year, m), statuses);
  return total / 12.0;
}

// A time x region x occupation variable, mean over a year, summed over regions, per occupation.
std::vector<double> by_occupation_in_year(const ResultSet& r, const std::string& name, int year) {
  const Variable& v = r.variable(name);
  const std::size_t R = r.dimension("region").size(), O = r.dimension("occupation").size();
  std::vector<double> out(O, 0.0);
  for (int m = 1; m <= 12; ++m) {
    const auto t = static_cast<std::size_t>(month_index(year, m));
    for (std::size_t g = 0; g < R; ++g) {
      for (std::size_t o = 0; o < O; ++o) out[o] += v.data[(t * R + g) * O + o] / 12.0;
    }
  }
  return out;
}

// A time x region variable, mean over a year, per region.
std::vector<double> by_region_in_year(const ResultSet& r, const std::string& name, int year) {
  const Variable& v = r.variable(name);
  const std::size_t R = r.dimension("region").size();
  std::vector<double> out(R, 0.0);
  for (int m = 1; m <= 12; ++m) {
    const auto t = static_cast<std::size_t>(month_index(year, m));
    for (std::size_t g = 0; g < R; ++g) out[g] += v.data[t * R + g] / 12.0;
  }
  return out;
}

std::vector<double> relative_change(const std::vector<double>& scenario,
                                    const std::vector<double>& base) {
  std::vector<double> out(base.size());
  for (std::size_t i = 0; i < base.size(); ++i) out[i] = scenario[i] / base[i] - 1.0;
  return out;
}

std::vector<double> difference(const std::vector<double>& scenario,
                               const std::vector<double>& base) {
  std::vector<double> out(base.size());
  for (std::size_t i = 0; i < base.size(); ++i) out[i] = scenario[i] - base[i];
  return out;
}

// Indices of the n largest values, largest first.
std::vector<std::size_t> largest(const std::vector<double>& v, std::size_t n) {
  std::vector<std::size_t> index(v.size());
  std::iota(index.begin(), index.end(), std::size_t{0});
  std::partial_sort(index.begin(), index.begin() + static_cast<std::ptrdiff_t>(n), index.end(),
                    [&](std::size_t a, std::size_t b) { return v[a] > v[b]; });
  index.resize(n);
  return index;
}

std::vector<double> negated(std::vector<double> v) {
  for (double& x : v) x = -x;
  return v;
}

std::size_t occupation(const std::string& code) {
  return data().dims.occupations[code];
}
std::size_t region(const std::string& code) {
  return data().dims.regions[code];
}

std::vector<std::string> occupation_codes(const std::vector<std::size_t>& index) {
  std::vector<std::string> codes;
  for (std::size_t o : index) codes.push_back(data().dims.occupations.code(o));
  std::sort(codes.begin(), codes.end());
  return codes;
}
std::vector<std::string> region_codes(const std::vector<std::size_t>& index) {
  std::vector<std::string> codes;
  for (std::size_t g : index) codes.push_back(data().dims.regions.code(g));
  std::sort(codes.begin(), codes.end());
  return codes;
}

// zzp of the given occupations in a state, summed over home regions.
double zzp(const LabourMarketState& s, const std::vector<std::string>& occupations) {
  double total = 0.0;
  for (const std::string& code : occupations) {
    const std::size_t o = occupation(code);
    for (std::size_t h = 0; h < s.regions(); ++h) {
      for (std::size_t g = 0; g < kBlockGroups; ++g)
        total += s.persons(Status::kSelfEmployed)[s.block(h, o) + g];
    }
  }
  return total;
}

// ---- aow_age_path ----

TEST_CASE("AOW 68 keeps about as many more in work in 2031 as the published effects imply",
          "[lever-effects]") {
  const Run r = run_to({2031, 12}, scenario_levers("aow_68"));
  const double gained = national_in_year(r.results, 2031, kInWork) -
                        national_in_year(base_to_2031().results, 2031, kInWork);
  const Band band = anchor_band("aow_in_work_2031");
  INFO("more in work in 2031: " << gained << ", band " << band);
  CHECK(band.holds(gained));
}

// ---- rvu_change ----

const Run& rvu_abolished_run() {
  static const Run run = run_to({2028, 12}, scenario_levers("rvu_abolished"));
  return run;
}

TEST_CASE("RVU: its effect against the published figures and against its own size",
          "[lever-effects]") {
  SECTION("abolishing RVU keeps the published share of the blocked exits at work") {
    // December 2028, 36 months after the last entry: almost everyone who would have been in RVU
    // has reached the AOW age.
    const int t = month_index(2028, 12);
    const ResultSet& base = base_to_2028().results;
    const double gained = national(rvu_abolished_run().results, t, kEmployeesAndZzp) -
                          national(base, t, kEmployeesAndZzp);
    const double users = national(base, t, {Status::kRvu});
    const Band per_user = anchor_band("rvu_abolished_in_work_per_user");
    const Band persons = anchor_band("rvu_abolished_in_work_persons");
    INFO("employees and zzp gained " << gained << " (band " << persons << ") of " << users
                                     << " RVU users in the baseline (share band " << per_user
                                     << ")");
    CHECK(per_user.holds(gained / users));
    CHECK(persons.holds(gained));
  }
  SECTION("RVU use and employment follow the lever's size: abolished, today's, doubled") {
    const Run extended = run_to({2028, 12}, scenario_levers("rvu_extended"));
    const ResultSet& base = base_to_2028().results;
    const ResultSet& abolished = rvu_abolished_run().results;
    const int t = month_index(2028, 12);
    CHECK(national(abolished, t, {Status::kRvu}) < national(base, t, {Status::kRvu}));
    CHECK(national(base, t, {Status::kRvu}) < national(extended.results, t, {Status::kRvu}));
    CHECK(national(abolished, t, kEmployeesAndZzp) > national(base, t, kEmployeesAndZzp));
    CHECK(national(base, t, kEmployeesAndZzp) > national(extended.results, t, kEmployeesAndZzp));
  }
}

// ---- zzp_enforcement ----

TEST_CASE("zzp enforcement's first year lies within the published fall of zzp and of work",
          "[lever-effects]") {
  const Run r = run_to({2025, 12}, scenario_levers("zzp_enforcement"));
  const LabourMarketState& base = base_to_2025().last;
  const std::vector<std::string> hit = {"BRC10", "BRC07", "BRC02"};
  const double fall = 1.0 - zzp(r.last, hit) / zzp(base, hit);
  const double zzp_lost = base.total(Status::kSelfEmployed) - r.last.total(Status::kSelfEmployed);
  const double work_lost = base.total(Status::kEmployed) + base.total(Status::kSelfEmployed) -
                           (r.last.total(Status::kEmployed) + r.last.total(Status::kSelfEmployed));
  const Band fall_band = anchor_band("zzp_first_year_fall");
  const Band exit_band = anchor_band("zzp_exit_share");
  INFO("zzp of the hit occupations fall by " << fall << " (band " << fall_band << "); of "
                                             << zzp_lost << " zzp lost, " << work_lost
                                             << " stop working (band " << exit_band << ")");
  CHECK(fall_band.holds(fall));
  CHECK(exit_band.holds(work_lost / zzp_lost));
}

// ---- labour_migration_decline ----

const Run& migration_decline_run() {
  static const Run run = run_to({2028, 12}, scenario_levers("migration_decline"));
  return run;
}

// Loss of employees and zzp by home region in December 2028 against the baseline.
std::vector<double> migration_loss_by_region() {
  const int t = month_index(2028, 12);
  return difference(by_region(base_to_2028().results, t, kEmployeesAndZzp),
                    by_region(migration_decline_run().results, t, kEmployeesAndZzp));
}

TEST_CASE("labour migration decline: its size, and where it falls against published counts",
          "[lever-effects]") {
  SECTION("a larger cut of labour migration costs more employment, at most the arrivals cut") {
    // The shipped scenario (a third, linear 2026 to 2030) and twice its size.
    const Run doubled = run_to({2028, 12}, test::levers_of(R"(
[[levers]]
type = "labour_migration_decline"
reduction = 0.66
profile = { shape = "linear", from = 2026, to = 2030 }
)"));
    const int t = month_index(2028, 12);
    const double base = national(base_to_2028().results, t, kEmployeesAndZzp);
    const double loss = base - national(migration_decline_run().results, t, kEmployeesAndZzp);
    const double loss_doubled = base - national(doubled.results, t, kEmployeesAndZzp);
    // Arrivals cut in 2026-2028 at the larger size: the linear profile's share is k / 59 in the
    // k-th month from January 2026, so 36 months hold 35 x 36 / 2 / 59 months of the full cut.
    const double arrivals = std::accumulate(data().labour_migrants_per_year.begin(),
                                            data().labour_migrants_per_year.end(), 0.0);
    const double cut = 0.66 * arrivals / 12.0 * (35.0 * 36.0 / 2.0 / 59.0);
    INFO("loss " << loss << ", doubled " << loss_doubled << ", arrivals cut " << cut);
    CHECK(loss > 0.0);
    CHECK(loss_doubled > 1.5 * loss);
    CHECK(loss_doubled < cut);
  }
  SECTION("a cut of labour migration costs employment where published counts place migrants") {
    const std::vector<double> loss = migration_loss_by_region();
    const double total = std::accumulate(loss.begin(), loss.end(), 0.0);
    const auto share_of_loss = [&](const std::vector<std::string>& codes) {
      double sum = 0.0;
      for (const std::string& code : codes) sum += loss[region(code)];
      return sum / total;
    };
    const std::vector<std::string> limburg = {"AM29", "AM30", "AM33"};
    double limburg_employed = 0.0;
    for (const std::string& code : limburg)
      limburg_employed += data().employed.row(static_cast<Eigen::Index>(region(code))).sum();
    const double employment_share = limburg_employed / data().employed.sum();
    INFO("Limburg: " << share_of_loss(limburg) << " of the loss, " << employment_share
                     << " of employment; Midden-Brabant (Tilburg) " << share_of_loss({"AM26"})
                     << ", West-Brabant (Roosendaal) " << share_of_loss({"AM25"}));
    // Limburg holds more labour migrants than its share of employment (Decisio, KBA).
    CHECK(share_of_loss(limburg) > employment_share);
    // Registered labour migrants of one gemeente (CBS) are a lower bound for its region.
    CHECK(anchor_band("migration_tilburg_lower_bound").holds(share_of_loss({"AM26"})));
    CHECK(anchor_band("migration_roosendaal_lower_bound").holds(share_of_loss({"AM25"})));
  }
}

// ---- sector_shock ----

TEST_CASE("a larger sector shock costs more employment, most in the sectors' occupations",
          "[lever-effects]") {
  const Run shipped = run_to({2028, 12}, scenario_levers("retail_bankruptcies"));
  const Run doubled = run_to({2028, 12}, test::levers_of(R"(
[[levers]]
type = "sector_shock"
sectors = ["G", "H"]
size = -0.10
profile = { shape = "linear", from = "2026-01", to = "2026-12" }
)"));
  const std::vector<double> base = by_occupation_in_year(base_to_2028().results, "employed", 2028);
  const std::vector<double> change =
      relative_change(by_occupation_in_year(shipped.results, "employed", 2028), base);
  const std::vector<double> change_doubled =
      relative_change(by_occupation_in_year(doubled.results, "employed", 2028), base);
  const double base_total = std::accumulate(base.begin(), base.end(), 0.0);
  const auto total = [](const std::vector<double>& v) {
    return std::accumulate(v.begin(), v.end(), 0.0);
  };
  const double loss = base_total - total(by_occupation_in_year(shipped.results, "employed", 2028));
  const double loss_doubled =
      base_total - total(by_occupation_in_year(doubled.results, "employed", 2028));
  INFO("national loss " << loss << ", doubled " << loss_doubled);
  CHECK(loss > 0.0);
  CHECK(loss_doubled > 1.5 * loss);
  // Trade and transport employ 68% of BRC12 and 63% of BRC03, the largest shares of any
  // occupation (sectors.csv x sector_occupation.csv).
  const std::vector<std::string> expected = {"BRC03", "BRC12"};
  CHECK(occupation_codes(largest(negated(change), 2)) == expected);
  for (const std::string& code : expected)
    CHECK(change_doubled[occupation(code)] < change[occupation(code)]);
}

// ---- housing_constraint ----

TEST_CASE("a tighter housing constraint cuts more commuting, most into the constrained regions",
          "[lever-effects]") {
  const Run shipped = run_to({2028, 12}, scenario_levers("housing_shortage"));
  const Run tighter = run_to({2028, 12}, test::levers_of(R"(
[[levers]]
type = "housing_constraint"
regions = ["Midden-Utrecht", "Groot Amsterdam", "Haaglanden"]
inflow_factor = 0.5
profile = { shape = "linear", from = 2026, to = 2030 }
)"));
  const std::vector<double> base = by_region_in_year(base_to_2028().results, "net_commuting", 2028);
  const std::vector<double> change =
      difference(by_region_in_year(shipped.results, "net_commuting", 2028), base);
  const std::vector<double> change_tighter =
      difference(by_region_in_year(tighter.results, "net_commuting", 2028), base);
  const std::vector<std::string> constrained = {"AM13", "AM18", "AM21"};
  CHECK(region_codes(largest(negated(change), 3)) == constrained);
  CHECK(region_codes(largest(negated(change_tighter), 3)) == constrained);
  for (const std::string& code : constrained) {
    INFO(code << ": " << change[region(code)] << " at 0.75, " << change_tighter[region(code)]
              << " at 0.5");
    CHECK(change[region(code)] < 0.0);
    CHECK(change_tighter[region(code)] < change[region(code)]);
  }
}

// ---- sector_priority ----

TEST_CASE("a stronger priority draws more workers, to the priority occupations",
          "[lever-effects]") {
  // The shipped weight (1.5) and krapte_2035's (1.3), with the same retention and profile.
  const Run shipped = run_to({2028, 12}, scenario_levers("sector_priority"));
  const Run weaker = run_to({2028, 12}, test::levers_of(R"(
[[levers]]
type = "sector_priority"
occupations = ["BRC10", "BRC01"]
search_weight = 1.3
retention = 0.9
profile = { shape = "linear", from = 2026, to = 2028 }
)"));
  const std::vector<double> base = by_occupation_in_year(base_to_2028().results, "employed", 2028);
  const std::vector<double> gain =
      difference(by_occupation_in_year(shipped.results, "employed", 2028), base);
  const std::vector<double> gain_weaker =
      difference(by_occupation_in_year(weaker.results, "employed", 2028), base);
  const std::vector<std::string> priority = {"BRC01", "BRC10"};
  CHECK(occupation_codes(largest(gain, 2)) == priority);
  CHECK(occupation_codes(largest(gain_weaker, 2)) == priority);
  for (const std::string& code : priority) {
    INFO(code << ": " << gain[occupation(code)] << " at 1.5, " << gain_weaker[occupation(code)]
              << " at 1.3");
    CHECK(gain_weaker[occupation(code)] > 0.0);
    CHECK(gain[occupation(code)] > gain_weaker[occupation(code)]);
  }
}

// ---- llo_retraining ----

TEST_CASE("more retraining places move more workers, from the surplus to the shortage occupations",
          "[lever-effects]") {
  const Run shipped = run_to({2028, 12}, scenario_levers("llo_retraining"));
  const Run halved = run_to({2028, 12}, test::levers_of(R"(
[[levers]]
type = "llo_retraining"
from = ["BRC03", "BRC04"]
to = ["BRC10", "BRC07"]
capacity = 10000
duration_months = 12
completion_rate = 0.75
profile = { shape = "linear", from = 2026, to = 2027 }
)"));
  const std::vector<double> base = by_occupation_in_year(base_to_2028().results, "employed", 2028);
  const std::vector<double> change =
      relative_change(by_occupation_in_year(shipped.results, "employed", 2028), base);
  const std::vector<double> change_halved =
      relative_change(by_occupation_in_year(halved.results, "employed", 2028), base);
  const std::vector<std::string> to = {"BRC07", "BRC10"}, from = {"BRC03", "BRC04"};
  CHECK(occupation_codes(largest(change, 2)) == to);
  CHECK(occupation_codes(largest(negated(change), 2)) == from);
  for (const std::string& code : to)
    CHECK(change[occupation(code)] > change_halved[occupation(code)]);
  for (const std::string& code : from)
    CHECK(change[occupation(code)] < change_halved[occupation(code)]);
}

// ---- demand_cycle ----

// The demand change a lever gives at a step of a monthly run from January 2025.
std::vector<double> demand_change_at(const LeverList& levers, int step) {
  ScenarioEffects effects;
  effects.reset(data().dims.region_count(), data().dims.occupation_count());
  const TimeAxis time({2025, 1}, {2030, 12});
  for (const auto& lever : levers) lever->add_effect_at(effects, time, step);
  return effects.demand_change;
}

TEST_CASE("a demand cycle moves demand by its amplitude, in its cells only", "[lever-effects]") {
  const auto cycle = [](double amplitude) {
    return test::levers_of(
        "[[levers]]\ntype = \"demand_cycle\"\namplitude = " + std::to_string(amplitude) +
        "\nperiod_steps = 48\nstart_step = 12\noccupations = [\"BRC12\"]\n"
        "regions = [\"AM29\"]\n");
  };
  const LeverList small = cycle(0.05), large = cycle(0.10);
  const std::size_t cell = region("AM29") * data().dims.occupation_count() + occupation("BRC12");
  // Before its start nothing; at step 12 a quarter period has passed since step 0 (sin = 1) and
  // demand is lowest, at step 36 three quarters (sin = -1) and it is highest, by the amplitude.
  CHECK(demand_change_at(large, 11)[cell] == 0.0);
  CHECK(demand_change_at(small, 12)[cell] == Approx(-0.05));
  CHECK(demand_change_at(large, 12)[cell] == Approx(-0.10));
  CHECK(demand_change_at(large, 36)[cell] == Approx(0.10));
  const std::vector<double> change = demand_change_at(large, 12);
  for (std::size_t c = 0; c < change.size(); ++c) {
    if (c != cell) CHECK(change[c] == 0.0);
  }
}

TEST_CASE("mantelzorg's loss of hours lies within the band SCP's figures allow",
          "[lever-effects]") {
  // The shipped size at its full extent (2035): the share of hours lost in every cell.
  ScenarioEffects effects;
  effects.reset(data().dims.region_count(), data().dims.occupation_count());
  for (const auto& lever : scenario_levers("mantelzorg")) lever->add_effect(effects, {2035, 12});
  const double loss = 1.0 - effects.carers.mean_factor(0);
  const Band band = anchor_band("mantelzorg_hours_loss");
  INFO("loss of hours " << loss << ", band " << band);
  CHECK(band.holds(loss));
  CHECK(loss > 0.0);  // the lever does act
}

}  // namespace
}  // namespace lmsim::model
