// lmsim export FILE --csv DIR: the variables of a result file as tidy CSV, one file per variable
// (one row per value), for spreadsheets and statistics packages; --xlsx OUT.xlsx writes the same
// tables of annual means as one Excel workbook, a sheet per variable.
#include <iostream>

#include "cli/command.hpp"
#include "cli/region_options.hpp"
#include "cli/run_setup.hpp"
#include "outputs/result_file_reader.hpp"
#include "outputs/tidy_csv_export.hpp"
#include "outputs/xlsx_export.hpp"

namespace lmsim::cli {

int export_command(const Arguments& args) {
  std::string file;
  std::string folder;
  std::string workbook;
  bool quiet = false;
  outputs::ExportOptions export_options;
  po::options_description options("export options");
  options.add_options()("file", po::value(&file), "result file (HDF5)")(
      "csv", po::value(&folder), "folder for the CSV files (created if absent)")(
      "xlsx", po::value(&workbook),
      "Excel workbook instead, a sheet per variable (needs --annual)")(
      "variable", po::value(&export_options.variables)->composing(),
      "only this variable (repeatable; default: all)")(
      "region", po::value(&export_options.regions)->composing(),
      "only this region or group (a province such as PV-UT, or one of --groups): code or name, "
      "or several separated by commas (repeatable; default: all)")(
      "annual", po::bool_switch(&export_options.annual),
      "annual means of the monthly values: a column year instead of time")(
      "overwrite", po::bool_switch(&export_options.overwrite),
      "replace an earlier export (CSV folder or workbook)")("quiet,q", po::bool_switch(&quiet),
                                                            "print nothing but errors");
  GroupOptions group_options;
  add_group_options(options, group_options);
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto stop = parse_arguments(
          "export",
          "Writes the variables of a result file as tidy CSV (long format): one file per "
          "variable,\none row per value, a column per dimension and its names, then value; with "
          "--xlsx,\nthe same tables of annual means as one Excel workbook, a sheet per variable.",
          args, options, positional)) {
    return *stop;
  }
  if (file.empty() || folder.empty() == workbook.empty()) {
    std::cerr << "lmsim export: expected a result file and either a folder or a workbook (lmsim "
                 "export FILE.h5 --csv DIR, or lmsim export FILE.h5 --annual --xlsx OUT.xlsx)\n";
    return kExitInvalidInput;
  }
  if (!export_options.regions.empty()) export_options.groups = load_groups(group_options);
  const ResultSet results = outputs::read_whole_result_file(file);
  if (!workbook.empty()) {
    outputs::export_xlsx(results, file, workbook, export_options);
    if (!quiet) std::cout << "lmsim export: wrote " << workbook << "\n";
    return kExitSuccess;
  }
  const auto written = outputs::export_tidy_csv(results, file, folder, export_options);
  if (!quiet) {
    std::cout << "lmsim export: wrote " << written.size() << " CSV files to " << folder << "\n";
  }
  return kExitSuccess;
}

}  // namespace lmsim::cli
