// The statuses of a person in the model (docs/model.md, section 1, "State"). Every person aged
// 15..74 is in exactly one status at every step; stocks change only through recorded flows
// (FlowLedger).
#pragma once

#include <array>
#include <cstddef>

namespace lmsim::model {

enum class Status : std::size_t {
  kEmployed,         // employee, by occupation (home region; the job's region is in `jobs`)
  kSelfEmployed,     // zzp, by occupation, working in the home region
  kUnemployedShort,  // unemployed less than 6 months, by last or sought occupation
  kUnemployedLong,   // unemployed 6 months or more, by occupation
  kStudent,
  kStudentSideJob,     // student with a side job: its own status, so indicators can leave it out
  kInactivePotential,  // not searching but available (unused labour potential)
  kInactive,
  kRetired,           // past AOW or early retirement without work
  kRvu,               // early exit under the RVU scheme, until the AOW age
  kDisabled,          // WIA / Wajong
  kWorkingPensioner,  // past the AOW age and still working (part-time)
  kInTraining,        // retraining for another occupation (LLO), from unemployment
  kCount
};

inline constexpr std::size_t kStatusCount = static_cast<std::size_t>(Status::kCount);

inline constexpr std::array<const char*, kStatusCount> kStatusNames = {
    "employed",         "self_employed",      "unemployed_short", "unemployed_long", "student",
    "student_side_job", "inactive_potential", "inactive",         "retired",         "rvu",
    "disabled",         "working_pensioner",  "in_training"};

constexpr std::size_t index(Status s) {
  return static_cast<std::size_t>(s);
}

constexpr bool has_occupation(Status s) {
  return s == Status::kEmployed || s == Status::kSelfEmployed || s == Status::kUnemployedShort ||
         s == Status::kUnemployedLong;
}

constexpr bool is_unemployed(Status s) {
  return s == Status::kUnemployedShort || s == Status::kUnemployedLong;
}

// Employees and zzp: the workers who cross the AOW age as workers and may retire early.
constexpr bool works_before_aow(Status s) {
  return s == Status::kEmployed || s == Status::kSelfEmployed;
}

// Persons in these statuses work (CBS "werkzame beroepsbevolking").
constexpr bool is_working(Status s) {
  return s == Status::kEmployed || s == Status::kSelfEmployed || s == Status::kStudentSideJob ||
         s == Status::kWorkingPensioner;
}

}  // namespace lmsim::model
