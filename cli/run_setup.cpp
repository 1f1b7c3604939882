#include "cli/run_setup.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "cli/command.hpp"
#include "models/parameters.hpp"

namespace lmsim::cli {

void add_scenario_options(po::options_description& options,
                          po::positional_options_description& positional, CommonOptions& common) {
  options.add_options()("scenario", po::value(&common.scenario)->required(),
                        "scenario file (TOML)")(
      "data-dir", po::value(&common.data_dir),
      "data directory, overriding the scenario's data_dir");
  positional.add("scenario", 1);
}

std::string data_checksums_text(const model::DataSet& data) {
  std::string text;
  char buffer[32];
  for (const auto& [file, sum] : data.checksums) {
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(sum));
    text += file + " fnv1a64:" + buffer + "\n";
  }
  return text;
}

std::string utc_now() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

std::optional<int> parse_arguments(const std::string& command, const std::string& summary,
                                   const std::vector<std::string>& args,
                                   po::options_description& options,
                                   const po::positional_options_description& positional) {
  options.add_options()("help,h", "show this help");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    if (vm.count("help") != 0) {
      const bool takes_scenario = positional.max_total_count() > 0;
      std::cout << "usage: lmsim " << command << (takes_scenario ? " SCENARIO" : "")
                << " [options]\n"
                << summary << "\n\n"
                << options;
      return kExitSuccess;
    }
    po::notify(vm);
  } catch (const po::required_option& error) {
    if (error.get_option_name() == "--scenario") {
      std::cerr << "lmsim " << command << ": expected a scenario file (lmsim " << command
                << " SCENARIO.toml)\n";
    } else {
      std::cerr << "lmsim " << command << ": " << error.what() << " (see lmsim " << command
                << " --help)\n";
    }
    return kExitInvalidInput;
  } catch (const po::error& error) {
    std::cerr << "lmsim " << command << ": " << error.what() << " (see lmsim " << command
              << " --help)\n";
    return kExitInvalidInput;
  }
  return std::nullopt;
}

PreparedRun prepare_run(const CommonOptions& options) {
  PreparedRun run;
  run.scenario = load_scenario(options.scenario);
  if (!options.data_dir.empty()) {
    run.scenario.data_dir = std::filesystem::absolute(options.data_dir).lexically_normal();
    run.scenario.data_dir_where = {"--data-dir", 0, 0, ""};
  }
  if (run.scenario.data_dir.empty()) {
    throw InputError(
        {options.scenario, 0, 0, "data_dir"},
        "no data directory: set data_dir in the scenario (or its base) or pass --data-dir");
  }
  if (options.seed) run.scenario.seed = *options.seed;
  run.parameters = std::make_unique<ParameterValues>(model::model_parameter_registry());
  for (const auto& override : run.scenario.parameters) {
    const std::string problem = run.parameters->set(override.name, override.value);
    if (!problem.empty()) throw InputError(override.where, problem);
  }
  if (const std::string problem = model::check_parameter_combinations(*run.parameters);
      !problem.empty()) {
    throw InputError({options.scenario, 0, 0, "parameters"}, problem);
  }
  run.data = std::make_unique<model::DataSet>(model::load_data_set(run.scenario.data_dir));
  run.levers = model::build_levers(run.scenario.levers, *run.data);
  return run;
}

}  // namespace lmsim::cli
