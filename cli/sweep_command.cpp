// lmsim sweep SWEEP.toml: runs a scenario at every point of a parameter design (either engine,
// with replicates for the agent-based one), keeps each point's annual outputs and writes them,
// with the parameters and their partial rank correlations with the outputs, to one HDF5 file.
// Finished points are journalled as they finish (OUT.partial), so an interrupted sweep resumes
// with --resume; under mpirun the points are shared out over the ranks. docs/sweep.md.
#include <oneapi/tbb/global_control.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>
#include <memory>

#include "cli/command.hpp"
#include "cli/progress_bar.hpp"
#include "cli/run_setup.hpp"
#include "cli/version.hpp"
#include "engine/atomic_output.hpp"
#include "engine/checksum.hpp"
#include "engine/scenario_provenance.hpp"
#include "engine/sweep/point_journal.hpp"
#include "engine/sweep/point_runner.hpp"
#include "engine/sweep/process_group.hpp"
#include "engine/sweep/sweep_plan.hpp"
#include "models/abm/agent_based_model.hpp"
#include "models/levers/lever.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/sweep_results.hpp"

namespace lmsim::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void request_stop(int signal_number) {
  g_stop.store(true);
  // A second signal ends the process at once (the journal stays consistent either way).
  std::signal(signal_number, SIG_DFL);
}

// Everything a sweep needs, read and checked once per process.
struct PreparedSweep {
  sweep::SweepSpec spec;
  PreparedRun run;
  std::uint64_t seed = 0;
  sweep::SweepPlan plan;
  outputs::SweepSummaryLayout layout;
  std::string fingerprint_text;
  // Per parameter of the spec: the scenario's lever whose key it sets, for those that name one.
  std::vector<std::optional<std::size_t>> lever_of_parameter;
};

// The parameter values of one point: the scenario's, with the point's values put in (each was
// checked against its bounds when the sweep file was read), and checked together.
std::unique_ptr<ParameterValues> point_parameters(const PreparedSweep& s, std::size_t point) {
  auto values = std::make_unique<ParameterValues>(*s.run.parameters);
  for (std::size_t j = 0; j < s.spec.parameters.size(); ++j) {
    const auto& p = s.spec.parameters[j];
    if (p.lever_key) continue;
    const double value =
        s.plan.values(static_cast<Eigen::Index>(point), static_cast<Eigen::Index>(j));
    if (const std::string problem = values->set(p.name, value); !problem.empty())
      throw InputError(p.where, "point " + std::to_string(point) + ": " + problem);
  }
  if (const std::string problem = model::check_parameter_combinations(*values); !problem.empty())
    throw InputError({s.spec.file.string(), 0, 0, "parameters"},
                     "point " + std::to_string(point) + ": " + problem);
  return values;
}

// The levers of one point: the scenario's, with the keys that lever parameters name set to the
// point's values, each checked by the lever's own reader (its ranges apply).
model::LeverList point_levers(const PreparedSweep& s, std::size_t point) {
  std::vector<LeverEntry> entries = s.run.scenario.levers;
  for (std::size_t j = 0; j < s.spec.parameters.size(); ++j) {
    const auto& p = s.spec.parameters[j];
    if (!p.lever_key) continue;
    entries[*s.lever_of_parameter[j]].set_number(
        p.lever_key->key,
        s.plan.values(static_cast<Eigen::Index>(point), static_cast<Eigen::Index>(j)));
  }
  try {
    return model::build_levers(entries, *s.run.data);
  } catch (const InputError& error) {
    const std::string refusal = error.what();
    throw InputError({s.spec.file.string(), 0, 0, "parameters"},
                     "point " + std::to_string(point) +
                         ": the scenario's levers refuse the point's values: " + refusal);
  }
}

bool varies_levers(const sweep::SweepSpec& spec) {
  return std::any_of(spec.parameters.begin(), spec.parameters.end(),
                     [](const sweep::UncertainParameter& p) { return p.lever_key.has_value(); });
}

// Finds the lever of each parameter that names a lever key.
std::vector<std::optional<std::size_t>> resolve_lever_parameters(const sweep::SweepSpec& spec,
                                                                 const Scenario& scenario) {
  std::vector<std::optional<std::size_t>> levers;
  for (const auto& p : spec.parameters) {
    levers.push_back(p.lever_key ? std::optional<std::size_t>(sweep::resolve_lever_key(
                                       *p.lever_key, p.where, scenario.levers, model::lever_keys))
                                 : std::nullopt);
  }
  return levers;
}

