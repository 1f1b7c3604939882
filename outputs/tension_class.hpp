// UWV's tension indicator (spanningsindicator): open vacancies per WW benefit running less than
// six months. Its classes, with UWV's boundaries: below 0.25 zeer ruim; 0.25 to below 0.67 ruim;
// 0.67 to below 1.5 gemiddeld; 1.5 to below 4 krap; 4 or more zeer krap. outputs/report/texts.py
// has the same boundaries for the annex.
#pragma once

#include <string>

namespace lmsim::outputs {

inline const char* uwv_tension_class(double tension) {
  if (tension < 0.25) return "zeer ruim";
  if (tension < 0.67) return "ruim";
  if (tension < 1.5) return "gemiddeld";
  if (tension < 4.0) return "krap";
  return "zeer krap";
}

// The occupation code of defence (military posts, civilians and reservists): not one of UWV's
// occupation classes, so it has no tension class and stays out of every tension ranking; its
// own indicator is the fill rate of the formation (employed / target demand).
inline constexpr const char* kDefenceOccupation = "DEF";

inline bool is_uwv_occupation(const std::string& code) {
  return code != kDefenceOccupation;
}

}  // namespace lmsim::outputs
