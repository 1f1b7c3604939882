// The ages of the stock-flow state. A block of the state (one home region, or one home region and
// occupation) holds its persons by age slot x education level: its groups. The model's rates and
// the data are by single year of age (x education: the age cells, dimensions.hpp); a slot belongs
// to one single year of age, and every rate of a group is the rate of its slot's age. Today a
// single year of age has one slot (docs/model.md, section 1: ageing moves one twelfth of every
// age to the next each month); code that works on the state's groups goes through the functions
// below, never through the age index directly, so that a year of age can hold several slots.
#pragma once

#include <cstddef>

#include "models/dimensions.hpp"

namespace lmsim::model {

// Slots of the state's age axis, and the groups (slot x education) of a block.
inline constexpr std::size_t kAgeSlots = kAges;
inline constexpr std::size_t kBlockGroups = kAgeSlots * kEducationLevels;

// The single year of age (index 0 for age 15) of a slot.
constexpr std::size_t age_of_slot(std::size_t slot) {
  return slot;
}

// The first slot of a single year of age, and the slot past its last.
constexpr std::size_t first_slot_of_age(std::size_t age) {
  return age;
}
constexpr std::size_t end_slot_of_age(std::size_t age) {
  return age + 1;
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

// The share of the persons of a single year of age that one of its slots holds, with birth
// months uniform within the year (persons arriving at an age are spread over its slots by it).
constexpr double slot_share_of_age(std::size_t /*slot*/) {
  return 1.0;
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

// The group of a person of the agent-based engine, who has a single year of age and an
// education level.
constexpr std::size_t person_group(std::size_t age, std::size_t education) {
  return group_of(first_slot_of_age(age), education);
}

}  // namespace lmsim::model
