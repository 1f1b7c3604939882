// Writes the tidy tables of lmsim export (outputs/tidy_table.hpp) as one Excel workbook with
// libxlsxwriter: a sheet `variables` describing them, then a sheet per variable with its header
// row frozen, values as numbers with a number format (docs/output.md, "Export"). Annual values
// only, and no sheet past Excel's row limit: both are refused before anything is written. The
// workbook is written under a temporary name and published whole (engine/atomic_output.hpp).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "engine/result_set.hpp"
#include "outputs/tidy_table.hpp"

namespace lmsim::outputs {

// The rows of a worksheet in Excel 2007 and later (the header row included).
inline constexpr std::size_t kExcelMaxRows = 1048576;

// `results` is what read_whole_result_file read from `file`. Refuses (InputError) options
// without `annual` and a variable whose sheet would pass kExcelMaxRows; an existing `workbook`
// is replaced only with `overwrite`.
void export_xlsx(const ResultSet& results, const std::string& file,
                 const std::filesystem::path& workbook, const ExportOptions& options);

}  // namespace lmsim::outputs
