// The tidy (long) layout of lmsim export, shared by its CSV files and its workbook: per chosen
// variable one row per value, a column per dimension followed by the text coordinates along it,
// then the value (docs/output.md, "Export").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/result_set.hpp"
#include "outputs/region_groups.hpp"

namespace lmsim::outputs {

// What lmsim export writes: its options --variable, --region, --annual and --overwrite.
struct ExportOptions {
  std::vector<std::string> variables;  // empty: every variable
  bool overwrite = false;
  std::vector<std::string> regions;  // region or group codes or names; empty: every region
  std::vector<RegionGroup> groups;   // the groups `regions` may name (load_region_groups)
  bool annual = false;               // annual means of the monthly values (annual_means)
};

// The results the options keep: the annual means where asked (annual_means), of the regions
// asked for (regions_only). The variables are chosen by chosen_variables.
ResultSet export_selection(const ResultSet& results, const ExportOptions& options);

// The columns of one dimension: its coordinate, then every text coordinate along it.
struct DimensionColumns {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;  // rows[index along the dimension], unquoted text
  // A dimension of numbers (year, age): its values, for cells that hold numbers; empty for
  // codes and for time (ISO dates).
  std::vector<double> numbers;
};

// `file` names the result file in messages about its time coordinate.
DimensionColumns columns_of(const ResultSet& results, const Dimension& d, const std::string& file);

// The columns of each dimension of `v`, in its order.
std::vector<DimensionColumns> columns_of_variable(const ResultSet& results, const Variable& v,
                                                  const std::string& file);

// The header row: every dimension's headers, then "value".
std::vector<std::string> header_of(const std::vector<DimensionColumns>& dims);

// Steps `index` (one entry per dimension) to the next row in the order of the values: row-major,
// the last dimension running fastest. False after the last row.
bool next_row(std::vector<std::size_t>& index, const std::vector<DimensionColumns>& dims);

// The variables `names` asks for, each once, in that order (all variables when empty); refuses
// (InputError naming `file`) a name the results do not hold, with the nearest one.
std::vector<const Variable*> chosen_variables(const ResultSet& results, const std::string& file,
                                              const std::vector<std::string>& names);

}  // namespace lmsim::outputs
