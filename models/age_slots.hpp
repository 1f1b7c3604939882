// The ages of the stock-flow state, exact to the month (docs/model.md, section 1, "Ages"). A
// block of the state (one home region, or one home region and occupation) holds its persons by
// age slot x education level: its groups. Birth months are uniform within the year.
//
// - A single year of age outside the monthly ages has two slots: those whose birthday is still
//   to come this calendar year and those who have had it. In month m, 1/(13 - m) of the first
//   reach the next age (into the second slot of that age); in January the second slot of every
//   age becomes the first. A cohort born in one year therefore stays within two adjacent ages.
// - A single year of age inside the monthly ages (kFirstMonthlyAge..kLastMonthlyAge, from the
//   earliest RVU window to past the latest AOW age) has twelve slots, one per birth month: a
//   person's age in months is known, so the AOW age and the RVU window are crossed in the month
//   they are reached.
//
// The model's rates and the data are by single year of age (x education: the age cells,
// dimensions.hpp); every rate of a group is the rate of its slot's age. Code that works on the
// state's groups goes through the functions below, never through the age index directly.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "models/dimensions.hpp"

namespace lmsim::model {

// The ages (indices; 0 is age 15) kept by birth month: 60 to 70 years. They hold every AOW age
// from 65 years to 70 years and 11 months and an RVU window of up to 60 months before it: the
// ranges aow_age.csv, rvu.csv and the levers accept (models/plausible_ranges.cpp,
// models/levers/aow_age_path.cpp, rvu_change.cpp).
inline constexpr std::size_t kFirstMonthlyAge = 60 - kFirstAge;
inline constexpr std::size_t kLastMonthlyAge = 70 - kFirstAge;

constexpr bool is_monthly_age(std::size_t age) {
  return age >= kFirstMonthlyAge && age <= kLastMonthlyAge;
}
constexpr std::size_t slots_of_age(std::size_t age) {
  return is_monthly_age(age) ? 12 : 2;
}

namespace detail {
constexpr std::array<std::size_t, kAges + 1> make_first_slots() {
  std::array<std::size_t, kAges + 1> first{};
  for (std::size_t a = 0; a < kAges; ++a) first[a + 1] = first[a] + slots_of_age(a);
  return first;
}
inline constexpr std::array<std::size_t, kAges + 1> kFirstSlots = make_first_slots();
}  // namespace detail

// The first slot of a single year of age (kAges: the number of slots), and the slot past its
// last.
constexpr std::size_t first_slot_of_age(std::size_t age) {
  return detail::kFirstSlots[age];
}
constexpr std::size_t end_slot_of_age(std::size_t age) {
  return first_slot_of_age(age) + slots_of_age(age);
}

// Slots of the state's age axis, and the groups (slot x education) of a block.
inline constexpr std::size_t kAgeSlots = first_slot_of_age(kAges);
inline constexpr std::size_t kBlockGroups = kAgeSlots * kEducationLevels;

namespace detail {
struct SlotTable {
  std::array<std::uint8_t, kAgeSlots> age{};
  std::array<std::uint8_t, kAgeSlots> index{};  // within the age: 0/1, or birth month - 1
};
constexpr SlotTable make_slot_table() {
  SlotTable t;
  for (std::size_t a = 0; a < kAges; ++a) {
    for (std::size_t k = 0; k < slots_of_age(a); ++k) {
      t.age[first_slot_of_age(a) + k] = static_cast<std::uint8_t>(a);
      t.index[first_slot_of_age(a) + k] = static_cast<std::uint8_t>(k);
    }
  }
  return t;
}
inline constexpr SlotTable kSlotTable = make_slot_table();
}  // namespace detail

// The single year of age (index 0 for age 15) of a slot.
constexpr std::size_t age_of_slot(std::size_t slot) {
  return detail::kSlotTable.age[slot];
}

// Slots of a two-slot age: birthday still to come this calendar year, or had.
constexpr std::size_t to_come_slot(std::size_t age) {
  return first_slot_of_age(age);
}
constexpr std::size_t had_slot(std::size_t age) {
  return first_slot_of_age(age) + 1;
}
// The slot of a monthly age for a birth month (1..12).
constexpr std::size_t birth_month_slot(std::size_t age, int birth_month) {
  return first_slot_of_age(age) + static_cast<std::size_t>(birth_month - 1);
}
// The birth month of a slot of a monthly age.
constexpr int birth_month_of_slot(std::size_t slot) {
  return detail::kSlotTable.index[slot] + 1;
}
constexpr bool is_to_come_slot(std::size_t slot) {
  return !is_monthly_age(age_of_slot(slot)) && detail::kSlotTable.index[slot] == 0;
}

// The slot of a person of a single year of age and birth month at the end of calendar month
// `month` (after the month's birthdays).
constexpr std::size_t person_slot(std::size_t age, int birth_month, int month) {
  if (is_monthly_age(age)) return birth_month_slot(age, birth_month);
  return birth_month <= month ? had_slot(age) : to_come_slot(age);
}

// The share of the persons of a single year of age that one of its slots holds at the end of
// calendar month `month`, with birth months uniform: persons arriving at an age are spread over
// its slots by it.
constexpr double slot_share_of_age(std::size_t slot, int month) {
  if (is_monthly_age(age_of_slot(slot))) return 1.0 / 12.0;
  return is_to_come_slot(slot) ? (12.0 - month) / 12.0 : month / 12.0;
}

// Age in months of the persons of a slot of a monthly age at the end of calendar month `month`.
constexpr int age_in_months(std::size_t slot, int month) {
  const int years = static_cast<int>(age_of_slot(slot)) + kFirstAge;
  return 12 * years + (month - birth_month_of_slot(slot) + 12) % 12;
}

// Whether the persons of a slot are at or past an age given in months (within the monthly ages,
// or a whole year away from it) at the end of calendar month `month`.
constexpr bool at_or_past(std::size_t slot, int age_months, int month) {
  if (is_monthly_age(age_of_slot(slot))) return age_in_months(slot, month) >= age_months;
  return 12 * (static_cast<int>(age_of_slot(slot)) + kFirstAge) >= age_months;
}

// The slot and education level of a group of a block.
constexpr std::size_t slot_of_group(std::size_t group) {
  return group / kEducationLevels;
}
constexpr std::size_t education_of_group(std::size_t group) {
  return group % kEducationLevels;
}
constexpr std::size_t group_of(std::size_t slot, std::size_t education) {
  return slot * kEducationLevels + education;
}

// The single year of age of a group, and its age cell (age x education, the index of the
// model's rates by age and education).
constexpr std::size_t age_of_group(std::size_t group) {
  return age_of_slot(slot_of_group(group));
}
constexpr std::size_t age_cell_of_group(std::size_t group) {
  return age_of_group(group) * kEducationLevels + education_of_group(group);
}

// The first group that holds an age cell (age x education): where a rate the model keeps per
// group is read for an age cell, since every group of an age cell has the same rates.
constexpr std::size_t first_group_of_age_cell(std::size_t age_cell) {
  return group_of(first_slot_of_age(age_cell / kEducationLevels), age_cell % kEducationLevels);
}

// The group of a person of the agent-based engine at the end of calendar month `month`.
constexpr std::size_t person_group(std::size_t age, int birth_month, std::size_t education,
                                   int month) {
  return group_of(person_slot(age, birth_month, month), education);
}

// One move of a month's birthdays: `share` of every group of slot `from` moves to the same
// education in slot `to` (kLeavesModel: past the last age, out of the model).
inline constexpr std::size_t kLeavesModel = kAgeSlots;
struct Birthday {
  std::size_t from, to;
  double share;
};

// The birthdays of calendar month `month`, oldest ages first, so that a slot of a monthly age
// empties before the age below moves into it.
inline std::vector<Birthday> birthdays_of(int month) {
  std::vector<Birthday> moves;
  const double to_come_share = 1.0 / (13.0 - month);
  for (std::size_t a = kAges; a-- > 0;) {
    const bool last = a + 1 == kAges;
    const std::size_t to = last                    ? kLeavesModel
                           : is_monthly_age(a + 1) ? birth_month_slot(a + 1, month)
                                                   : had_slot(a + 1);
    if (is_monthly_age(a)) {
      moves.push_back({birth_month_slot(a, month), to, 1.0});
    } else {
      moves.push_back({to_come_slot(a), to, to_come_share});
    }
  }
  return moves;
}

// The birthdays `moves` in one block of `values` (by group, or by slot with groups_per_slot 1);
// returns those passing the last age, who leave.
template <class T>
T have_birthdays(T* block, const std::vector<Birthday>& moves, std::size_t groups_per_slot) {
  T aged_out{};
  for (const Birthday& m : moves) {
    for (std::size_t e = 0; e < groups_per_slot; ++e) {
      T& from = block[m.from * groups_per_slot + e];
      const T moving = from * m.share;
      from -= moving;
      if (m.to == kLeavesModel) {
        aged_out += moving;
      } else {
        block[m.to * groups_per_slot + e] += moving;
      }
    }
  }
  return aged_out;
}

// In January, before the month's birthdays, everyone of a two-slot age has this year's birthday
// still to come: the second slot of every such age joins the first, in every block of `values`
// (persons or counts by group, or by slot with groups_per_slot 1).
template <class T>
void start_new_year(T* values, std::size_t blocks, std::size_t groups_per_slot) {
  const std::size_t block_size = kAgeSlots * groups_per_slot;
  for (std::size_t b = 0; b < blocks; ++b) {
    T* block = values + b * block_size;
    for (std::size_t a = 0; a < kAges; ++a) {
      if (is_monthly_age(a)) continue;
      for (std::size_t e = 0; e < groups_per_slot; ++e) {
        block[to_come_slot(a) * groups_per_slot + e] += block[had_slot(a) * groups_per_slot + e];
        block[had_slot(a) * groups_per_slot + e] = T{};
      }
    }
  }
}

}  // namespace lmsim::model
