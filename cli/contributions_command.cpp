// lmsim contributions SCENARIO: how much of a scenario's effect each of its levers gives. Runs
// the stock-flow engine on the scenario without any lever (the base), with all its levers and
// once without each lever, and splits the effect (full - base) per year, for the country and per
// region x occupation, into one contribution per lever (full - the run without it) and the
// interaction of the levers (the rest): outputs/lever_contributions.hpp, docs/compare.md.
#include <oneapi/tbb/global_control.h>

#include <cstddef>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/command.hpp"
#include "cli/run_setup.hpp"
#include "engine/error.hpp"
#include "engine/lever_summary.hpp"
#include "engine/scenario_provenance.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "outputs/comparison.hpp"
#include "outputs/finite_check.hpp"
#include "outputs/lever_contributions.hpp"

namespace lmsim::cli {
namespace {

constexpr const char* kContributionsSummary =
    "Splits the effect of a scenario's levers: runs the stock-flow engine on the scenario "
    "without\nany lever (base), with all its levers (full) and once without each lever, and "
    "shows per year\nthe annual means of employed, vacancies and shortage in base and full, each "
    "lever's\ncontribution (full - the run without that lever) and the interaction of the levers "
    "(the effect\nfull - base less the sum of the contributions), for the country and per region x "
    "occupation.";

// lmsim contributions' command line, as typed and then checked.
struct ContributionsRequest {
  CommonOptions common;
  std::vector<int> years;
  std::vector<std::string> regions;
  std::vector<std::string> occupations;
  std::string groups;  // a user's region groups file; empty: none
  std::string format = "table";
  std::string figure = "employed";
  std::optional<int> top;  // absent: the format's default
  // Checked:
  TableFormat table_format = TableFormat::kText;
  outputs::SplitFigure split_figure = outputs::SplitFigure::kEmployed;
  std::size_t rows = 0;
};

std::optional<int> parse_contributions_arguments(const Arguments& args,
                                                 ContributionsRequest& request) {
  po::options_description options("contributions options");
  po::positional_options_description positional;
  add_scenario_options(options, positional, request.common);
  options.add_options()("year", po::value(&request.years)->composing(),
                        "year to show (repeatable; default: the last)")(
      "region", po::value(&request.regions)->composing(),
      "only this region or region group (a province such as PV-UT, or one of --groups) in the "
      "cell rows, by code or name (repeatable)")(
      "groups", po::value(&request.groups),
      "your own region groups: a CSV file with columns code, name, regions")(
      "occupation", po::value(&request.occupations)->composing(),
      "only this occupation in the cell rows, by code or name (repeatable)")(
      "figure", po::value(&request.figure)->default_value(request.figure),
      "figure that ranks the cell rows and is split in them: employed, vacancies or shortage")(
      "format", po::value(&request.format)->default_value(request.format), "table or csv")(
      "top", po::value<int>()->notifier([&](int rows) { request.top = rows; }),
      "cell rows per year, largest effect first (default: 20 in a table, all in csv; 0: all)")(
      "threads", po::value(&request.common.threads)->default_value(0),
      "worker threads (0: all cores)")("quiet,q", po::bool_switch(&request.common.quiet),
                                       "print no progress lines");
  return parse_arguments("contributions", kContributionsSummary, args, options, positional);
}

// Checks the options that need no file; prints the first problem and returns the exit code of
// invalid input when there is one.
std::optional<int> check_contributions_request(ContributionsRequest& request) {
  if (request.format == "csv") {
    request.table_format = TableFormat::kCsv;
  } else if (request.format != "table") {
    std::cerr << "lmsim contributions: --format must be table or csv, not '" << request.format
              << "'\n";
    return kExitInvalidInput;
  }
  const auto figure = outputs::split_figure_from_name(request.figure);
  if (!figure) {
    std::cerr << "lmsim contributions: --figure must be employed, vacancies or shortage, not '"
              << request.figure << "'\n";
    return kExitInvalidInput;
  }
  request.split_figure = *figure;
  if (request.top && *request.top < 0) {
    std::cerr << "lmsim contributions: --top must be 0 (all rows) or more\n";
    return kExitInvalidInput;
  }
  if (request.common.threads < 0) {
    std::cerr << "lmsim contributions: --threads must be 0 (all cores) or more\n";
    return kExitInvalidInput;
  }
  request.rows = request.top ? static_cast<std::size_t>(*request.top)
                             : (request.table_format == TableFormat::kText ? 20 : 0);
  return std::nullopt;
}

// A scenario without levers has no effect to split: say so before any run.
void require_levers(const PreparedRun& run) {
  if (run.scenario.levers.empty()) {
    throw InputError({run.scenario.file.string(), 0, 0, "levers"},
                     "the scenario has no levers (no [[levers]] table in it or its bases), so "
                     "there is no effect to split; give a scenario with levers");
  }
}

// One line per lever, as lmsim info and lmsim compare list them; the lever's type alone where
// the summary cannot be made.
std::vector<std::string> lever_lines(const Scenario& scenario) {
  const auto summaries = lever_summaries(resolved_scenario_toml(scenario));
  if (summaries && summaries->size() == scenario.levers.size()) return *summaries;
  std::vector<std::string> types;
  for (const LeverEntry& lever : scenario.levers) types.push_back(lever.type);
  return types;
}

// The levers of the scenario but the one at `left_out`.
std::vector<LeverEntry> levers_without(const std::vector<LeverEntry>& levers,
                                       std::size_t left_out) {
  std::vector<LeverEntry> kept;
  for (std::size_t i = 0; i < levers.size(); ++i)
    if (i != left_out) kept.push_back(levers[i]);
  return kept;
}

// Runs the stock-flow engine with the given levers, recording the figures compare needs.
ResultSet run_with_levers(const PreparedRun& run, const model::ModelParameters& parameters,
                          const TimeAxis& time, const std::vector<LeverEntry>& levers) {
  const model::StockFlowModel engine_model(*run.data, parameters, time,
                                           model::build_levers(levers, *run.data));
  std::vector<std::string> variables = outputs::kComparedVariables;
  variables.insert(variables.end(), outputs::kOptionalComparedVariables.begin(),
                   outputs::kOptionalComparedVariables.end());
  model::Recorder recorder(engine_model, variables);
  model::LabourMarketState state = engine_model.initial_state();
  engine_model.run(state,
                   [&](const model::LabourMarketState& s, int t) { recorder.observe(s, t); });
  outputs::require_numbers(recorder.results());
  // What compare checks to see that two results are comparable.
  recorder.results().attributes = {{"data_checksums", data_checksums_text(*run.data)}};
  return std::move(recorder.results());
}

// "run 3 of 7: without lever 1 (defence_expansion)" on stderr, unless quiet.
void report_progress(const ContributionsRequest& request, std::size_t run, std::size_t runs,
                     const std::string& what) {
  if (request.common.quiet) return;
  std::cerr << "lmsim contributions: run " << run << " of " << runs << ": " << what << "\n";
}

// The scenario's title and file, for the table's header; a title inherited from a base says so,
// as lmsim compare's header does, so that the scenario is not read as its base.
std::string scenario_label(const Scenario& scenario) {
  std::string file = scenario.file.filename().string();
  if (scenario.title.empty()) return file;
  for (const auto& [key, value] : title_attributes(scenario))
    if (key == "title_inherited_from") file += ", title inherited from " + value;
  return "\"" + scenario.title + "\" (" + file + ")";
}

}  // namespace

int contributions_command(const Arguments& args) {
  ContributionsRequest request;
  if (auto stop = parse_contributions_arguments(args, request)) return *stop;
  if (auto stop = check_contributions_request(request)) return *stop;
  std::unique_ptr<oneapi::tbb::global_control> threads;
  if (request.common.threads > 0) {
    threads = std::make_unique<oneapi::tbb::global_control>(
        oneapi::tbb::global_control::max_allowed_parallelism,
        static_cast<std::size_t>(request.common.threads));
  }
  const PreparedRun run = prepare_run(request.common);
  require_levers(run);
  const std::vector<LeverEntry>& levers = run.scenario.levers;
  const std::vector<std::string> lines = lever_lines(run.scenario);
  const TimeAxis time = run.scenario.time_axis();
  const model::ModelParameters parameters = model::resolve_parameters(*run.parameters, time);
  const std::size_t runs = levers.size() + 2;
  const outputs::ComparisonRequest compared{request.years, request.regions, request.occupations};
  // The provinces of the scenario's data set and the user's groups (docs/data.md).
  const std::vector<outputs::RegionGroup> groups =
      request.regions.empty() ? std::vector<outputs::RegionGroup>{}
                              : outputs::load_region_groups(run.scenario.data_dir, request.groups);

  report_progress(request, 1, runs, "the scenario without levers (base)");
  const ResultSet base = run_with_levers(run, parameters, time, {});
  // The years, regions and occupations asked for are checked now, not after every run.
  outputs::compare_results({&base, "base"}, {&base, "base"}, compared, groups);

  report_progress(request, 2, runs,
                  "the scenario with its " + std::to_string(levers.size()) +
                      (levers.size() == 1 ? " lever" : " levers") + " (full)");
  const ResultSet full = run_with_levers(run, parameters, time, levers);
  const auto full_effect =
      outputs::compare_results({&base, "base"}, {&full, "full"}, compared, groups);

  std::vector<std::vector<outputs::YearComparison>> without;
  for (std::size_t i = 0; i < levers.size(); ++i) {
    report_progress(request, i + 3, runs,
                    "without lever " + std::to_string(i + 1) + " (" + levers[i].type + ")");
    const ResultSet left_out = run_with_levers(run, parameters, time, levers_without(levers, i));
    without.push_back(
        outputs::compare_results({&base, "base"}, {&left_out, "without"}, compared, groups));
  }

  const auto split = outputs::split_by_lever(full_effect, without, request.split_figure);
  std::cout << outputs::format_lever_split(split, request.table_format, request.rows,
                                           scenario_label(run.scenario), lines,
                                           request.split_figure);
  return kExitSuccess;
}

}  // namespace lmsim::cli
