// A run's results are refused before they are written when a value is not a number: NaN spreads
// through every later month and every sum, and a result file full of NaN looks like a result. An
// input outside what the model can carry (an inflow of a billion migrants, say) gives NaN where
// every input passed its own checks. Infinity stays allowed: tension is infinite in a cell
// without short-term unemployed.
#pragma once

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// Throws RuntimeError naming the first NaN: variable, date and the labels of its other
// coordinates (region, occupation, ...).
void require_numbers(const ResultSet& results);

}  // namespace lmsim::outputs
