// Numbers as a reader writes them, for every text lmsim prints: whole counts with thousands
// separators.
#pragma once

#include <string>

#include "outputs/language.hpp"

namespace lmsim::outputs {

// A count rounded to a whole number with thousands separators: 80,000 (English), 80.000 (Dutch);
// with "+" before a positive count when `sign`; never "-0"; "n/a", "inf" or "-inf" where the
// value is not finite.
std::string whole_number(double x, Language language = Language::kEnglish, bool sign = false);

// The shortest decimal text that reads back as the same double (std::to_chars), so that exported
// values equal the stored ones exactly and a csv's parts add up as the program's do; "inf",
// "-inf" and "nan" where the value is not finite.
std::string exact_number(double value);

}  // namespace lmsim::outputs
