// Writes the variables of a result file as tidy CSV (long format: one row per value, one column
// per dimension plus its text coordinates, then `value`) for spreadsheet users (lmsim export).
// The folder is built under a temporary name and published only when every file is written
// (engine/atomic_folder.hpp); an existing folder is replaced, as a whole, only with `overwrite`
// and only when it is an earlier export.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/result_set.hpp"
#include "outputs/region_groups.hpp"

namespace lmsim::outputs {

struct CsvExportOptions {
  std::vector<std::string> variables;  // empty: every variable
  bool overwrite = false;
  std::vector<std::string> regions;  // region or group codes or names; empty: every region
  std::vector<RegionGroup> groups;   // the groups `regions` may name (load_region_groups)
  bool annual = false;               // annual means of the monthly values (annual_means)
};

// `results` is what read_whole_result_file read from `file`. Writes DIR/<variable>.csv for each
// chosen variable and DIR/variables.csv describing them; returns their final paths.
std::vector<std::filesystem::path> export_tidy_csv(const ResultSet& results,
                                                   const std::string& file,
                                                   const std::filesystem::path& folder,
                                                   const CsvExportOptions& options);

}  // namespace lmsim::outputs
