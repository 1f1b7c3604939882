// Retirement (models/processes/retirement.hpp): it records every flow it makes; the cell rule
// moves everyone crossing the AOW age (workers in part to working pensioner), retires workers
// early at the calibrated hazard of their age, moves heavy-work employees inside the RVU window
// to RVU and working pensioners at their exit rate, and counts the employees who retire; and a
// person's chances move in expectation what the cell rule moves.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "models/abm/agent_based_model.hpp"
#include "models/processes/retirement.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/person_probe.hpp"
#include "tests/support/process_check.hpp"

namespace lmsim::model {
namespace {

constexpr int kStep = 1;            // February 2025: AOW age 67 (804 months), RVU window 36
constexpr std::size_t kAge66 = 51;  // age indices
constexpr std::size_t kAge67 = 52;

const ModelDescription& model() {
  static const StockFlowModel engine = test::default_model({2025, 2});
  return engine.description();
}

double& in_slot(LabourMarketState& state, Status s, std::size_t h, std::size_t o, std::size_t slot,
                std::size_t e) {
  return state.persons(s)[test::cell_of(state, s, h, o, group_of(slot, e))];
}

std::size_t heavy_work_occupation(const ModelDescription& m) {
  for (std::size_t o = 0; o < m.occupations(); ++o)
    if (m.data().heavy_work_share[o] > 0.0) return o;
  FAIL("no occupation with heavy work");
  return 0;
}

TEST_CASE("retirement: the stocks change by the flows it records", "[process][retirement]") {
  LabourMarketState state = test::month_start(model(), kStep);
  const test::Stocks before = test::stocks(state);
  test::apply_process<process::Retirement>(model(), state, kStep);
  const FlowLedger& ledger = state.record.ledger;
  CHECK(ledger.flow(index(Status::kEmployed), index(Status::kRetired)) > 0.0);
  CHECK(ledger.flow(index(Status::kEmployed), index(Status::kRvu)) > 0.0);
  CHECK(state.record.retirements_employees > 0.0);
  test::check_flows_balance(before, state, ledger);
}

TEST_CASE("retirement: crossing the AOW age, early retirement, RVU and working pensioners",
          "[process][retirement]") {
  const ModelDescription& m = model();
  const ModelParameters& p = m.parameters();
  REQUIRE(m.aow_age_months(kStep) == 804);
  REQUIRE(m.rvu_window_months(kStep) == 36);
  const int month = m.time().month(kStep);
  REQUIRE(month == 2);
  const std::size_t h = 3, o = 1, heavy = heavy_work_occupation(m);
  const std::size_t a_early = 45, a_rvu = 50, a_pensioner = 55;  // 60, 65 and 70 years
  // Slots (models/age_slots.hpp): born in February, 67 this month (804 months: the AOW age);
  // born in March, 66 years and 11 months; born in February, 65 this month (inside the RVU
  // window of 36 months); 60 with the birthday still to come; 70, born in January.
  const std::size_t reaching = birth_month_slot(kAge67, 2), below = birth_month_slot(kAge66, 3);
  const std::size_t in_window = birth_month_slot(a_rvu, 2), early = to_come_slot(a_early);
  const std::size_t pensioner = birth_month_slot(a_pensioner, 1);
  REQUIRE(age_in_months(reaching, month) == 804);
  REQUIRE(age_in_months(below, month) == 803);
  const double sigma = p.work_past_aow_share;
  const double early_early = m.early_retirement[a_early] * m.calibration().early_retirement_scale;
  const double early_rvu = m.early_retirement[a_rvu] * m.calibration().early_retirement_scale;
  REQUIRE(sigma > 0.0);
  REQUIRE(early_early > 0.0);
  REQUIRE(early_early < 1.0);
  REQUIRE(p.rvu_take_up > 0.0);
  LabourMarketState state = test::empty_month_start(m, kStep);
  in_slot(state, Status::kInactive, h, 0, reaching, 0) = 500.0;
  in_slot(state, Status::kInactive, h, 0, below, 0) = 400.0;
  in_slot(state, Status::kEmployed, h, o, reaching, 1) = 1000.0;
  in_slot(state, Status::kEmployed, h, o, early, 2) = 800.0;
  in_slot(state, Status::kEmployed, h, heavy, in_window, 1) = 900.0;
  in_slot(state, Status::kWorkingPensioner, h, 0, pensioner, 0) = 300.0;
  apply_retirement(m, state, kStep, h);

  // Those reaching the AOW age this month cross it; those a month short do not.
  CHECK(in_slot(state, Status::kInactive, h, 0, reaching, 0) == 0.0);
  CHECK(in_slot(state, Status::kRetired, h, 0, reaching, 0) == Approx(500.0).epsilon(1e-12));
  CHECK(in_slot(state, Status::kInactive, h, 0, below, 0) == 400.0);
  // Workers crossing: sigma keep working (and may stop in the month), 1 - sigma retire.
  const double exit = p.past_aow_work_exit;
  CHECK(in_slot(state, Status::kEmployed, h, o, reaching, 1) == Approx(0.0).margin(1e-9));
  CHECK(in_slot(state, Status::kWorkingPensioner, h, 0, reaching, 1) ==
        Approx(1000.0 * sigma * (1.0 - exit)).epsilon(1e-12));
  CHECK(in_slot(state, Status::kRetired, h, 0, reaching, 1) ==
        Approx(1000.0 * ((1.0 - sigma) + sigma * exit)).epsilon(1e-12));
  // Early retirement at the calibrated hazard of the age.
  CHECK(in_slot(state, Status::kRetired, h, 0, early, 2) ==
        Approx(800.0 * early_early).epsilon(1e-12));
  // RVU: inside the window, at take-up x the occupation's heavy-work share, after early
  // retirement.
  const double rvu = (900.0 * (1.0 - early_rvu)) * p.rvu_take_up * m.data().heavy_work_share[heavy];
  CHECK(in_slot(state, Status::kRvu, h, 0, in_window, 1) == Approx(rvu).epsilon(1e-12));
  CHECK(in_slot(state, Status::kRetired, h, 0, in_window, 1) ==
        Approx(900.0 * early_rvu).epsilon(1e-12));
  CHECK(in_slot(state, Status::kRetired, h, 0, pensioner, 0) ==
        Approx(300.0 * exit).epsilon(1e-12));
  // Employees who retire: those crossing to retired, early and into RVU.
  CHECK(state.region_records[h].retirements_employees ==
        Approx(1000.0 * (1.0 - sigma) + 800.0 * early_early + 900.0 * early_rvu + rvu)
            .epsilon(1e-12));
}

TEST_CASE("retirement: an AOW age of years and months is crossed in the month it is reached",
          "[process][retirement]") {
  const ModelDescription& m = model();
  const int month = m.time().month(kStep);
  LabourMarketState state = test::empty_month_start(m, kStep);
  state.record.effects.aow_age_months = 807;  // 67 years and 3 months
  const RetirementRates r = retirement_rates(m, state.record.effects, kStep);
  for (std::size_t slot = 0; slot < kAgeSlots; ++slot) {
    // A person of the slot is born in the slot's month (or, for the ages kept in two slots,
    // years away from the AOW age).
    const bool reached = is_monthly_age(age_of_slot(slot)) ? age_in_months(slot, month) >= 807
                                                           : age_of_slot(slot) > kAge67;
    INFO("slot " << slot << " age " << age_of_slot(slot) + kFirstAge);
    CHECK(r.crossing[slot] == (reached ? 1.0 : 0.0));
    CHECK(r.early[slot] == (reached ? 0.0 : r.early[slot]));
  }
  // In February, 67 years and 3 months is reached by those born in November.
  CHECK(r.crossing[birth_month_slot(kAge67, 11)] == 1.0);
  CHECK(r.crossing[birth_month_slot(kAge67, 12)] == 0.0);
  const std::size_t h = 0;
  in_slot(state, Status::kUnemployedLong, h, 0, birth_month_slot(kAge67, 11), 2) = 500.0;
  in_slot(state, Status::kUnemployedLong, h, 0, birth_month_slot(kAge67, 12), 2) = 300.0;
  apply_retirement(m, state, kStep, h);
  CHECK(in_slot(state, Status::kRetired, h, 0, birth_month_slot(kAge67, 11), 2) == 500.0);
  CHECK(in_slot(state, Status::kUnemployedLong, h, 0, birth_month_slot(kAge67, 12), 2) == 300.0);
}

TEST_CASE("retirement: AOW entries each month are those reaching the legal age that month",
          "[process][retirement]") {
  // A test population of inactive persons aged 62-66 at the end of January 2025, a different
  // number for each birth month and year, ages by birthdays alone (no other process), run to
  // December 2030 through the step of the AOW age from 67 to 67 years and 3 months in 2028.
  const StockFlowModel engine = test::default_model({2030, 12});
  const ModelDescription& m = engine.description();
  struct Cohort {
    int year, month;  // of birth
    double persons;
    bool retired = false;
  };
  std::vector<Cohort> cohorts;
  LabourMarketState state(m.regions(), m.occupations());
  double* inactive = &state.persons(Status::kInactive)[state.block(0)];
  for (std::size_t a = 62 - kFirstAge; a <= 66 - kFirstAge; ++a) {
    for (int b = 1; b <= 12; ++b) {
      const double persons = 1000.0 + 37.0 * static_cast<double>(a) + b;
      inactive[group_of(birth_month_slot(a, b), 0)] = persons;
      const int age = static_cast<int>(a) + kFirstAge;
      cohorts.push_back({2025 - age - (b > 1 ? 1 : 0), b, persons});
    }
  }
  std::size_t months_with_entries = 0;
  for (int t = 1; t < engine.time().steps(); ++t) {
    const int year = engine.time().year(t), month = engine.time().month(t);
    if (month == 1) start_new_year(inactive, 1, kEducationLevels);
    have_birthdays(inactive, birthdays_of(month), kEducationLevels);
    state.record.effects.reset(m.regions(), m.occupations());
    state.region_records[0] = RegionRecord{};
    apply_retirement(m, state, t, 0);
    // Those whose age in months, from their birth date, reaches the law's AOW age this month.
    const int aow = m.aow_age_months(t);
    double reaching = 0.0;
    for (Cohort& c : cohorts) {
      if (c.retired || 12 * (year - c.year) + (month - c.month) < aow) continue;
      c.retired = true;
      reaching += c.persons;
    }
    const double entries =
        state.ledger_of(0).flow(index(Status::kInactive), index(Status::kRetired));
    INFO(year << "-" << month << ": AOW age " << aow << " months");
    CHECK(entries == Approx(reaching).epsilon(1e-12));
    if (year == 2028 && month <= 3) CHECK(entries == 0.0);  // nobody reaches 67y3m
    months_with_entries += entries > 0.0 ? 1 : 0;
  }
  CHECK(months_with_entries > 40);
}

TEST_CASE("retirement: in January-March 2028 employees retire only early or into RVU",
          "[process][retirement]") {
  // Nobody reaches 67 years and 3 months in January-March 2028 (aow_age.csv): no employee
  // reaches the AOW age, so employee retirements fall to early retirement and RVU, in both
  // engines; in April the AOW crossings come back. The few employees who still cross are labour
  // migrants who arrived past the AOW age the month before (migration.csv spreads arrivals over
  // all ages): in the three months together, under a tenth of the crossings of December 2027.
  const StockFlowModel engine = test::default_model({2028, 6});
  std::map<std::string, std::vector<double>> crossing, retiring;  // by month, per engine
  const auto observe = [&](const std::string& name) {
    return [&, name](const LabourMarketState& s, int t) {
      if (engine.time().at(t).index() >= 2027 * 12 + 11) {  // from December 2027
        crossing[name].push_back(
            s.record.ledger.flow(index(Status::kEmployed), index(Status::kWorkingPensioner)));
        retiring[name].push_back(s.record.retirements_employees);
      }
    };
  };
  LabourMarketState stock_flow = engine.initial_state();
  engine.run(stock_flow, observe("stock-flow"));
  abm::AgentBasedModel agents(engine.description(), {20, 7, 0});
  LabourMarketState counted = agents.initial_state();
  agents.run(counted, observe("agent-based"));
  for (const auto& [name, by_month] : crossing) {
    INFO(name << ", December 2027 to June 2028: crossing " << by_month[0] << " " << by_month[1]
              << " " << by_month[2] << " " << by_month[3] << " " << by_month[4]);
    REQUIRE(by_month.size() == 7);
    CHECK(by_month[0] > 0.0);                                            // December 2027
    CHECK(by_month[1] + by_month[2] + by_month[3] < 0.1 * by_month[0]);  // January-March 2028
    CHECK(by_month[4] > 0.0);                                            // April 2028
    const std::vector<double>& r = retiring[name];
    CHECK(r[1] < 0.7 * r[0]);
    CHECK(r[4] > 1.4 * r[3]);
  }
}

TEST_CASE("retirement: a person's chances move in expectation what the cell rule moves",
          "[process][retirement]") {
  const ModelDescription& m = model();
  const LabourMarketState month = test::month_start(m, kStep);
  const abm::JobTraits traits(m);
  abm::SupplyRates rates = abm::supply_rates(m, month, kStep, traits);
  // Every employee eligible for RVU: then it is taken up at the stock-flow rate.
  rates.rvu_eligible = rates.rvu;
  test::PersonProbe like(m, rates);
  like.eligible_for_rvu = true;

  SECTION("one person: the rates of its age") {
    const RetirementRates& r = rates.retirement;
    test::PersonProbe worker(like);
    worker.status = Status::kEmployed;
    worker.age = 50;  // 65 this month: inside the RVU window
    worker.birth_month = rates.calendar_month;
    worker.occupation = heavy_work_occupation(m);
    const std::size_t slot = worker.slot();
    (void)process::Retirement::person(worker);
    CHECK(worker.asked == std::vector<double>{r.keep_working[slot], r.retire_at_aow[slot],
                                              r.early[slot],
                                              rates.rvu[worker.occupation * kAgeSlots + slot]});
    CHECK(rates.rvu[worker.occupation * kAgeSlots + slot] ==
          Approx(m.parameters().rvu_take_up * m.data().heavy_work_share[worker.occupation])
              .epsilon(1e-15));
    test::PersonProbe inactive(like);
    inactive.age = kAge67;  // 67 this month: the AOW age
    inactive.birth_month = rates.calendar_month;
    (void)process::Retirement::person(inactive);
    CHECK(inactive.asked == std::vector<double>{1.0});
  }
  SECTION("every cell of a region, as the month leaves it before retirement") {
    const std::size_t h = 17;
    const LabourMarketState start = test::before_process<process::Retirement>(m, month, kStep);
    test::Expectation expected(start);
    test::add_region_outcomes<process::Retirement>(start, h, like, 1.0, expected);
    LabourMarketState actual = start;
    apply_retirement(m, actual, kStep, h);
    REQUIRE(test::total_flow(actual.ledger_of(h)) > 0.0);
    test::check_same_persons(expected.persons, actual, h, 1e-12);
    test::check_same_flows(expected.ledger, actual.ledger_of(h), 1e-12);
    CHECK(expected.employee_retirements ==
          Approx(actual.region_records[h].retirements_employees).epsilon(1e-12));
  }
}

}  // namespace
}  // namespace lmsim::model
