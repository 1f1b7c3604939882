// lmsim info FILE: what a result file holds (scenario, engine, horizon, replicates, the outlook
// the run assumed, in English or Dutch with --lang, variables); with --scenario the resolved
// scenario text, with --parameters every parameter value.
#include <iostream>

#include "cli/command.hpp"
#include "cli/run_setup.hpp"
#include "outputs/result_description.hpp"
#include "outputs/result_file_reader.hpp"

namespace lmsim::cli {

int info_command(const Arguments& args) {
  std::string file;
  bool scenario = false;
  bool parameters = false;
  std::string lang = "en";
  po::options_description options("info options");
  options.add_options()("file", po::value(&file), "result file (HDF5)")(
      "scenario", po::bool_switch(&scenario), "print the resolved scenario (TOML) stored in it")(
      "parameters", po::bool_switch(&parameters), "print every parameter value stored in it")(
      "lang", po::value(&lang)->default_value(lang),
      "language of the outlook the run assumed: en or nl");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (auto stop = parse_arguments("info", "Describes what a result file holds.", args, options,
                                  positional)) {
    return *stop;
  }
  if (file.empty()) {
    std::cerr << "lmsim info: expected a result file (lmsim info FILE.h5)\n";
    return kExitInvalidInput;
  }
  const std::optional<outputs::Language> language = outputs::language_from_code(lang);
  if (!language) {
    std::cerr << "lmsim info: --lang must be en or nl, not '" << lang << "'\n";
    return kExitInvalidInput;
  }
  const ResultSet results = outputs::read_whole_result_file(file);
  if (scenario) std::cout << outputs::result_attribute(results, "scenario", file) << "\n";
  if (parameters) std::cout << outputs::result_attribute(results, "parameters", file) << "\n";
  if (!scenario && !parameters) {
    std::cout << outputs::describe_results(results, file, *language);
  }
  return kExitSuccess;
}

}  // namespace lmsim::cli
