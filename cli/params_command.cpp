// lmsim params: prints every model parameter with name, unit, default, bounds, description and
// source.
#include <iostream>

#include "cli/command.hpp"
#include "cli/run_setup.hpp"
#include "models/parameters.hpp"

namespace lmsim::cli {

int params_command(const Arguments& args) {
  std::string format = "table";
  po::options_description options("params options");
  options.add_options()("format", po::value(&format)->default_value(format),
                        "table, markdown or csv");
  if (auto stop = parse_arguments("params", "Lists every model parameter.", args, options, {}))
    return *stop;
  TableFormat table_format = TableFormat::kText;
  if (format == "markdown") {
    table_format = TableFormat::kMarkdown;
  } else if (format == "csv") {
    table_format = TableFormat::kCsv;
  } else if (format != "table") {
    std::cerr << "lmsim params: --format must be table, markdown or csv, not '" << format << "'\n";
    return kExitInvalidInput;
  }
  std::cout << format_parameter_table(model::model_parameter_registry(), table_format);
  return kExitSuccess;
}

}  // namespace lmsim::cli
