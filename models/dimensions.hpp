// The dimensions of the labour-market model. Regions, occupations and sectors are read from the
// data set (never hard-coded); ages and education levels are fixed by the model: single years
// 15..74 (needed for the AOW age of 67 and RVU up to 3 years before it) and three levels
// (ISCED 0-2, 3-4, 5-8): docs/model.md, section 1, and docs/data.md, "The codes".
#pragma once

#include <array>
#include <cstddef>
#include <string>

#include "engine/code_index.hpp"

namespace lmsim::model {

inline constexpr int kFirstAge = 15;
inline constexpr int kLastAge = 74;
inline constexpr std::size_t kAges = kLastAge - kFirstAge + 1;
inline constexpr std::size_t kEducationLevels = 3;
inline constexpr std::array<const char*, kEducationLevels> kEducationCodes = {"low", "mid", "high"};
inline constexpr std::size_t kAgeEducationCells = kAges * kEducationLevels;

struct Dimensions {
  CodeIndex regions;
  std::vector<std::string> region_names;
  std::vector<std::string> region_provinces;
  CodeIndex occupations;
  std::vector<std::string> occupation_names_nl;
  std::vector<std::string> occupation_names_en;
  CodeIndex sectors;
  std::vector<std::string> sector_names_nl;
  std::vector<std::string> sector_names_en;

  std::size_t region_count() const { return regions.size(); }
  std::size_t occupation_count() const { return occupations.size(); }
};

}  // namespace lmsim::model
