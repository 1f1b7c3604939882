// Writes the variables of a result file as tidy CSV (long format: one row per value, one column
// per dimension plus its text coordinates, then `value`) for spreadsheet users (lmsim export).
// Every file is written under a temporary name and renamed when complete; existing files are
// replaced only with `overwrite`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

struct CsvExportOptions {
  std::vector<std::string> variables;  // empty: every variable
  bool overwrite = false;
};

// `results` is what read_whole_result_file read from `file`. Writes DIR/<variable>.csv for each
// chosen variable and DIR/variables.csv describing them; returns the paths written.
std::vector<std::filesystem::path> export_tidy_csv(const ResultSet& results,
                                                   const std::string& file,
                                                   const std::filesystem::path& folder,
                                                   const CsvExportOptions& options);

}  // namespace lmsim::outputs
