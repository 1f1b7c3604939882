// UWV's tension indicator (spanningsindicator): open vacancies per WW benefit running less than
// six months. Its classes, with UWV's boundaries: below 0.25 zeer ruim; 0.25 to below 0.67 ruim;
// 0.67 to below 1.5 gemiddeld; 1.5 to below 4 krap; 4 or more zeer krap. outputs/report/texts.py
// has the same boundaries for the annex.
#pragma once

namespace lmsim::outputs {

inline const char* uwv_tension_class(double tension) {
  if (tension < 0.25) return "zeer ruim";
  if (tension < 0.67) return "ruim";
  if (tension < 1.5) return "gemiddeld";
  if (tension < 4.0) return "krap";
  return "zeer krap";
}

}  // namespace lmsim::outputs
