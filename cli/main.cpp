// lmsim: regional labour-market scenarios for the Netherlands. Git-style subcommands; errors go
// to stderr as one line naming file, line and key; exit 0 success, 1 failure, 2 invalid input.

#include <algorithm>
#include <cstring>
#include <iostream>
#include <map>

#include "cli/command.hpp"
#include "cli/version.hpp"
#include "engine/atomic_output.hpp"
#include "engine/error.hpp"

namespace {

using lmsim::cli::Arguments;

struct Subcommand {
  const char* summary;
  int (*handler)(const Arguments&);
};

const std::map<std::string, Subcommand>& subcommands() {
  static const std::map<std::string, Subcommand> table = {
      {"run", {"run a scenario and write its results (HDF5)", lmsim::cli::run_command}},
      {"validate",
       {"check a scenario and its data set without running it", lmsim::cli::validate_command}},
      {"params",
       {"list every model parameter with unit, default, bounds and source",
        lmsim::cli::params_command}},
      {"sweep",
       {"run a scenario over a parameter design; outputs and sensitivities to HDF5",
        lmsim::cli::sweep_command}},
      {"compare",
       {"compare two result files per region and occupation", lmsim::cli::compare_command}},
      {"contributions",
       {"split a scenario's effect over its levers (runs it without each lever)",
        lmsim::cli::contributions_command}},
      {"report",
       {"write a forecast annex (tables, charts, HTML) in Dutch or English",
        lmsim::cli::report_command}},
      {"info", {"describe what a result file holds", lmsim::cli::info_command}},
      {"export", {"write a result file as tidy CSV", lmsim::cli::export_command}},
      {"list",
       {"list the regions, occupations, sectors, region groups or lever types",
        lmsim::cli::list_command}},
  };
  return table;
}

void print_usage(std::ostream& out) {
  out << "usage: lmsim <command> [options]   (lmsim <command> --help for its "
         "options)\n\ncommands:\n";
  // The summaries start in one column, two spaces after the longest name.
  std::size_t width = 0;
  for (const auto& [name, command] : subcommands()) width = std::max(width, name.size() + 2);
  for (const auto& [name, command] : subcommands()) {
    out << "  " << name << std::string(width - name.size(), ' ') << command.summary << "\n";
  }
  out << "\n  --version" << std::string(width - 9, ' ') << "print the version\n  --help"
      << std::string(width - 6, ' ') << "print this help\n";
}

int dispatch(int argc, char** argv) {
  if (argc < 2) {
    print_usage(std::cerr);
    return lmsim::cli::kExitInvalidInput;
  }
  const std::string name = argv[1];
  if (name == "--version" || name == "version") {
    std::cout << "lmsim " << lmsim::cli::kVersion << "\n";
    return lmsim::cli::kExitSuccess;
  }
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return lmsim::cli::kExitSuccess;
  }
  const auto it = subcommands().find(name);
  if (it == subcommands().end()) {
    std::cerr << "lmsim: unknown command '" << name << "'\n";
    print_usage(std::cerr);
    return lmsim::cli::kExitInvalidInput;
  }
  const Arguments args(argv + 2, argv + argc);
  return it->second.handler(args);
}

}  // namespace

int main(int argc, char** argv) {
  lmsim::install_temporary_file_cleanup();
  try {
    const int code = dispatch(argc, argv);
    // What a command printed must have reached its destination (a full disk, a closed pipe).
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "lmsim: error: cannot write to standard output (disk full or pipe closed?)\n";
      return lmsim::cli::kExitFailure;
    }
    return code;
  } catch (const lmsim::InputError& error) {
    std::cerr << "lmsim: error: " << error.what() << "\n";
    return lmsim::cli::kExitInvalidInput;
  } catch (const std::bad_alloc&) {
    std::cerr << "lmsim: error: out of memory\n";
    return lmsim::cli::kExitFailure;
  } catch (const std::exception& error) {
    std::cerr << "lmsim: error: " << error.what() << "\n";
    return lmsim::cli::kExitFailure;
  }
}
