// The plausible range of every numeric column of the data files (docs/data.md, "Plausible
// ranges", lists them with the source of each bound). A value outside its range is a mistake of
// unit or typing, not a fact: a percentage written for a share, persons in thousands, a digit too
// many, or a thousands point ("1.200" for 1200), which a count in whole persons refuses and a
// share's range catches when read the other way round.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csv_table.hpp"

namespace lmsim::model {

struct PlausibleRange {
  std::string_view file;    // the data file, such as "occupations.csv"
  std::string_view column;  // its column; "*" for every value column of a wide table of shares
  std::string_view rows;    // the rows it applies to where a column holds different things
  double min = 0.0;
  double max = 0.0;
  bool whole = false;       // a count in whole units, written without a decimal point
  std::string_view what;    // what a value is, for the message
  std::string_view source;  // where the bounds come from
  std::string_view hint;    // what to write instead, where a common mistake has a remedy
};

// Every range, in the order of data_file_names(), then those of population_outlook.csv.
const std::vector<PlausibleRange>& plausible_ranges();

// The range of a column (a wide table's "*" where the column has none of its own), for the rows
// `rows` names ("" where the column has one range). A column without one is a programming error.
const PlausibleRange& plausible_range(std::string_view file, std::string_view column,
                                      std::string_view rows = {});

// "[min, max]", as messages and docs/data.md write a range.
std::string format_range(const PlausibleRange& range);

// The number in a field, refused with file, line, column and key when it is not a finite number,
// is negative, has a decimal point in a whole-number column or lies outside `range`.
double plausible_value(const CsvTable& table, std::size_t row, std::size_t column,
                       const PlausibleRange& range);

// Refuses `value`, the sum of a column over the rows of one key (such as a region's population),
// outside `range`; the message names the file, the column and `whose` ("region AM05").
void require_plausible_total(const CsvTable& table, std::size_t column, const std::string& whose,
                             double value, const PlausibleRange& range);

}  // namespace lmsim::model
