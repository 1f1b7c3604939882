// Reads a CF time coordinate ("days since YYYY-MM-DD", values in days) back into calendar dates,
// for the descriptions and tables made from result files.
#pragma once

#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// The dates of a time dimension as ISO text (YYYY-MM-DD). Throws InputError naming `file` and the
// dimension when its units are not "days since YYYY-MM-DD".
std::vector<std::string> iso_dates(const Dimension& time, const std::string& file);

// "192 months" when the dates are the first days of months, else "600 steps" (a run with steps
// of a fixed number of days).
std::string step_count(const std::vector<std::string>& dates);

}  // namespace lmsim::outputs
