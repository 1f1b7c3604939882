// The age slots of the stock-flow state (models/age_slots.hpp): birthdays in the birth month keep
// a cohort born in one year within two adjacent ages, where one twelfth of every age a month (the
// former rule) spreads it out.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "models/age_slots.hpp"

namespace lmsim::model {
namespace {

constexpr int kBirthYear = 1970;

// Persons by single year of age of one block (by slot).
std::vector<double> by_age(const std::vector<double>& by_slot) {
  std::vector<double> ages(kAges, 0.0);
  for (std::size_t slot = 0; slot < kAgeSlots; ++slot) ages[age_of_slot(slot)] += by_slot[slot];
  return ages;
}

TEST_CASE("the slots of every age hold it, twelve for the ages kept by birth month", "[ages]") {
  std::size_t slots = 0;
  for (std::size_t a = 0; a < kAges; ++a) {
    CHECK(slots_of_age(a) == (a >= 60 - kFirstAge && a <= 70 - kFirstAge ? 12u : 2u));
    for (std::size_t slot = first_slot_of_age(a); slot < end_slot_of_age(a); ++slot)
      CHECK(age_of_slot(slot) == a);
    slots += slots_of_age(a);
  }
  CHECK(slots == kAgeSlots);
  // A person's slot at the end of a month: birthday had (on or before the month) or to come.
  CHECK(person_slot(10, 3, 3) == had_slot(10));
  CHECK(person_slot(10, 4, 3) == to_come_slot(10));
  CHECK(person_slot(10, 1, 0) == to_come_slot(10));  // as January starts
  CHECK(person_slot(kFirstMonthlyAge, 7, 2) == birth_month_slot(kFirstMonthlyAge, 7));
  // Age in months: born in July, 60 in July, 60 and 7 months in February.
  CHECK(age_in_months(birth_month_slot(kFirstMonthlyAge, 7), 7) == 60 * 12);
  CHECK(age_in_months(birth_month_slot(kFirstMonthlyAge, 7), 2) == 60 * 12 + 7);
}

TEST_CASE("a cohort born in one year stays within two adjacent ages for fifteen years", "[ages]") {
  // Persons born in 1970 at the end of January 2025, birth months uniform: those born in
  // January are 55, the others 54 with their birthday to come. Birthdays only, no other process.
  std::vector<double> persons(kAgeSlots, 0.0);
  constexpr std::size_t kAge2025 = 2025 - kBirthYear - kFirstAge;  // index of age 55
  persons[had_slot(kAge2025)] = 1200.0 / 12.0;
  persons[to_come_slot(kAge2025 - 1)] = 1200.0 * 11.0 / 12.0;
  // The former rule, on single years: one twelfth of every age reaches the next each month.
  std::vector<double> former(kAges, 0.0);
  former[kAge2025 - 1] = 1200.0 * 11.0 / 12.0;
  former[kAge2025] = 1200.0 / 12.0;
  std::size_t former_widest = 0;
  for (int t = 1; t <= 15 * 12; ++t) {
    const int year = 2025 + t / 12, month = t % 12 + 1;
    if (month == 1) start_new_year(persons.data(), 1, 1);
    CHECK(have_birthdays(persons.data(), birthdays_of(month), 1) == 0.0);
    // Those born in months 1..month have had this year's birthday.
    const std::vector<double> ages = by_age(persons);
    const std::size_t older = static_cast<std::size_t>(year - kBirthYear - kFirstAge);
    INFO("end of " << year << "-" << month);
    CHECK(ages[older] == Approx(1200.0 * month / 12.0).epsilon(1e-12));
    CHECK(ages[older - 1] == Approx(1200.0 * (12 - month) / 12.0).epsilon(1e-12).margin(1e-9));
    double elsewhere = 0.0;
    for (std::size_t a = 0; a < kAges; ++a)
      if (a != older && a + 1 != older) elsewhere += ages[a];
    CHECK(elsewhere == 0.0);

    std::vector<double> next(kAges, 0.0);
    for (std::size_t a = 0; a < kAges; ++a) {
      next[a] += former[a] * 11.0 / 12.0;
      if (a + 1 < kAges) next[a + 1] += former[a] / 12.0;
    }
    former = next;
    std::size_t holding = 0;
    for (double x : former) holding += x > 1e-6 * 1200.0 ? 1 : 0;
    former_widest = std::max(former_widest, holding);
  }
  // The former rule spread the cohort over many ages (a standard deviation of about
  // sqrt(11/12 x 15) = 3.7 years after fifteen years).
  CHECK(former_widest > 10);
}

}  // namespace
}  // namespace lmsim::model