PreparedSweep prepare_sweep(const std::string& file, const std::string& data_dir) {
  PreparedSweep s;
  s.spec = sweep::load_sweep(file, model::model_parameter_registry());
  CommonOptions common;
  common.scenario = s.spec.scenario.string();
  common.data_dir = data_dir;
  s.run = prepare_run(common);
  s.seed = s.spec.seed.value_or(s.run.scenario.seed);
  s.plan = sweep::plan_sweep(s.spec, s.seed);
  s.lever_of_parameter = resolve_lever_parameters(s.spec, s.run.scenario);
  // Every point's parameter values (and lever keys) are checked now, so that a combination the
  // model refuses stops the sweep before any work, not at the point that has it.
  for (Eigen::Index p = 0; p < s.plan.values.rows(); ++p) {
    static_cast<void>(point_parameters(s, static_cast<std::size_t>(p)));
    if (varies_levers(s.spec)) static_cast<void>(point_levers(s, static_cast<std::size_t>(p)));
  }
  const TimeAxis time = s.run.scenario.time_axis();
  for (int y = time.first_year(); y <= time.last_year(); ++y) s.layout.years.push_back(y);
  s.layout.regions = s.run.data->dims.regions.codes();
  s.layout.region_names = s.run.data->dims.region_names;
  s.fingerprint_text = std::string(kVersion) + "\n" + s.spec.text + "\n" +
                       resolved_scenario_toml(s.run.scenario) + "\n" +
                       data_checksums_text(*s.run.data) + checksums_text(s.run.lever_inputs) +
                       "\nseed " + std::to_string(s.seed);
  return s;
}

// One point: the scenario run with the point's parameters (every replicate, for the
// agent-based engine), reduced to its annual outputs and the calibration residual.
std::vector<double> run_point(const PreparedSweep& s, std::size_t point) {
  const auto values = point_parameters(s, point);
  const model::ModelParameters parameters =
      model::resolve_parameters(*values, s.run.scenario.time_axis());
  const TimeAxis time = s.run.scenario.time_axis();
  const model::StockFlowModel engine_model(*s.run.data, parameters, time, point_levers(s, point));
  std::vector<std::vector<double>> replicates;
  for (std::uint32_t r = 0; r < s.spec.replicates; ++r) {
    model::Recorder recorder(engine_model);
    if (s.spec.engine == "abm") {
      // Every point uses the same seed and replicate numbers: common random numbers, so that
      // points differ by their parameters, not by their draws.
      model::abm::AgentBasedModel abm(engine_model.description(),
                                      {static_cast<std::uint32_t>(s.spec.scale), s.seed, r});
      model::LabourMarketState state = abm.initial_state();
      abm.run(state, [&](const model::LabourMarketState& st, int t) { recorder.observe(st, t); });
    } else {
      model::LabourMarketState state = engine_model.initial_state();
      engine_model.run(state,
                       [&](const model::LabourMarketState& st, int t) { recorder.observe(st, t); });
    }
    replicates.push_back(outputs::summarise_point(recorder.results(), s.layout));
  }
  std::vector<double> result = outputs::mean_of_replicates(replicates);
  result.push_back(engine_model.calibration().residual);
  return result;
}

// OUT.partial beside the result file; where that name passes the file system's limit (an --out
// of 250 bytes is legal), a short name made from a checksum of the result's name, so that any
// --out the file system accepts works (docs/sweep.md).
std::filesystem::path journal_path(const std::filesystem::path& out) {
  std::filesystem::path path = out;
  path += ".partial";
  const std::filesystem::path folder = out.has_parent_path() ? out.parent_path() : ".";
  const long name_max = ::pathconf(folder.c_str(), _PC_NAME_MAX);
  if (name_max <= 0 || path.filename().string().size() <= static_cast<std::size_t>(name_max)) {
    return path;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(fnv1a(out.filename().string())));
  return folder / (std::string(".lmsim.partial.") + hex);
}

// The journal to append to: a new one, or that of the interrupted sweep (--resume), whose
// finished points go into `done`.
sweep::PointJournal open_journal(const std::filesystem::path& out, bool resume, bool overwrite,
                                 const sweep::JournalHeader& header,
                                 std::map<std::size_t, std::vector<double>>& done) {
  const std::filesystem::path path = journal_path(out);
  if (resume) return sweep::PointJournal::resume(path, header, done);
  return sweep::PointJournal::create(
      path, header, overwrite ? sweep::IfJournalExists::kReplace : sweep::IfJournalExists::kRefuse);
}

