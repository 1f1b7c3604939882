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

int pending_command(const std::string& name, const std::string& summary, const Arguments& args) {
  po::options_description options(name + " options");
  options.add_options()("help,h", "show this help");
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << "usage: lmsim " << name << " ...\n"
                << summary << "\n\nNot implemented in this version.\n";
      return kExitSuccess;
    }
  }
  std::cerr << "lmsim " << name << ": not implemented in this version of lmsim\n";
  return kExitFailure;
}

}  // namespace lmsim::cli
