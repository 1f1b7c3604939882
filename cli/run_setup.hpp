// What run and validate share: the common options, and reading a scenario with its parameters
// and data set (all checks happen here, before any work).
#pragma once

#include <oneapi/tbb/global_control.h>

#include <boost/program_options.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "engine/parameter_registry.hpp"
#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"

namespace lmsim::cli {

namespace po = boost::program_options;

struct CommonOptions {
  std::string scenario;
  std::string data_dir;
  std::string network;  // overrides [occupational_network] network
  // overrides [outputs] variables: names separated by commas, or "all"; empty: the scenario's
  std::string variables;
  std::string out;
  bool overwrite = false;
  std::optional<std::uint64_t> seed;
  int threads = 0;
  bool quiet = false;
};

// A seed typed on the command line: a whole number from 0 to kMaxSeed (2^63 - 1), or
// nothing. Boost's own
// conversion to an unsigned number would take "-1" as 2^64 - 1.
std::optional<std::uint64_t> seed_from_text(const std::string& text);

// For `--out ""`: says that the name is empty (the command would otherwise write under its
// default name, default_name) and returns the exit code of invalid input.
int refuse_empty_out(const std::string& command, const std::string& default_name);

// Adds the options shared by the subcommands that read a scenario.
void add_scenario_options(po::options_description& options,
                          po::positional_options_description& positional, CommonOptions& common);

struct PreparedRun {
  Scenario scenario;
  std::unique_ptr<ParameterValues> parameters;
  std::unique_ptr<model::DataSet> data;
  model::LeverList levers;
  // Files of the data directory that levers read (not part of the data set, so that runs with
  // and without such a lever remain comparable), with their checksums.
  std::map<std::string, std::uint64_t> lever_inputs;
};

// Loads and checks everything a run needs; throws InputError on any problem.
PreparedRun prepare_run(const CommonOptions& options);

// Files with their FNV-1a checksums, one "file fnv1a64:HEX" line each, as result files record
// them (data_checksums, lever_input_checksums).
std::string checksums_text(const std::map<std::string, std::uint64_t>& checksums);
inline std::string data_checksums_text(const model::DataSet& data) {
  return checksums_text(data.checksums);
}
// The run's attributes that record its inputs' checksums: data_checksums, and
// lever_input_checksums where a lever read a file.
std::vector<std::pair<std::string, std::string>> input_checksum_attributes(const PreparedRun& run);
// Every file the run read: the scenario and its bases, the data files and the files levers read.
std::vector<std::filesystem::path> input_files(const PreparedRun& run);
// Holds the engines to `threads` worker threads while the returned object lives (--threads); 0:
// all cores.
std::unique_ptr<oneapi::tbb::global_control> limit_threads(int threads);
// The time now in UTC as ISO 8601 ("2026-11-28T12:00:00Z"), for result files' history.
std::string utc_now();

// Parses args into the variables bound to `options`; returns an exit code when the command
// should stop now (help printed or usage error), nothing when it should go on.
std::optional<int> parse_arguments(const std::string& command, const std::string& summary,
                                   const std::vector<std::string>& args,
                                   po::options_description& options,
                                   const po::positional_options_description& positional);

}  // namespace lmsim::cli
