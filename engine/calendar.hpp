// Days between calendar dates (proleptic Gregorian), for CF time coordinates
// ("days since YYYY-MM-01"). Algorithm of H. Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (days_from_civil).
#pragma once

namespace lmsim {

constexpr long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

}  // namespace lmsim
