#include "cli/run_setup.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "cli/command.hpp"
#include "engine/spelling.hpp"
#include "models/network_data_set.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"

namespace lmsim::cli {

void add_scenario_options(po::options_description& options,
                          po::positional_options_description& positional, CommonOptions& common) {
  options.add_options()("scenario", po::value(&common.scenario)->required(),
                        "scenario file (TOML)")(
      "data-dir", po::value(&common.data_dir),
      "data directory, overriding the scenario's data_dir")(
      "network", po::value(&common.network),
      "for a scenario with [occupational_network]: 'complete' or a network file in the data "
      "directory, overriding the scenario's network");
  positional.add("scenario", 1);
}

int refuse_empty_out(const std::string& command, const std::string& default_name) {
  std::cerr << "lmsim " << command << ": --out is empty: give a file name, or leave out --out to "
            << "write " << default_name << "\n";
  return kExitInvalidInput;
}

std::optional<std::uint64_t> seed_from_text(const std::string& text) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (first != last && *first == '+') ++first;  // "+5", as Boost allowed, but not "+-5"
  std::uint64_t seed = 0;
  const auto [end, error] = std::from_chars(first, last, seed);
  if (first == last || error != std::errc() || end != last) return std::nullopt;
  if (seed > kMaxSeed) return std::nullopt;
  return seed;
}

std::string checksums_text(const std::map<std::string, std::uint64_t>& checksums) {
  std::string text;
  char buffer[32];
  for (const auto& [file, sum] : checksums) {
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(sum));
    text += file + " fnv1a64:" + buffer + "\n";
  }
  return text;
}

std::vector<std::pair<std::string, std::string>> input_checksum_attributes(const PreparedRun& run) {
  std::vector<std::pair<std::string, std::string>> attributes = {
      {"data_checksums", data_checksums_text(*run.data)}};
  if (!run.lever_inputs.empty())
    attributes.emplace_back("lever_input_checksums", checksums_text(run.lever_inputs));
  return attributes;
}

std::vector<std::filesystem::path> input_files(const PreparedRun& run) {
  std::vector<std::filesystem::path> files = run.scenario.chain;
  for (const auto& [name, sum] : run.data->checksums) files.push_back(run.data->directory / name);
  for (const auto& [name, sum] : run.lever_inputs) files.push_back(run.data->directory / name);
  return files;
}

std::string utc_now() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

namespace {

// What follows the command in its usage line: the positional arguments, named by what they are.
std::string usage_operands(const std::string& command) {
  if (command == "run" || command == "validate" || command == "contributions") return " SCENARIO";
  if (command == "sweep") return " SWEEP.toml";
  if (command == "info") return " RESULT.h5";
  if (command == "export") return " RESULT.h5 --csv DIR";
  if (command == "report") return " RESULT.h5 [RESULT.h5 ...] --out DIR";
  if (command == "list") return " regions|occupations|sectors|levers|groups";
  return "";
}

}  // namespace

std::optional<int> parse_arguments(const std::string& command, const std::string& summary,
                                   const std::vector<std::string>& args,
                                   po::options_description& options,
                                   const po::positional_options_description& positional) {
  options.add_options()("help,h", "show this help");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    if (vm.count("help") != 0) {
      std::cout << "usage: lmsim " << command << usage_operands(command) << " [options]\n"
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

namespace {

// The supply side (demography, migration, retirement, participation) works in calendar months
// and needs lmsim's regional data: a step of days or a published network runs the demand side
// and matching only.
void require_demand_side_only(const Scenario& scenario, const ParameterValues& parameters) {
  if (parameters["supply_processes"] < 0.5) return;
  if (scenario.network.present) {
    throw InputError(scenario.network.where,
                     "a published occupational network has no population or supply side: set "
                     "supply_processes = 0 under [parameters]");
  }
  if (scenario.step_days > 0.0) {
    throw InputError({scenario.file.string(), 0, 0, "time_step"},
                     "time_step '" + scenario.time_step +
                         "' runs the demand side and matching only (the supply side works in "
                         "calendar months): set supply_processes = 0 under [parameters]");
  }
}

// A demand outlook the scenario names must be a file of its data folder; one a published network
// cannot use is refused rather than ignored.
void require_demand_outlook_file(const Scenario& scenario) {
  if (scenario.demand_outlook.empty()) return;
  if (scenario.network.present) {
    throw InputError(scenario.demand_outlook_where,
                     "a published occupational network has no demand outlook; its demand paths "
                     "are the levers demand_cycle and automation_shock");
  }
  std::error_code ec;
  const std::filesystem::path file = scenario.data_dir / scenario.demand_outlook;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw InputError(
        scenario.demand_outlook_where,
        "no file " + scenario.demand_outlook + " in the data folder " + scenario.data_dir.string());
  }
}

}  // namespace

namespace {

// --variables a,b,c or --variables all, in place of the scenario's [outputs].
OutputSelection output_selection_from_text(const std::string& text) {
  std::vector<std::string> names;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    names.push_back(text.substr(start, comma - start));
    if (names.back().empty()) {
      throw InputError({"--variables", 0, 0, ""},
                       "expected variable names separated by commas, or all");
    }
    start = comma + 1;
  }
  std::vector<SourceLocation> where(names.size(), SourceLocation{"--variables", 0, 0, ""});
  return output_selection(std::move(names), std::move(where));
}

// Every name must be a variable the engine records.
void check_output_variables(const OutputSelection& outputs) {
  const std::vector<std::string>& known = model::Recorder::variable_names();
  for (std::size_t i = 0; i < outputs.variables.size(); ++i) {
    const std::string& name = outputs.variables[i];
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string available;
      for (const auto& k : known) available += (available.empty() ? "" : ", ") + k;
      throw InputError(outputs.where[i], "unknown output variable '" + name + "'" +
                                             did_you_mean(name, known) +
                                             " (available: " + available + ")");
    }
  }
}

}  // namespace

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
  if (!options.network.empty()) {
    if (!run.scenario.network.present) {
      throw InputError({options.scenario, 0, 0, "--network"},
                       "--network applies to a scenario with an [occupational_network] table");
    }
    run.scenario.network.set_text("network", options.network, {"--network", 0, 0, ""});
  }
  if (!options.variables.empty())
    run.scenario.outputs = output_selection_from_text(options.variables);
  check_output_variables(run.scenario.outputs);
  require_demand_side_only(run.scenario, *run.parameters);
  require_demand_outlook_file(run.scenario);
  run.data = std::make_unique<model::DataSet>(
      run.scenario.network.present
          ? model::load_network_data_set(model::read_occupational_network(run.scenario.network),
                                         run.scenario.data_dir)
          : model::load_data_set(run.scenario.data_dir, run.scenario.demand_outlook));
  run.levers = model::build_levers(run.scenario.levers, *run.data);
  for (const auto& lever : run.levers) run.lever_inputs.merge(lever->input_checksums());
  return run;
}

std::unique_ptr<oneapi::tbb::global_control> limit_threads(int threads) {
  if (threads <= 0) return nullptr;
  return std::make_unique<oneapi::tbb::global_control>(
      oneapi::tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
}

}  // namespace lmsim::cli
