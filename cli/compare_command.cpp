// lmsim compare BASE.h5 OTHER.h5: compares two result files of the same data set and start, over
// the years both hold, per year, region and occupation (employed, vacancies, shortage, tension),
// largest impact first, under the levers of both scenarios.
#include <iostream>
#include <optional>

#include "cli/command.hpp"
#include "cli/region_options.hpp"
#include "cli/run_setup.hpp"
#include "engine/error.hpp"
#include "outputs/comparison.hpp"
#include "outputs/ensemble.hpp"
#include "outputs/paired_differences.hpp"
#include "outputs/result_file_reader.hpp"
#include "outputs/stored_levers.hpp"

namespace lmsim::cli {
namespace {

constexpr const char* kCompareSummary =
    "Compares two result files of the same data set and start, over the years both hold: per\n"
    "year, region and occupation the annual means of employed, vacancies, shortage and tension in\n"
    "BASE and OTHER and their change, largest change in shortage first, and the fill rate of the\n"
    "defence formation, under the levers of both scenarios. Two files of replicates\n"
    "(--keep-replicates) also get each change's 95% interval over the replicate pairs, and\n"
    "\"within the noise\" where it contains 0.";

std::string attribute_or_empty(const ResultSet& results, const std::string& name) {
  for (const auto& [key, value] : results.attributes)
    if (key == name) return value;
  return "";
}

// A file's title and name; a title the scenario inherited says so (docs/scenarios.md, "Title and
// description"), so that a scenario of one's own is not read as its base.
std::string label(const ResultSet& results, const std::string& file) {
  const std::string title = attribute_or_empty(results, "title");
  if (title.empty()) return file;
  const std::string base = attribute_or_empty(results, "title_inherited_from");
  return "\"" + title + "\" (" + file + (base.empty() ? "" : ", title inherited from " + base) +
         ")";
}

// A sweep file (lmsim sweep) holds points, not months: compare refuses it with a pointer to the
// command that reads it, not with the message about a run's missing variable.
void refuse_sweep_file(const std::string& file) {
  ResultSet whole;
  try {
    whole = outputs::read_whole_result_file(file);
  } catch (const InputError&) {
    return;  // not readable as a whole either: the first message stands
  }
  for (const Dimension& d : whole.dimensions) {
    if (d.name == "point") {
      throw InputError({file, 0, 0, ""},
                       "a sweep file (lmsim sweep), not a run's result file: compare needs two "
                       "result files of lmsim run; lmsim report " +
                           file + " --out DIR shows the sweep's range of outcomes");
    }
  }
}

ResultSet read_compared_file(const std::string& file) {
  try {
    return outputs::read_result_file(file, outputs::kComparedVariables,
                                     outputs::kOptionalComparedVariables);
  } catch (const InputError&) {
    refuse_sweep_file(file);
    throw;
  }
}

std::size_t replicates_in(const ResultSet& results) {
  for (const Dimension& d : results.dimensions)
    if (d.name == "replicate") return d.size();
  return 0;
}

// A file of replicate statistics (lmsim run --replicates without --keep-replicates).
bool holds_statistics(const ResultSet& results) {
  for (const Dimension& d : results.dimensions)
    if (d.name == "statistic") return true;
  return false;
}

// Two files of replicates (lmsim run --keep-replicates) are also compared replicate by
// replicate: the distribution of the scenario's effect under common random numbers, and whether
// it is within the noise (outputs/paired_differences.hpp). A file of replicate statistics says
// why it has no such section.
std::string replicate_by_replicate(const ResultSet& base, const ResultSet& other,
                                   const std::vector<std::string>& files,
                                   const outputs::ComparisonRequest& request,
                                   const std::vector<outputs::RegionGroup>& groups,
                                   TableFormat format, std::size_t rows) {
  const std::size_t n = replicates_in(base);
  if (holds_statistics(base)) return "\n" + outputs::statistics_only_notice(files[0]) + "\n";
  if (holds_statistics(other)) return "\n" + outputs::statistics_only_notice(files[1]) + "\n";
  if (n == 0 || replicates_in(other) == 0) return "";
  if (replicates_in(other) != n) {
    return "\nNo replicate-by-replicate comparison: the files hold " + std::to_string(n) + " and " +
           std::to_string(replicates_in(other)) + " replicates.\n";
  }
  // Common random numbers pair replicate r with replicate r only for runs of the same engine,
  // seed and scale.
  for (const char* name : {"engine", "seed", "scale"}) {
    const std::string a = attribute_or_empty(base, name);
    const std::string b = attribute_or_empty(other, name);
    if (a != b) {
      return "\nNo replicate-by-replicate comparison: the runs differ in " + std::string(name) +
             " (" + a + " and " + b + "), so their replicates share no random numbers.\n";
    }
  }
  std::vector<std::vector<outputs::YearComparison>> per_replicate;
  for (std::size_t r = 0; r < n; ++r) {
    const ResultSet b = outputs::replicate_slice(base, r);
    const ResultSet o = outputs::replicate_slice(other, r);
    per_replicate.push_back(
        outputs::compare_results({&b, files[0]}, {&o, files[1]}, request, groups));
  }
  return outputs::format_changes_by_replicate(outputs::changes_by_replicate(per_replicate), format,
                                              rows);
}

}  // namespace

int compare_command(const Arguments& args) {
  std::vector<std::string> files;
  std::vector<std::string> regions;
  std::vector<std::string> occupations;
  std::vector<int> years;
  std::string format = "table";
  std::optional<int> top;  // absent: the format's default
  po::options_description visible("compare options");
  GroupOptions group_options;
  visible.add_options()("region", po::value(&regions)->composing(),
                        "only this region or group (a province such as PV-UT, or one of "
                        "--groups), by code or name, or several separated by commas; each gets a "
                        "subtotal (repeatable)")(
      "occupation", po::value(&occupations)->composing(),
      "only this occupation, by code or name (repeatable)")(
      "year", po::value(&years)->composing(),
      "year to compare (repeatable; default: the last year both files hold)")(
      "format", po::value(&format)->default_value(format), "table, csv or markdown")(
      "top", po::value<int>()->notifier([&](int rows) { top = rows; }),
      "rows per year, largest impact first (default: 20 in a table, all in csv and markdown; 0: "
      "all)");
  add_group_options(visible, group_options);
  po::options_description options;
  options.add_options()("files", po::value(&files), "BASE.h5 and OTHER.h5");
  options.add(visible);
  po::positional_options_description positional;
  positional.add("files", 2);
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << "usage: lmsim compare BASE.h5 OTHER.h5 [options]\n"
                << kCompareSummary << "\n\n"
                << visible << "  -h [ --help ]         show this help\n";
      return kExitSuccess;
    }
  }
  if (auto stop = parse_arguments("compare", kCompareSummary, args, options, positional))
    return *stop;
  if (files.size() != 2) {
    std::cerr << "lmsim compare: expected two result files, BASE.h5 and OTHER.h5 (see lmsim "
                 "compare --help)\n";
    return kExitInvalidInput;
  }
  TableFormat table_format = TableFormat::kText;
  if (format == "csv") {
    table_format = TableFormat::kCsv;
  } else if (format == "markdown") {
    table_format = TableFormat::kMarkdown;
  } else if (format != "table") {
    std::cerr << "lmsim compare: --format must be table, csv or markdown, not '" << format << "'\n";
    return kExitInvalidInput;
  }
  if (top && *top < 0) {
    std::cerr << "lmsim compare: --top must be 0 (all rows) or more\n";
    return kExitInvalidInput;
  }
  const std::size_t rows =
      top ? static_cast<std::size_t>(*top) : (table_format == TableFormat::kText ? 20 : 0);

  // Ensembles of the agent-based engine are compared by their means.
  const ResultSet base_file = read_compared_file(files[0]);
  const ResultSet other_file = read_compared_file(files[1]);
  std::string base_kind, other_kind;
  const ResultSet base = outputs::central_path(base_file, files[0], &base_kind);
  const ResultSet other = outputs::central_path(other_file, files[1], &other_kind);
  const outputs::ComparisonRequest request{years, regions, occupations};
  const std::vector<outputs::RegionGroup> groups =
      regions.empty() ? std::vector<outputs::RegionGroup>{} : load_groups(group_options);
  const auto comparison =
      outputs::compare_results({&base, files[0]}, {&other, files[1]}, request, groups);
  // The csv has no place for the lines that say which years are compared and why tension is
  // missing: they go to stderr.
  const std::string horizon = outputs::shared_horizon_notice({&base, files[0]}, {&other, files[1]});
  if (!horizon.empty())
    (table_format == TableFormat::kCsv ? std::cerr : std::cout) << horizon << "\n\n";
  if (table_format == TableFormat::kCsv && !comparison.empty()) {
    for (const std::string& file : comparison.front().without_ww_counts)
      std::cerr << "lmsim compare: " << outputs::ww_counts_notice(file) << "\n";
  }
  const auto labelled = [](const ResultSet& r, const std::string& file, const std::string& kind) {
    return label(r, file) + (kind.empty() ? "" : ", " + kind);
  };
  const std::string levers = outputs::format_compared_levers(
      outputs::stored_levers(base_file), outputs::stored_levers(other_file), table_format);
  std::cout << outputs::format_comparison(comparison, table_format, rows,
                                          labelled(base, files[0], base_kind),
                                          labelled(other, files[1], other_kind), levers);
  // In csv, the replicate section is empty and its notices go to stderr, as the others.
  (table_format == TableFormat::kCsv ? std::cerr : std::cout)
      << replicate_by_replicate(base_file, other_file, files, request, groups, table_format, rows);
  return kExitSuccess;
}

}  // namespace lmsim::cli
