// The persons of the agent-based engine as a structure of arrays with compact types (19 bytes a
// person): a stable id (the key of its random numbers), status, home and work region, occupation
// (16 bits: a published network has 464 occupations),
// age (single years, index 0..59 for 15..74, as in the stock-flow engine), birth month (a person
// reaches the next age in it: age_slots.hpp), education, months of
// the current unemployment spell, contract hours of the job (employees and zzp) and flags (labour
// migrant, flex contract, RVU-eligible, carer, reservist; job_traits.hpp). Persons who die or
// leave keep their slot, marked departed, until the table is compacted (in order, so results
// never depend on when).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "models/status.hpp"

namespace lmsim::model::abm {

inline constexpr std::uint8_t kDeparted = 0xff;  // status of a person who left the model
inline constexpr std::uint8_t kNoRegion = 0xff;  // work region of a person without a job
// Flags of a person.
inline constexpr std::uint8_t kLabourMigrant = 1;  // came as a labour migrant
inline constexpr std::uint8_t kFlexContract = 2;   // employee on a flexible (temporary) contract
inline constexpr std::uint8_t kRvuEligible = 4;    // employee in a heavy-work job (RVU)
inline constexpr std::uint8_t kCarer = 8;          // worker giving informal care (mantelzorg)
inline constexpr std::uint8_t kReservist = 16;     // civilian worker who is a defence reservist
inline constexpr std::uint8_t kWwBenefit = 32;  // lost a job with a right to WW (ww_benefits.hpp)
// The flags that belong to a job, cleared when the person stops working.
inline constexpr std::uint8_t kJobFlags = kFlexContract | kRvuEligible | kCarer | kReservist;
// Contract hours are kept in quarters of an hour (up to 63.75 hours a week).
inline constexpr double kQuartersPerHour = 4.0;
inline constexpr std::uint8_t kMaxSpellMonths = 0xff;

struct Person {
  std::uint64_t id = 0;
  Status status = Status::kInactive;
  std::uint8_t home = 0;
  std::uint8_t work = kNoRegion;
  std::uint16_t occupation = 0;
  std::uint8_t age = 0;          // index: age in years - 15
  std::uint8_t birth_month = 1;  // 1..12
  std::uint8_t education = 0;
  std::uint8_t spell = 0;
  std::uint8_t hours = 0;  // weekly contract hours x 4 (employees and zzp; 0 otherwise)
  std::uint8_t flags = 0;
};

class AgentTable {
 public:
  std::size_t size() const { return id.size(); }
  void reserve(std::size_t n);
  void add(const Person& p);
  // Removes the departed persons, keeping the order of the others; returns how many it removed.
  std::size_t remove_departed();
  std::size_t departed() const { return departed_; }
  void note_departed(std::size_t n) { departed_ += n; }
  std::size_t bytes_per_person() const;

  std::vector<std::uint64_t> id;
  std::vector<std::uint8_t> status, home, work, age, birth_month, education, spell, hours, flags;
  std::vector<std::uint16_t> occupation;

 private:
  std::size_t departed_ = 0;
};

}  // namespace lmsim::model::abm
