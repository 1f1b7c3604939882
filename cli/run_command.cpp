// lmsim run SCENARIO: runs the stock-flow or the agent-based engine on a scenario and writes the
// results to HDF5.
#include <oneapi/tbb/global_control.h>

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "cli/progress_bar.hpp"
#include "cli/run_setup.hpp"
#include "cli/version.hpp"
#include "engine/atomic_output.hpp"
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

// The order of a month's processes, as the result file records it: the engine says.
std::string process_order(const std::string& engine, const model::StockFlowModel& engine_model) {
  const std::vector<std::string> names =
      engine == "abm" ? model::abm::AgentBasedModel::process_names() : engine_model.process_names();
  std::string order;
  for (const auto& name : names) order += (order.empty() ? "" : ", ") + name;
  return order;
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
// statuses, flows and the distributions) for every month, as doubles.
double replicate_bytes(int months, const model::Dimensions& dims) {
  const auto R = static_cast<double>(dims.region_count());
  const auto O = static_cast<double>(dims.occupation_count());
  const double per_month = 12.0 * R * O + R * (model::kStatusCount + 3.0) + 1.0 +
                           static_cast<double>(model::kLedgerSize * model::kLedgerSize) +
                           static_cast<double>(model::abm::kSpellBins + model::kAges);
  return per_month * months * sizeof(double);
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

}  // namespace

int run_command(const Arguments& args) {
  CommonOptions common;
  std::string engine = "stock-flow";
  int compression = 1;
  long long scale = 1;
  long long replicates = 0;  // 0: not given, one run
  bool keep_replicates = false;
  bool replicates_given = false;
  bool out_given = false;  // an empty --out ("") must not fall back to the default name
  std::optional<std::string> seed_text;
  std::string lang = "en";
  po::options_description options("run options");
  po::positional_options_description positional;
  add_scenario_options(options, positional, common);
  options.add_options()(
      "out,o", po::value(&common.out)->notifier([&](const std::string&) { out_given = true; }),
      "result file (HDF5); default: SCENARIO name with .h5 in the current folder")(
      "overwrite", po::bool_switch(&common.overwrite), "replace an existing result file")(
      "engine", po::value(&engine)->default_value(engine),
      "engine: stock-flow or abm (agent-based)")(
      "scale", po::value(&scale)->default_value(scale),
      "abm: follow a 1-in-SCALE sample of the persons (outputs stay in persons)")(
      "replicates", po::value<long long>()->notifier([&](long long n) {
        replicates = n;
        replicates_given = true;
      }),
      "abm: run N replicates and write per variable their mean, sd, p05, p50 and p95, and the "
      "probability of each UWV tension class")(
      "variables", po::value(&common.variables),
      "variables to write, separated by commas, or all (overrides the scenario's [outputs])")(
      "keep-replicates", po::bool_switch(&keep_replicates),
      "with --replicates: also write every replicate to OUT.replicates.h5")(
      "seed",
      po::value<std::string>()->notifier([&](const std::string& text) { seed_text = text; }),
      "random seed (overrides the scenario's)")(
      "threads", po::value(&common.threads)->default_value(0), "worker threads (0: all cores)")(
      "compress", po::value(&compression)->default_value(1),
      "deflate level of the result file, 0 (off, fastest) to 9")(
      "lang", po::value(&lang)->default_value(lang),
      "language of the summary's outlook and defence lines: en or nl")(
      "quiet,q", po::bool_switch(&common.quiet), "print nothing but errors");
  if (auto stop = parse_arguments("run", "Runs a scenario and writes its results to an HDF5 file.",
                                  args, options, positional)) {
    return *stop;
  }
  if (out_given && common.out.empty()) return refuse_empty_out("run", "SCENARIO.h5");
  if (seed_text) {
    common.seed = seed_from_text(*seed_text);
    if (!common.seed) {
      std::cerr << "lmsim run: --seed must be a whole number from 0 to 9223372036854775807, not '"
                << *seed_text << "'\n";
      return kExitInvalidInput;
    }
  }
  const std::optional<outputs::Language> language = outputs::language_from_code(lang);
  if (!language) {
    std::cerr << "lmsim run: --lang must be en or nl, not '" << lang << "'\n";
    return kExitInvalidInput;
  }
  if (compression < 0 || compression > 9) {
    std::cerr << "lmsim run: --compress must lie in 0..9\n";
    return kExitInvalidInput;
  }
  if (engine != "stock-flow" && engine != "abm") {
    std::cerr << "lmsim run: unknown engine '" << engine << "' (available: stock-flow, abm)\n";
    return kExitInvalidInput;
  }
  if (scale < 1 || scale > kMaxScale) {
    std::cerr << "lmsim run: --scale must be a whole number from 1 (every person an agent) to "
              << kMaxScale << "\n";
    return kExitInvalidInput;
  }
  if (common.threads < 0) {
    std::cerr << "lmsim run: --threads must be 0 (all cores) or more\n";
    return kExitInvalidInput;
  }
  if (scale != 1 && engine != "abm") {
    std::cerr << "lmsim run: --scale applies to the agent-based engine (--engine abm)\n";
    return kExitInvalidInput;
  }
  if (replicates_given && (engine != "abm" || replicates < 1 || replicates > kMaxReplicates)) {
    std::cerr << "lmsim run: --replicates needs --engine abm and a number from 1 to "
              << kMaxReplicates << "\n";
    return kExitInvalidInput;
  }
  if (keep_replicates && !replicates_given) {
    std::cerr << "lmsim run: --keep-replicates needs --replicates N\n";
    return kExitInvalidInput;
  }
  std::unique_ptr<oneapi::tbb::global_control> threads;
  if (common.threads > 0) {
    threads = std::make_unique<oneapi::tbb::global_control>(
        oneapi::tbb::global_control::max_allowed_parallelism,
        static_cast<std::size_t>(common.threads));
  }
  if (common.out.empty())
    common.out = std::filesystem::path(common.scenario).stem().string() + ".h5";

  PreparedRun run = prepare_run(common);
  // Refuse the output files now, not after a long run.
  const std::vector<std::filesystem::path> inputs = input_files(run);
  std::vector<std::filesystem::path> outs = {common.out};
  if (keep_replicates) outs.push_back(replicates_path(common.out));
  for (const std::filesystem::path& out : outs) {
    AtomicOutput::check(out, common.overwrite);
    refuse_output_onto_inputs(out, inputs);
  }
  const auto started = std::chrono::steady_clock::now();
  const model::ModelParameters parameters =
      model::resolve_parameters(*run.parameters, run.scenario.time_axis());
  const TimeAxis time = run.scenario.time_axis();
  // An ensemble keeps every replicate in memory until its statistics are made: refuse one that
  // cannot fit, now rather than after the runs.
  if (replicates > 0) check_ensemble_memory(replicates, time.steps(), run.data->dims);
  const model::StockFlowModel engine_model(*run.data, parameters, time, std::move(run.levers));
  if (engine_model.calibration().residual > model::kCalibrationTolerance && !common.quiet) {
    std::fprintf(stderr,
                 "lmsim: warning: with these parameter values the first month is not stationary "
                 "(national residual %.2g); results start with a transient\n",
                 engine_model.calibration().residual);
  }
  std::vector<std::pair<std::string, std::string>> attributes = {
      {"title", run.scenario.title},
      {"Conventions", "CF-1.8"},
      {"institution", "lmsim"},
      {"source", "lmsim " + std::string(kVersion) + ", " + engine + " engine"},
      {"engine", engine},
      {"scale", std::to_string(engine == "abm" ? scale : 1)},
      {"lmsim_version", kVersion},
      {"scenario_file", run.scenario.file.string()},
      {"scenario", resolved_scenario_toml(run.scenario)},
      {"parameters", parameters_text(*run.parameters)},
      {"seed", std::to_string(run.scenario.seed)},
      {"calibration_residual", std::to_string(engine_model.calibration().residual)},
      {"data_dir", run.scenario.data_dir.string()},
      {"processes", process_order(engine, engine_model)},
      {"history", utc_now() + " created by lmsim run"},
      {"created", utc_now()}};
  for (auto& checksums : input_checksum_attributes(run)) attributes.push_back(std::move(checksums));
  for (auto& outlook : outlook_attributes(*run.data)) attributes.push_back(std::move(outlook));
  if (replicates > 0) attributes.emplace_back("replicates", std::to_string(replicates));
  const outputs::WriteOptions write_options{common.overwrite, compression};
  ResultSet results;
  ResultSet kept;  // the replicates, with --keep-replicates
  std::string summary_title = run.scenario.title;
  if (engine == "abm") {
    const auto runs = static_cast<std::uint32_t>(std::max(1LL, replicates));
    ProgressBar progress(static_cast<int>(runs) * time.steps(), !common.quiet);
    std::vector<ResultSet> each;
    for (std::uint32_t r = 0; r < runs; ++r) {
      model::Recorder recorder(engine_model, run.scenario.outputs.variables);
      run_agent_based(engine_model, {static_cast<std::uint32_t>(scale), run.scenario.seed, r},
                      recorder, progress, static_cast<int>(r) * time.steps());
      // Each run's values, not the statistics: an sd over replicates of which one has an
      // infinite tension is NaN by right.
      outputs::require_numbers(recorder.results());
      each.push_back(std::move(recorder.results()));
    }
    if (replicates == 0) {
      results = std::move(each.front());
    } else {
      results = outputs::replicate_statistics(each);
      if (keep_replicates) kept = outputs::stacked_replicates(std::move(each));
      summary_title += " (mean of " + std::to_string(replicates) + " replicates)";
    }
  } else {
    model::Recorder recorder(engine_model, run.scenario.outputs.variables);
    model::LabourMarketState state = engine_model.initial_state();
    engine_model.run(state,
                     [&](const model::LabourMarketState& s, int t) { recorder.observe(s, t); });
    outputs::require_numbers(recorder.results());
    results = std::move(recorder.results());
  }
  results.attributes = attributes;
  std::vector<outputs::FileToWrite> files = {{&results, common.out}};
  if (keep_replicates) {
    kept.attributes = attributes;
    files.push_back({&kept, replicates_path(common.out)});
  }
  outputs::write_hdf5_together(files, write_options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!common.quiet) {
    const ResultSet& central = replicates > 0 ? outputs::statistic_slice(results, "mean") : results;
    std::cout << outputs::summarise_run(central, summary_title, *language);
    std::printf("Wrote %s (%d %s) in %.2f s\n", common.out.c_str(), time.steps(),
                time.monthly() ? "months" : ("steps of " + run.scenario.time_step).c_str(),
                seconds);
    if (keep_replicates)
      std::printf("Wrote %s (%lld replicates)\n", replicates_path(common.out).c_str(), replicates);
  }
  return kExitSuccess;
}

}  // namespace lmsim::cli
