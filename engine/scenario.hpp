// A scenario file: TOML with an optional `base` it inherits from (to any depth; cycles are
// refused), a horizon, a data directory, a seed, parameter overrides and timed levers. This
// layer resolves inheritance and checks the keys it owns; what a lever means is the model's
// business, so levers are handed on as located TOML text.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "engine/error.hpp"
#include "engine/time_axis.hpp"

namespace lmsim {

struct ParameterOverride {
  std::string name;
  double value = 0.0;
  SourceLocation where;
};

struct LeverEntry {
  std::string type;
  SourceLocation where;  // location of the [[levers]] table
  std::string toml;      // the lever table as TOML text, for the model to parse
  // Where each key of the lever was written ("size", "profile.shape", ...), for the model's
  // messages: its own parse of `toml` has no positions in the scenario file.
  std::map<std::string, SourceLocation> key_locations;
  std::string path;  // "levers[2]"
  SourceLocation at(const std::string& key) const;
  // Sets a key to a number (a sweep varying a lever's size: engine/sweep/lever_parameter.hpp);
  // a key the table already has keeps the place where the scenario wrote it.
  void set_number(const std::string& key, double value);
};

// A table of the scenario that belongs to the model ([occupational_network], read by
// models/occupational_network.hpp): kept as TOML text, its keys merged over the base files (a
// file's key replaces its base's), with where each key was written, for the model to parse and
// locate its messages, as the levers are.
struct ModelTable {
  explicit ModelTable(std::string table_name) : name(std::move(table_name)) {}

  std::string name;  // the table's name in the scenario file
  bool present = false;
  std::string toml;  // the merged table
  SourceLocation where;
  std::map<std::string, SourceLocation> key_locations;
  SourceLocation at(const std::string& key) const;
  // Sets a key to a text value (a command-line option overriding the scenario).
  void set_text(const std::string& key, const std::string& value, SourceLocation location);
};

// [outputs]: which variables a run writes (all when absent). The names are the model's, so this
// layer only reads them, with where each was written; the model checks them.
struct OutputSelection {
  std::vector<std::string> variables;  // empty: every variable (also variables = ["all"])
  std::vector<SourceLocation> where;   // of each name
};

// The names of a list as written (in [outputs] or on the command line), each with where it was
// written: refuses a name listed twice and "all" beside other names; ["all"] means every variable
// (an empty selection).
OutputSelection output_selection(std::vector<std::string> names, std::vector<SourceLocation> where);

// The largest seed, 2^63 - 1, for a scenario, a sweep and --seed alike: a result stores its
// scenario as TOML, whose integers are 64-bit signed, and that scenario must run again.
inline constexpr std::uint64_t kMaxSeed = 9223372036854775807ULL;

// The languages a scenario may give its title and description in (`title_nl`, `description_en`:
// docs/scenarios.md, "Title and description"), in the order the result file stores them.
inline const std::vector<std::string> kTextLanguages = {"nl", "en"};

struct Scenario {
  std::filesystem::path file;                // the file named on the command line
  std::vector<std::filesystem::path> chain;  // file, its base, the base's base, ...
  std::string title;
  std::string description;
  // The file of `chain` that set each: `file` itself, or a base it inherits the text from; empty
  // where no file of the chain sets it (engine/scenario_provenance.hpp).
  std::filesystem::path title_set_by;
  std::filesystem::path description_set_by;
  // The title and description by language ("nl" -> `title_nl`): set by the file that set the
  // text they translate, and inherited with it, never apart from it.
  std::map<std::string, std::string> title_translations;
  std::map<std::string, std::string> description_translations;
  std::filesystem::path data_dir;  // absolute, resolved against the file that set it
  SourceLocation data_dir_where;
  // The demand outlook, a file of data_dir; empty: the data set's demand_outlook.csv.
  std::string demand_outlook;
  SourceLocation demand_outlook_where;
  YearMonth start{2025, 1};
  YearMonth end{2040, 12};
  std::string time_step = "month";  // "month" or "<n> weeks" / "<n> days"
  double step_days = 0.0;           // 0 for calendar months
  int steps = 0;                    // number of steps, step 0 (the start) included
  std::uint64_t seed = 20250101;
  std::vector<ParameterOverride> parameters;   // sorted by name; a file overrides its base
  std::vector<LeverEntry> levers;              // base's first
  ModelTable network{"occupational_network"};  // [occupational_network]
  OutputSelection outputs;

  TimeAxis time_axis() const;
};

// Reads and resolves the scenario; throws InputError naming file, line, column and key.
// data_dir may be left empty here; the caller applies --data-dir and then requires one.
Scenario load_scenario(const std::filesystem::path& file);

// The merged scenario as TOML, stored with every result so that a run can be reproduced. Its
// `description` (with its translations) is the scenario's own: one inherited from a base is left
// out, so that the text
// does not present it as the scenario's (the result file stores it apart, marked as inherited:
// engine/scenario_provenance.hpp).
std::string resolved_scenario_toml(const Scenario& scenario);

}  // namespace lmsim
