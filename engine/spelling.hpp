// "Did you mean ...?" suggestions for misspelt keys, names and codes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lmsim {

std::size_t edit_distance(std::string_view a, std::string_view b);

// Returns " (did you mean 'x'?)" for the closest candidate within a small distance, else "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace lmsim
