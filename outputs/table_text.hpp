// The cells of the text tables lmsim prints (lmsim compare, lmsim contributions): text fitted
// to a column, numbers right-aligned, and fields quoted for CSV. Widths count UTF-8 code points,
// not bytes, so that names such as "Fryslân" keep the columns straight.
#pragma once

#include <cstddef>
#include <string>

namespace lmsim::outputs {

// Number of UTF-8 code points.
std::size_t characters(const std::string& text);

// Right-aligned in `width` characters, never cut (numbers).
std::string pad(const std::string& text, std::size_t width);

// Cut (ending in a dot) or padded to `width` characters; padded on the left when `right`.
std::string fit(const std::string& text, std::size_t width, bool right = false);

// A CSV field: quoted (with quotes doubled) where it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text);

}  // namespace lmsim::outputs
