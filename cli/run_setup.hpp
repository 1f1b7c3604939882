// What run and validate share: the common options, and reading a scenario with its parameters
// and data set (all checks happen here, before any work).
#pragma once

#include <boost/program_options.hpp>
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
  std::string out;
  bool overwrite = false;
  std::optional<std::uint64_t> seed;
  int threads = 0;
  bool quiet = false;
};

// Adds the options shared by the subcommands that read a scenario.
void add_scenario_options(po::options_description& options,
                          po::positional_options_description& positional, CommonOptions& common);

struct PreparedRun {
  Scenario scenario;
  std::unique_ptr<ParameterValues> parameters;
  std::unique_ptr<model::DataSet> data;
  model::LeverList levers;
};

// Loads and checks everything a run needs; throws InputError on any problem.
PreparedRun prepare_run(const CommonOptions& options);

// The data set's files with their FNV-1a checksums, one "file fnv1a64:HEX" line each, as result
// files record them.
std::string data_checksums_text(const model::DataSet& data);
// The time now in UTC as ISO 8601 ("2026-11-28T12:00:00Z"), for result files' history.
std::string utc_now();

// Parses args into the variables bound to `options`; returns an exit code when the command
// should stop now (help printed or usage error), nothing when it should go on.
std::optional<int> parse_arguments(const std::string& command, const std::string& summary,
                                   const std::vector<std::string>& args,
                                   po::options_description& options,
                                   const po::positional_options_description& positional);

}  // namespace lmsim::cli
