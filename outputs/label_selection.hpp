// Which codes of a dimension a user's filter names (--region, --occupation of lmsim compare and
// lmsim export): codes or names, case-insensitive; one argument may list several, separated by
// commas, where the whole argument is no code or name (official names hold commas).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lmsim::outputs {

// The form in which a user's code or name is matched against labels: without the blanks around
// it, in lower case; and the same without the change of case.
std::string label_key(const std::string& text);
std::string trimmed_label(const std::string& text);

// Indices of the labels `wanted` selects, in the labels' order; all when `wanted` is empty.
// `names` (or nullptr) are the labels' names. Throws InputError naming `option` and suggesting
// the nearest code or name for an argument that names none.
std::vector<std::size_t> select_labels(const std::vector<std::string>& wanted,
                                       const std::vector<std::string>& codes,
                                       const std::vector<std::string>* names,
                                       const std::string& option);

}  // namespace lmsim::outputs
