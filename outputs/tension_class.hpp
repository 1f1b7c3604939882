// The UWV tension classes (spanningsindicator, MODEL.md): < 0.25 zeer ruim, 0.25-0.67 ruim,
// 0.67-1.5 gemiddeld, 1.5-4.0 krap, > 4.0 zeer krap.
#pragma once

namespace lmsim::outputs {

inline const char* uwv_tension_class(double tension) {
  if (tension < 0.25) return "zeer ruim";
  if (tension < 0.67) return "ruim";
  if (tension < 1.5) return "gemiddeld";
  if (tension <= 4.0) return "krap";
  return "zeer krap";
}

}  // namespace lmsim::outputs