ResultSet assemble(const PreparedSweep& s, const std::map<std::size_t, std::vector<double>>& done,
                   double seconds) {
  std::vector<std::vector<double>> summaries;
  std::vector<double> residuals;
  for (const auto& [point, values] : done) {
    summaries.emplace_back(values.begin(), values.end() - 1);
    residuals.push_back(values.back());
  }
  std::vector<outputs::SweepParameter> parameters;
  for (const auto& p : s.spec.parameters) {
    const ParameterSpec* spec = model::model_parameter_registry().find(p.name);
    // A lever key's unit is the lever's (docs/levers.md); the registry knows model parameters.
    parameters.push_back(
        {p.name, spec != nullptr ? spec->unit : "as in the lever", p.distribution.describe()});
  }
  ResultSet set =
      outputs::sweep_result_set(s.layout, parameters, s.plan.unit, s.plan.values, summaries);
  Variable residual{"calibration_residual",
                    {"point"},
                    residuals,
                    "1",
                    "worst relative national error of the first month (0: stationary start)",
                    "kalibratiefout van de eerste maand"};
  set.variables.push_back(std::move(residual));
  set.attributes = {
      {"Conventions", "CF-1.8"},
      {"institution", "lmsim"},
      {"source", "lmsim " + std::string(kVersion) + " sweep, " + s.spec.engine + " engine"},
      {"lmsim_version", kVersion},
      {"sweep_file", s.spec.file.string()},
      {"sweep", s.spec.text},
      {"scenario_file", s.run.scenario.file.string()},
      {"scenario", resolved_scenario_toml(s.run.scenario)},
      {"engine", s.spec.engine},
      {"design", sweep::design_name(s.spec.design)},
      {"points", std::to_string(s.spec.points)},
      {"replicates", std::to_string(s.spec.replicates)},
      {"scale", std::to_string(s.spec.scale)},
      {"seed", std::to_string(s.seed)},
      {"data_dir", s.run.scenario.data_dir.string()},
      {"sensitivity", "prcc: partial rank correlation coefficients (docs/sweep.md)"},
      {"history", utc_now() + " created by lmsim sweep"},
      {"created", utc_now()},
      {"compute_seconds", std::to_string(seconds)}};
  // The sweep's own title, else the scenario's (marked where the scenario inherits it), and the
  // scenario's description.
  if (!s.spec.title.empty()) {
    set.attributes.emplace_back("title", s.spec.title);
  } else {
    for (auto& text : title_attributes(s.run.scenario)) set.attributes.push_back(std::move(text));
  }
  for (auto& text : description_attributes(s.run.scenario))
    set.attributes.push_back(std::move(text));
  for (auto& checksums : input_checksum_attributes(s.run))
    set.attributes.push_back(std::move(checksums));
  return set;
}

// The test hook of docs/testing.md: LMSIM_SWEEP_KILL_AFTER=K sends the process a signal right
// after the K-th point it journals: SIGKILL (an unannounced `kill -9` or power cut), or the
// signal LMSIM_SWEEP_KILL_SIGNAL names (TERM or INT, as a batch scheduler or Ctrl-C would).
struct KillHook {
  long after = -1;
  int signal_number = SIGKILL;
};

KillHook kill_hook() {
  KillHook hook;
  if (const char* after = std::getenv("LMSIM_SWEEP_KILL_AFTER")) hook.after = std::atol(after);
  if (const char* name = std::getenv("LMSIM_SWEEP_KILL_SIGNAL")) {
    const std::string signal_name = name;
    if (signal_name == "TERM") hook.signal_number = SIGTERM;
    if (signal_name == "INT") hook.signal_number = SIGINT;
  }
  return hook;
}

}  // namespace

