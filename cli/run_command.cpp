// lmsim run SCENARIO: runs the stock-flow or the agent-based engine on a scenario and writes the
// results to HDF5. run_command goes through four steps: parse the command line as typed
// (RunArguments), check it into a RunRequest, run the engine and write the result files and the
// summary.
#include <oneapi/tbb/global_control.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/command.hpp"
#include "cli/progress_bar.hpp"
#include "cli/run_setup.hpp"
#include "cli/version.hpp"
#include "engine/atomic_output.hpp"
#include "engine/scenario_provenance.hpp"
#include "models/abm/agent_based_model.hpp"
#include "models/abm/distribution_recorder.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "outputs/assumptions.hpp"
#include "outputs/ensemble.hpp"
#include "outputs/finite_check.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/run_summary.hpp"

namespace lmsim::cli {
namespace {

// The sparsest sample --scale allows: 1 in 100,000 still gives about 136 agents.
constexpr long long kMaxScale = 100000;
// The most replicates of one run (the random key has 20 bits for them).
constexpr long long kMaxReplicates = 10000;

std::string parameters_text(const ParameterValues& values) {
  std::string text;
  for (const auto& [name, value] : values.values()) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    text += name + " = " + buffer + "\n";
  }
  return text;
}

// One run of the agent-based engine into `recorder`; `progress` counts months from `done`.
void run_agent_based(const model::StockFlowModel& engine_model, model::abm::AbmOptions options,
                     model::Recorder& recorder, ProgressBar& progress, int done) {
  model::abm::AgentBasedModel abm(engine_model.description(), options);
  model::abm::DistributionRecorder distributions(recorder.results());
  model::LabourMarketState state = abm.initial_state();
  abm.run(state, [&](const model::LabourMarketState& s, int t) {
    recorder.observe(s, t);
    distributions.observe(abm, t);
    // Month 0 is the initial state: no persons handled yet.
    if (t > 0) progress.update(done + t + 1, abm.agents().size() - abm.agents().departed());
  });
}

// Bytes a replicate's results take in memory: the variables of the recorders (cells, regions,
// statuses, flows and the distributions) for every month, and the population and retirements by
// age for every calendar year (at most one more than whole years), as doubles.
double replicate_bytes(int months, const model::Dimensions& dims) {
  const auto R = static_cast<double>(dims.region_count());
  const auto O = static_cast<double>(dims.occupation_count());
  const double per_month = 12.0 * R * O + R * (model::kStatusCount + 3.0) + 1.0 +
                           static_cast<double>(model::kLedgerSize * model::kLedgerSize) +
                           static_cast<double>(model::abm::kSpellBins + model::kAges);
  const double per_year = R * static_cast<double>(model::kAges) * (model::kStatusCount + 1.0);
  const double years = months / 12.0 + 1.0;
  return (per_month * months + per_year * years) * sizeof(double);
}

void check_ensemble_memory(long long replicates, int months, const model::Dimensions& dims) {
  const double needed = replicate_bytes(months, dims) * (static_cast<double>(replicates) + 5.0);
  const double memory =
      static_cast<double>(sysconf(_SC_PHYS_PAGES)) * static_cast<double>(sysconf(_SC_PAGE_SIZE));
  if (memory > 0.0 && needed > 0.8 * memory) {
    char text[160];
    std::snprintf(
        text, sizeof text,
        "%lld replicates need about %.1f GB of memory, more than the %.1f GB of this machine allow",
        replicates, needed / 1e9, memory / 1e9);
    throw InputError({"--replicates", 0, 0, ""},
                     std::string(text) + "; run fewer replicates or a shorter horizon");
  }
}

// Where --keep-replicates writes the replicates: OUT.h5 -> OUT.replicates.h5.
std::filesystem::path replicates_path(const std::filesystem::path& out) {
  std::filesystem::path path = out;
  path.replace_extension();
  path += ".replicates.h5";
  return path;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

// What the run assumes, from its data set (docs/output.md, "Global attributes"): the demand
// outlook file and its source tags, the population outlook's sources, and the last year whose
// AOW age is fixed by law (left out where no year is).
std::vector<std::pair<std::string, std::string>> outlook_attributes(const model::DataSet& data) {
  std::vector<std::pair<std::string, std::string>> attributes = {
      {outputs::kDemandOutlookAttribute, data.demand_outlook.file},
      {outputs::kDemandSourcesAttribute, joined(data.demand_outlook.sources)},
      {outputs::kPopulationSourcesAttribute, joined(data.population_outlook.sources)}};
  std::optional<int> law_until;
  for (const auto& [year, status] : data.aow_age_status)
    if (status == "law") law_until = year;
  if (law_until) attributes.emplace_back(outputs::kAowLawAttribute, std::to_string(*law_until));
  return attributes;
}

// The engine that runs a scenario (--engine).
enum class Engine { kStockFlow, kAgentBased };

// The engine an --engine value names; nothing for an unknown name.
std::optional<Engine> engine_from_name(const std::string& name) {
  if (name == "stock-flow") return Engine::kStockFlow;
  if (name == "abm") return Engine::kAgentBased;
  return std::nullopt;
}

// The --engine value of an engine, as the result file's attributes record it.
const char* engine_name(Engine engine) {
  return engine == Engine::kAgentBased ? "abm" : "stock-flow";
}

// The order of a month's processes, as the result file records it: the engine says.
std::string process_order(Engine engine, const model::StockFlowModel& engine_model) {
  const std::vector<std::string> names = engine == Engine::kAgentBased
                                             ? model::abm::AgentBasedModel::process_names()
                                             : engine_model.process_names();
  std::string order;
  for (const auto& name : names) order += (order.empty() ? "" : ", ") + name;
  return order;
}

// lmsim run's command line as typed, before any check.
struct RunArguments {
  CommonOptions common;
  std::string engine = "stock-flow";
  int compression = 1;
  long long scale = 1;
  std::optional<long long> replicates;
  bool keep_replicates = false;
  bool out_given = false;  // an empty --out ("") must not fall back to the default name
  std::optional<std::string> seed_text;
  std::string lang = "en";
};

// A checked request of lmsim run: what to run, with which engine, and where to write it.
struct RunRequest {
  CommonOptions common;  // with the seed read and the default --out filled in
  Engine engine = Engine::kStockFlow;
  outputs::Language language = outputs::Language::kEnglish;
  int compression = 1;
  long long scale = 1;
  long long replicates = 0;  // 0: one run, not an ensemble
  bool keep_replicates = false;
};

// Reads the command line into `arguments`; returns an exit code when the command stops here
// (help printed or a usage error).
std::optional<int> parse_run_arguments(const Arguments& args, RunArguments& arguments) {
  CommonOptions& common = arguments.common;
  po::options_description options("run options");
  po::positional_options_description positional;
  add_scenario_options(options, positional, common);
  options.add_options()(
      "out,o",
      po::value(&common.out)->notifier([&](const std::string&) { arguments.out_given = true; }),
      "result file (HDF5); default: SCENARIO name with .h5 in the current folder")(
      "overwrite", po::bool_switch(&common.overwrite), "replace an existing result file")(
      "engine", po::value(&arguments.engine)->default_value(arguments.engine),
      "engine: stock-flow or abm (agent-based)")(
      "scale", po::value(&arguments.scale)->default_value(arguments.scale),
      "abm: follow a 1-in-SCALE sample of the persons (outputs stay in persons)")(
      "replicates",
      po::value<long long>()->notifier([&](long long n) { arguments.replicates = n; }),
      "abm: run N replicates and write per variable their mean, sd, p05, p50 and p95, and the "
      "probability of each UWV tension class")(
      "variables", po::value(&common.variables),
      "variables to write, separated by commas, or all (overrides the scenario's [outputs])")(
      "keep-replicates", po::bool_switch(&arguments.keep_replicates),
      "with --replicates: also write every replicate to OUT.replicates.h5")(
      "seed", po::value<std::string>()->notifier([&](const std::string& text) {
        arguments.seed_text = text;
      }),
      "random seed (overrides the scenario's)")(
      "threads", po::value(&common.threads)->default_value(0), "worker threads (0: all cores)")(
      "compress", po::value(&arguments.compression)->default_value(1),
      "deflate level of the result file, 0 (off, fastest) to 9")(
      "lang", po::value(&arguments.lang)->default_value(arguments.lang),
      "language of the summary's outlook and defence lines: en or nl")(
      "quiet,q", po::bool_switch(&common.quiet), "print nothing but errors");
  return parse_arguments("run", "Runs a scenario and writes its results to an HDF5 file.", args,
                         options, positional);
}

// Checks the arguments and fills in `request`; prints the first problem and returns the exit code
// of invalid input when there is one. The checks run in a fixed order, so that a command line
// with several problems always gets the same message.
std::optional<int> validate_run_request(const RunArguments& arguments, RunRequest& request) {
  if (arguments.out_given && arguments.common.out.empty()) {
    return refuse_empty_out("run", "SCENARIO.h5");
  }
  request.common = arguments.common;
  if (arguments.seed_text) {
    request.common.seed = seed_from_text(*arguments.seed_text);
    if (!request.common.seed) {
      std::cerr << "lmsim run: --seed must be a whole number from 0 to 9223372036854775807, not '"
                << *arguments.seed_text << "'\n";
      return kExitInvalidInput;
    }
  }
  const std::optional<outputs::Language> language = outputs::language_from_code(arguments.lang);
  if (!language) {
    std::cerr << "lmsim run: --lang must be en or nl, not '" << arguments.lang << "'\n";
    return kExitInvalidInput;
  }
  if (arguments.compression < 0 || arguments.compression > 9) {
    std::cerr << "lmsim run: --compress must lie in 0..9\n";
    return kExitInvalidInput;
  }
  const std::optional<Engine> engine = engine_from_name(arguments.engine);
  if (!engine) {
    std::cerr << "lmsim run: unknown engine '" << arguments.engine
              << "' (available: stock-flow, abm)\n";
    return kExitInvalidInput;
  }
  if (arguments.scale < 1 || arguments.scale > kMaxScale) {
    std::cerr << "lmsim run: --scale must be a whole number from 1 (every person an agent) to "
              << kMaxScale << "\n";
    return kExitInvalidInput;
  }
  if (arguments.common.threads < 0) {
    std::cerr << "lmsim run: --threads must be 0 (all cores) or more\n";
    return kExitInvalidInput;
  }
  if (arguments.scale != 1 && *engine != Engine::kAgentBased) {
    std::cerr << "lmsim run: --scale applies to the agent-based engine (--engine abm)\n";
    return kExitInvalidInput;
  }
  if (arguments.replicates && (*engine != Engine::kAgentBased || *arguments.replicates < 1 ||
                               *arguments.replicates > kMaxReplicates)) {
    std::cerr << "lmsim run: --replicates needs --engine abm and a number from 1 to "
              << kMaxReplicates << "\n";
    return kExitInvalidInput;
  }
  if (arguments.keep_replicates && !arguments.replicates) {
    std::cerr << "lmsim run: --keep-replicates needs --replicates N\n";
    return kExitInvalidInput;
  }
  request.engine = *engine;
  request.language = *language;
  request.compression = arguments.compression;
  request.scale = arguments.scale;
  request.replicates = arguments.replicates.value_or(0);
  request.keep_replicates = arguments.keep_replicates;
  if (request.common.out.empty())
    request.common.out = std::filesystem::path(request.common.scenario).stem().string() + ".h5";
  return std::nullopt;
}

// The files the run writes: the result file and, with --keep-replicates, the replicates' file.
std::vector<std::filesystem::path> output_paths(const RunRequest& request) {
  std::vector<std::filesystem::path> outs = {request.common.out};
  if (request.keep_replicates) outs.push_back(replicates_path(request.common.out));
  return outs;
}

// Loads and checks the scenario with its parameters and data set, and refuses the output files
// (one that exists without --overwrite, one that is an input of the run) now, not after a long
// run.
PreparedRun prepare_inputs_and_outputs(const RunRequest& request) {
  PreparedRun run = prepare_run(request.common);
  const std::vector<std::filesystem::path> inputs = input_files(run);
  for (const std::filesystem::path& out : output_paths(request)) {
    AtomicOutput::check(out, request.common.overwrite);
    refuse_output_onto_inputs(out, inputs);
  }
  return run;
}

void warn_if_first_month_not_stationary(const model::StockFlowModel& engine_model, bool quiet) {
  if (engine_model.calibration().residual > model::kCalibrationTolerance && !quiet) {
    std::fprintf(stderr,
                 "lmsim: warning: with these parameter values the first month is not stationary "
                 "(national residual %.2g); results start with a transient\n",
                 engine_model.calibration().residual);
  }
}

// The global attributes of the result file (docs/output.md, "Global attributes"); taken before
// the run, so that its history gives the time the run started.
std::vector<std::pair<std::string, std::string>> result_attributes(
    const RunRequest& request, const PreparedRun& run, const model::StockFlowModel& engine_model) {
  const std::string engine = engine_name(request.engine);
  std::vector<std::pair<std::string, std::string>> attributes = {
      {"Conventions", "CF-1.8"},
      {"institution", "lmsim"},
      {"source", "lmsim " + std::string(kVersion) + ", " + engine + " engine"},
      {"engine", engine},
      {"scale", std::to_string(request.engine == Engine::kAgentBased ? request.scale : 1)},
      {"lmsim_version", kVersion},
      {"scenario_file", run.scenario.file.string()},
      {"scenario", resolved_scenario_toml(run.scenario)},
      {"parameters", parameters_text(*run.parameters)},
      {"seed", std::to_string(run.scenario.seed)},
      {"calibration_residual", std::to_string(engine_model.calibration().residual)},
      {"data_dir", run.scenario.data_dir.string()},
      {"processes", process_order(request.engine, engine_model)},
      {"history", utc_now() + " created by lmsim run"},
      {"created", utc_now()}};
  // The title and description, each marked where it is inherited from a base.
  for (auto& text : title_attributes(run.scenario)) attributes.push_back(std::move(text));
  for (auto& text : description_attributes(run.scenario)) attributes.push_back(std::move(text));
  for (auto& checksums : input_checksum_attributes(run)) attributes.push_back(std::move(checksums));
  for (auto& outlook : outlook_attributes(*run.data)) attributes.push_back(std::move(outlook));
  if (request.replicates > 0)
    attributes.emplace_back("replicates", std::to_string(request.replicates));
  return attributes;
}

// What a run gives: its results (one run's, or the statistics of an ensemble) and, with
// --keep-replicates, every replicate.
struct RunResults {
  ResultSet results;
  ResultSet kept;
};

ResultSet run_stock_flow_engine(const model::StockFlowModel& engine_model,
                                const Scenario& scenario) {
  model::Recorder recorder(engine_model, scenario.outputs.variables);
  model::LabourMarketState state = engine_model.initial_state();
  engine_model.run(state,
                   [&](const model::LabourMarketState& s, int t) { recorder.observe(s, t); });
  outputs::require_numbers(recorder.results());
  return std::move(recorder.results());
}

// One run of the agent-based engine, or an ensemble of --replicates runs (with a progress bar
// over all of them).
RunResults run_agent_based_engine(const RunRequest& request, const Scenario& scenario,
                                  const model::StockFlowModel& engine_model, const TimeAxis& time) {
  const auto runs = static_cast<std::uint32_t>(std::max(1LL, request.replicates));
  ProgressBar progress(static_cast<int>(runs) * time.steps(), !request.common.quiet);
  std::vector<ResultSet> each;
  for (std::uint32_t r = 0; r < runs; ++r) {
    model::Recorder recorder(engine_model, scenario.outputs.variables);
    run_agent_based(engine_model, {static_cast<std::uint32_t>(request.scale), scenario.seed, r},
                    recorder, progress, static_cast<int>(r) * time.steps());
    // Each run's values, not the statistics: an sd over replicates of which one has an
    // infinite tension is NaN by right.
    outputs::require_numbers(recorder.results());
    each.push_back(std::move(recorder.results()));
  }
  RunResults results;
  if (request.replicates == 0) {
    results.results = std::move(each.front());
  } else {
    results.results = outputs::replicate_statistics(each);
    if (request.keep_replicates) results.kept = outputs::stacked_replicates(std::move(each));
  }
  return results;
}

RunResults run_engine(const RunRequest& request, const Scenario& scenario,
                      const model::StockFlowModel& engine_model, const TimeAxis& time) {
  switch (request.engine) {
    case Engine::kAgentBased:
      return run_agent_based_engine(request, scenario, engine_model, time);
    case Engine::kStockFlow:
      break;
  }
  return {run_stock_flow_engine(engine_model, scenario), {}};
}

// Writes the results and, with --keep-replicates, the replicates, each with the run's attributes:
// both files or neither (outputs/hdf5_writer.hpp).
void write_results(const RunRequest& request,
                   const std::vector<std::pair<std::string, std::string>>& attributes,
                   RunResults& results) {
  results.results.attributes = attributes;
  std::vector<outputs::FileToWrite> files = {{&results.results, request.common.out}};
  if (request.keep_replicates) {
    results.kept.attributes = attributes;
    files.push_back({&results.kept, replicates_path(request.common.out)});
  }
  outputs::write_hdf5_together(files, {request.common.overwrite, request.compression});
}

// The run summary's title: the scenario's, and for an ensemble what its figures are.
std::string summary_title(const RunRequest& request, const Scenario& scenario) {
  if (request.replicates == 0) return scenario.title;
  return scenario.title + " (mean of " + std::to_string(request.replicates) + " replicates)";
}

// The summary of the run (of an ensemble: of its mean) and the files it wrote.
void print_summary(const RunRequest& request, const Scenario& scenario, const TimeAxis& time,
                   const ResultSet& results, double seconds) {
  const ResultSet& central =
      request.replicates > 0 ? outputs::statistic_slice(results, "mean") : results;
  std::cout << outputs::summarise_run(central, summary_title(request, scenario), request.language);
  std::printf("Wrote %s (%d %s) in %.2f s\n", request.common.out.c_str(), time.steps(),
              time.monthly() ? "months" : ("steps of " + scenario.time_step).c_str(), seconds);
  if (request.keep_replicates) {
    std::printf("Wrote %s (%lld replicates)\n", replicates_path(request.common.out).c_str(),
                request.replicates);
  }
}

}  // namespace

int run_command(const Arguments& args) {
  RunArguments arguments;
  if (auto stop = parse_run_arguments(args, arguments)) return *stop;
  RunRequest request;
  if (auto stop = validate_run_request(arguments, request)) return *stop;
  const auto threads = limit_threads(request.common.threads);
  PreparedRun run = prepare_inputs_and_outputs(request);
  const auto started = std::chrono::steady_clock::now();
  const model::ModelParameters parameters =
      model::resolve_parameters(*run.parameters, run.scenario.time_axis());
  const TimeAxis time = run.scenario.time_axis();
  // An ensemble keeps every replicate in memory until its statistics are made: refuse one that
  // cannot fit, now rather than after the runs.
  if (request.replicates > 0)
    check_ensemble_memory(request.replicates, time.steps(), run.data->dims);
  const model::StockFlowModel engine_model(*run.data, parameters, time, std::move(run.levers));
  warn_if_first_month_not_stationary(engine_model, request.common.quiet);
  const auto attributes = result_attributes(request, run, engine_model);
  RunResults results = run_engine(request, run.scenario, engine_model, time);
  write_results(request, attributes, results);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!request.common.quiet) print_summary(request, run.scenario, time, results.results, seconds);
  return kExitSuccess;
}

}  // namespace lmsim::cli
