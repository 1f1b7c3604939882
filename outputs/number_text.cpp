#include "outputs/number_text.hpp"

#include <charconv>

#include <cmath>
#include <cstdio>

namespace lmsim::outputs {

std::string whole_number(double x, Language language, bool sign) {
  if (!std::isfinite(x)) return std::isnan(x) ? "n/a" : (x > 0 ? "inf" : "-inf");
  double rounded = std::round(x);
  if (rounded == 0.0) rounded = 0.0;  // no "-0"
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.0f", std::fabs(rounded));
  const std::string digits = buffer;
  const char separator = language == Language::kDutch ? '.' : ',';
  std::string out = rounded < 0 ? "-" : (sign && rounded > 0 ? "+" : "");
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

std::string exact_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return {buffer, result.ptr};
}

}  // namespace lmsim::outputs