int sweep_command(const Arguments& args) {
  std::string file;
  std::string out;
  std::string data_dir;
  bool overwrite = false;
  bool resume = false;
  bool quiet = false;
  int threads = 0;
  bool out_given = false;  // an empty --out ("") must not fall back to the default name
  po::options_description options("sweep options");
  po::positional_options_description positional;
  options.add_options()("sweep", po::value(&file)->required(), "sweep file (TOML)")(
      "out,o", po::value(&out)->notifier([&](const std::string&) { out_given = true; }),
      "result file (HDF5); default: SWEEP name with .h5 in the current folder")(
      "overwrite", po::bool_switch(&overwrite),
      "replace an existing result file (and the journal of an interrupted sweep)")(
      "resume", po::bool_switch(&resume),
      "finish an interrupted sweep: run only the points missing from OUT.partial")(
      "data-dir", po::value(&data_dir), "data directory, overriding the scenario's data_dir")(
      "threads", po::value(&threads)->default_value(0),
      "worker threads per process (0: all cores)")("quiet,q", po::bool_switch(&quiet),
                                                   "print nothing but errors");
  positional.add("sweep", 1);
  if (auto stop = parse_arguments("sweep",
                                  "Runs a scenario at every point of a parameter design and "
                                  "writes the outputs and their sensitivities to HDF5.",
                                  args, options, positional)) {
    return *stop;
  }
  if (threads < 0) {
    std::cerr << "lmsim sweep: --threads must be 0 (all cores) or more\n";
    return kExitInvalidInput;
  }
  if (out_given && out.empty()) return refuse_empty_out("sweep", "SWEEP.h5");
  if (out.empty()) out = std::filesystem::path(file).stem().string() + ".h5";
  const sweep::ProcessGroup group;
  const auto thread_limit = limit_threads(threads);
  const auto started = std::chrono::steady_clock::now();

  // Every rank reads the input itself. All must succeed and read the same sweep, scenario and
  // data, or all stop: a rank that cannot read it says why (under mpirun the files may not be
  // on a file system every node sees).
  std::optional<PreparedSweep> prepared;
  std::exception_ptr problem;
  try {
    prepared.emplace(prepare_sweep(file, data_dir));
  } catch (const std::exception& error) {
    problem = std::current_exception();
    if (!group.leader())
      std::cerr << "lmsim sweep (rank " << group.rank() << "): " << error.what() << "\n";
  }
  const std::uint64_t fingerprint = prepared ? fnv1a(prepared->fingerprint_text) : 0;
  if (!group.all_agree(prepared.has_value())) {
    if (problem && group.leader()) std::rethrow_exception(problem);
    if (group.leader())
      std::cerr << "lmsim sweep: another rank could not read the sweep (its message is above)\n";
    return kExitInvalidInput;
  }
  if (!group.same_everywhere(fingerprint)) {
    if (group.leader()) {
      std::cerr << "lmsim sweep: the ranks read different sweep files, scenarios or data sets "
                   "under the same names; put them on a file system every node sees\n";
    }
    return kExitInvalidInput;
  }
  PreparedSweep& s = *prepared;
  const std::size_t points = s.plan.values.rows();
  const sweep::JournalHeader header{fingerprint, points, s.layout.values_per_point() + 1};

  std::map<std::size_t, std::vector<double>> done;
  std::optional<sweep::PointJournal> journal;
  std::vector<std::size_t> todo;
  bool ready = true;
  if (group.leader()) {
    try {
      AtomicOutput::check(out, overwrite);
      std::vector<std::filesystem::path> inputs = input_files(s.run);
      inputs.push_back(s.spec.file);
      refuse_output_onto_inputs(out, inputs);
      refuse_output_onto_inputs(journal_path(out), inputs);
      journal.emplace(open_journal(out, resume, overwrite, header, done));
      for (std::size_t p = 0; p < points; ++p)
        if (done.count(p) == 0) todo.push_back(p);
    } catch (...) {
      ready = false;
      group.agree(false);
      throw;
    }
  }
  if (!group.agree(ready)) return kExitInvalidInput;
  todo = group.broadcast(todo);

  if (!group.distributed()) {
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
      // A signal the caller ignores stays ignored (nohup).
      if (std::signal(signal_number, request_stop) == SIG_IGN) std::signal(signal_number, SIG_IGN);
    }
  }
  ProgressBar progress(static_cast<int>(todo.size()), group.leader() && !quiet, "point");
  const KillHook hook = kill_hook();
  long journalled = 0;
  const bool finished = sweep::run_points(
      group, todo, [&](std::size_t point) { return run_point(s, point); },
      [&](std::size_t point, const std::vector<double>& values) {
        journal->append(point, values);
        done.emplace(point, values);
        if (++journalled == hook.after) std::raise(hook.signal_number);
        progress.update(static_cast<int>(journalled), 1);
      },
      g_stop);
  install_temporary_file_cleanup();
  if (!group.leader()) return kExitSuccess;
  if (!finished) {
    std::cerr << "lmsim sweep: interrupted with " << done.size() << " of " << points
              << " points done (kept in " << journal->path().string()
              << "); finish with: lmsim sweep " << file << " --out " << out << " --resume\n";
    return 130;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const ResultSet results = assemble(s, done, seconds);
  outputs::write_hdf5(results, out, {overwrite, 1});
  journal->remove();
  if (!quiet) {
    std::printf(
        "lmsim sweep: %zu points (%s design, %s engine%s) of %s in %.1f s (%zu run now, "
        "%d process%s)\n",
        points, sweep::design_name(s.spec.design), s.spec.engine.c_str(),
        s.spec.engine == "abm"
            ? (", " + std::to_string(s.spec.replicates) + " replicates per point").c_str()
            : "",
        s.run.scenario.title.c_str(), seconds, todo.size(), group.size(),
        group.size() == 1 ? "" : "es");
    std::cout << outputs::format_sensitivity(results);
    const auto& residuals = results.variable("calibration_residual").data;
    const auto transient = std::count_if(residuals.begin(), residuals.end(),
                                         [](double r) { return r > model::kCalibrationTolerance; });
    if (transient > 0) {
      std::printf(
          "%ld of %zu points start with a transient: with their parameter values the "
          "first month is not stationary (calibration_residual above %g)\n",
          static_cast<long>(transient), points, model::kCalibrationTolerance);
    }
    std::printf("Wrote %s\n", out.c_str());
  }
  return kExitSuccess;
}

}  // namespace lmsim::cli
