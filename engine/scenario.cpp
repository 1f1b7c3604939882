#include "engine/scenario.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <map>
#include <sstream>

#include "engine/scenario_provenance.hpp"
#include "engine/spelling.hpp"
#include "engine/text_file.hpp"
#include "engine/toml_prescan.hpp"

namespace lmsim {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTopLevelKeys = {"base",
                                                "title",
                                                "title_nl",
                                                "title_en",
                                                "description",
                                                "description_nl",
                                                "description_en",
                                                "data_dir",
                                                "demand_outlook",
                                                "start",
                                                "end",
                                                "time_step",
                                                "steps",
                                                "seed",
                                                "parameters",
                                                "levers",
                                                "occupational_network",
                                                "outputs"};
const std::vector<std::string> kTimeSteps = {"month", "weeks", "days"};
constexpr int kMaxSteps = 100000;
// The longest chain of `base` files (docs/scenarios.md); each level is a recursive call of
// load_into, so an unbounded chain would overflow the stack.
constexpr std::size_t kMaxBaseChain = 64;

SourceLocation located(const fs::path& file, const toml::node& node, const std::string& key) {
  const auto& begin = node.source().begin;
  return {file.string(), static_cast<long>(begin.line), static_cast<long>(begin.column), key};
}

toml::table parse_file(const fs::path& file) {
  const std::string text = read_text_file(file, "scenario file", kMaxTomlFileBytes);
  prescan_toml(text, file.string());
  try {
    return toml::parse(text, file.string());
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    throw InputError(
        {file.string(), static_cast<long>(begin.line), static_cast<long>(begin.column), ""},
        "malformed TOML: " + std::string(error.description()));
  }
}

std::string require_string(const fs::path& file, const toml::node& node, const std::string& key) {
  const auto* value = node.as_string();
  if (value == nullptr)
    throw InputError(located(file, node, key), "expected a text value in quotes");
  return value->get();
}

// The file's translations of its `key` (title_nl, title_en for "title"). A translation goes with
// the text it translates (docs/scenarios.md, "Title and description"), so a file that gives one
// sets that text too.
std::map<std::string, std::string> read_translations(const fs::path& file, const toml::table& table,
                                                     const std::string& key) {
  std::map<std::string, std::string> translations;
  for (const std::string& language : kTextLanguages) {
    const std::string name = key + "_" + language;
    const toml::node* node = table.get(name);
    if (node == nullptr) continue;
    translations[language] = require_string(file, *node, name);
    if (!table.contains(key)) {
      throw InputError(located(file, *node, name), "a translation of this file's " + key +
                                                       ", which it does not set: set " + key +
                                                       " in the same file");
    }
  }
  return translations;
}

// A horizon bound: an integer year (start = January, end = December) or "YYYY-MM".
YearMonth read_year_month(const fs::path& file, const toml::node& node, const std::string& key,
                          bool is_end) {
  YearMonth ym;
  if (const auto* year = node.as_integer()) {
    if (year->get() < 2000 || year->get() > 2100) {
      throw InputError(located(file, node, key), "date outside 2000-01 .. 2100-12");
    }
    ym = {static_cast<int>(year->get()), is_end ? 12 : 1};
  } else if (const auto* text = node.as_string()) {
    const std::string& s = text->get();
    int y = 0;
    int m = 0;
    char dash = 0;
    std::istringstream in(s);
    if (!(in >> y >> dash >> m) || dash != '-' || !in.eof()) {
      throw InputError(located(file, node, key),
                       "expected a year (2030) or \"YYYY-MM\", got \"" + s + "\"");
    }
    ym = {y, m};
  } else {
    throw InputError(located(file, node, key), "expected a year (2030) or \"YYYY-MM\"");
  }
  if (ym.year < 2000 || ym.year > 2100 || ym.month < 1 || ym.month > 12) {
    throw InputError(located(file, node, key), "date outside 2000-01 .. 2100-12");
  }
  return ym;
}

void check_top_level_keys(const fs::path& file, const toml::table& table) {
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (std::find(kTopLevelKeys.begin(), kTopLevelKeys.end(), name) == kTopLevelKeys.end()) {
      const auto& begin = key.source().begin;
      throw InputError(
          {file.string(), static_cast<long>(begin.line), static_cast<long>(begin.column), name},
          "unknown key" + did_you_mean(name, kTopLevelKeys));
    }
  }
}

void read_parameters(const fs::path& file, const toml::node& node,
                     std::map<std::string, ParameterOverride>& overrides) {
  const auto* table = node.as_table();
  if (table == nullptr) throw InputError(located(file, node, "parameters"), "expected a table");
  for (const auto& [key, value] : *table) {
    const std::string path = "parameters." + std::string(key.str());
    double number = 0.0;
    if (const auto* f = value.as_floating_point()) {
      number = f->get();
    } else if (const auto* i = value.as_integer()) {
      number = static_cast<double>(i->get());
    } else {
      throw InputError(located(file, value, path), "expected a number");
    }
    overrides[std::string(key.str())] = {std::string(key.str()), number,
                                         located(file, value, path)};
  }
}

void collect_locations(const fs::path& file, const toml::table& table, const std::string& prefix,
                       std::map<std::string, SourceLocation>& out) {
  for (const auto& [key, value] : table) {
    const std::string path =
        prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    out[path] = located(file, value, path);
    if (const auto* inner = value.as_table()) collect_locations(file, *inner, path, out);
  }
}

void read_levers(const fs::path& file, const toml::node& node, std::vector<LeverEntry>& levers) {
  const auto* array = node.as_array();
  if (array == nullptr) {
    throw InputError(located(file, node, "levers"), "expected an array of tables: [[levers]]");
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& entry = *array->get(i);
    const std::string path = "levers[" + std::to_string(i) + "]";
    const auto* table = entry.as_table();
    if (table == nullptr) throw InputError(located(file, entry, path), "expected a table");
    const toml::node* type = table->get("type");
    if (type == nullptr) throw InputError(located(file, entry, path), "lever has no `type`");
    std::ostringstream text;
    text << *table;
    LeverEntry lever{require_string(file, *type, path + ".type"),
                     located(file, entry, path),
                     text.str(),
                     {},
                     path};
    collect_locations(file, *table, "", lever.key_locations);
    levers.push_back(std::move(lever));
  }
}

// "month", or a step of fixed length: "6.75 weeks", "30 days". Returns the days of a step, 0 for
// calendar months.
double read_step_days(const fs::path& file, const toml::node& node, const std::string& step) {
  if (step == "month") return 0.0;
  std::istringstream in(step);
  double count = 0.0;
  std::string unit;
  if (in >> count >> unit && in.eof() && count > 0.0 && count <= 366.0 &&
      (unit == "weeks" || unit == "week" || unit == "days" || unit == "day")) {
    return unit.rfind("week", 0) == 0 ? count * 7.0 : count;
  }
  throw InputError(located(file, node, "time_step"),
                   "'" + step +
                       "' is not an available time step (available: \"month\", or a length in "
                       "weeks or days such as \"6.75 weeks\")");
}

// A model's table: its keys merged into what the base files set, each with where it was written.
void read_model_table(const fs::path& file, const toml::node& node, ModelTable& out) {
  const auto* table = node.as_table();
  if (table == nullptr) throw InputError(located(file, node, out.name), "expected a table");
  toml::table merged = out.present ? toml::parse(out.toml) : toml::table{};
  out.present = true;
  out.where = located(file, node, out.name);
  for (const auto& [key, value] : *table) {
    const std::string name(key.str());
    merged.insert_or_assign(name, value);
    out.key_locations[name] = located(file, value, out.name + "." + name);
  }
  std::ostringstream text;
  text << merged;
  out.toml = text.str();
}

// [outputs] variables = ["employed", ...]: a non-empty list of distinct names, or ["all"] for
// every variable. A file's list replaces its base's.
void read_outputs(const fs::path& file, const toml::node& node, OutputSelection& outputs) {
  const auto* table = node.as_table();
  if (table == nullptr) throw InputError(located(file, node, "outputs"), "expected a table");
  for (const auto& [key, value] : *table) {
    if (key.str() != "variables") {
      const auto& begin = key.source().begin;
      throw InputError({file.string(), static_cast<long>(begin.line),
                        static_cast<long>(begin.column), "outputs." + std::string(key.str())},
                       "unknown key" + did_you_mean(std::string(key.str()), {"variables"}) +
                           " (available: variables)");
    }
  }
  const toml::node* list = table->get("variables");
  if (list == nullptr) throw InputError(located(file, node, "outputs"), "missing key `variables`");
  const auto* names = list->as_array();
  if (names == nullptr || names->empty()) {
    throw InputError(located(file, *list, "outputs.variables"),
                     "expected a list of variable names, such as [\"employed\", \"vacancies\"]");
  }
  std::vector<std::string> texts;
  std::vector<SourceLocation> where;
  for (const toml::node& name : *names) {
    texts.push_back(require_string(file, name, "outputs.variables"));
    where.push_back(located(file, name, "outputs.variables"));
  }
  outputs = output_selection(std::move(texts), std::move(where));
}

}  // namespace

OutputSelection output_selection(std::vector<std::string> names,
                                 std::vector<SourceLocation> where) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(i), names[i]) !=
        names.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw InputError(where[i], "variable '" + names[i] + "' is listed twice");
    }
    if (names[i] == "all" && names.size() > 1) {
      throw InputError(where[i], "\"all\" stands alone: it means every variable");
    }
  }
  if (names == std::vector<std::string>{"all"}) return {};
  return {std::move(names), std::move(where)};
}

namespace {

// Dates are refused outside 2000-01 .. 2100-12 (read_year_month); a horizon set by `steps` must
// end inside them too.
void require_end_by_2100(const fs::path& file, const Scenario& s) {
  if (s.end.year <= 2100) return;
  throw InputError({file.string(), 0, 0, "steps"},
                   std::to_string(s.steps) + " steps from the start end in " +
                       std::to_string(s.end.year) + ", after 2100-12: give fewer steps");
}

// The month in which the last of s.steps steps from s.start begins.
YearMonth last_step_month(const Scenario& s) {
  if (s.step_days > 0.0) return TimeAxis::in_days(s.start, s.step_days, s.steps).at(s.steps - 1);
  const int last = s.start.index() + s.steps - 1;
  return {last / 12, last % 12 + 1};
}

std::string month_text(YearMonth m) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", m.year, m.month);
  return buffer;
}

// The number of steps and the end of the horizon, from whichever of `end` and `steps` was given
// last (a step of days needs `steps`).
void settle_horizon(const fs::path& file, Scenario& s) {
  if (s.step_days > 0.0) {
    if (s.steps == 0) {
      throw InputError({file.string(), 0, 0, "steps"},
                       "time_step '" + s.time_step +
                           "' needs the number of steps: add steps = N (step 0, the start, "
                           "included)");
    }
    s.end = last_step_month(s);
    require_end_by_2100(file, s);
    return;
  }
  if (s.steps > 0) {
    s.end = last_step_month(s);
    require_end_by_2100(file, s);
  }
  if (!(s.start <= s.end)) {
    throw InputError({file.string(), 0, 0, "end"}, "the horizon ends before it starts");
  }
  s.steps = s.end.index() - s.start.index() + 1;
}

// A file that sets both `end` and `steps` (as resolved_scenario_toml writes) must set the same
// horizon with them: neither is "the later one" within a file.
void require_same_horizon(const fs::path& file, const toml::table& table, const Scenario& s) {
  const YearMonth by_steps = last_step_month(s);
  if (by_steps.index() == s.end.index()) return;
  throw InputError(located(file, *table.get("steps"), "steps"),
                   std::to_string(s.steps) + " steps from " + month_text(s.start) + " end in " +
                       month_text(by_steps) + ", but end = " + month_text(s.end) +
                       " in the same file; set only one of them");
}

struct Loaded {
  Scenario scenario;
  std::map<std::string, ParameterOverride> parameters;
};

// The file's one name, to find a cycle; a name that cannot be resolved (a symbolic link that
// loops) is kept as written, and reading the file says what is wrong with it.
fs::path canonical_name(const fs::path& file) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(file, ec);
  return ec ? fs::absolute(file).lexically_normal() : canonical;
}

void load_into(const fs::path& file, Loaded& out, std::vector<fs::path>& stack) {
  const fs::path canonical = canonical_name(file);
  if (std::find(stack.begin(), stack.end(), canonical) != stack.end()) {
    std::string cycle;
    for (const auto& f : stack) cycle += f.filename().string() + " -> ";
    throw InputError(
        {file.string(), 0, 0, "base"},
        "scenarios inherit from each other in a cycle: " + cycle + canonical.filename().string());
  }
  stack.push_back(canonical);
  const toml::table table = parse_file(file);
  check_top_level_keys(file, table);

  // The base is applied first so that this file's keys override it.
  if (const toml::node* base = table.get("base")) {
    const fs::path base_file = file.parent_path() / require_string(file, *base, "base");
    if (nothing_at(base_file)) {
      throw InputError(located(file, *base, "base"),
                       "base scenario " + base_file.string() + " not found");
    }
    if (stack.size() >= kMaxBaseChain) {
      throw InputError(located(file, *base, "base"),
                       "this base makes a chain of more than " + std::to_string(kMaxBaseChain) +
                           " scenario files, starting at " + stack.front().filename().string() +
                           "; lmsim follows at most " + std::to_string(kMaxBaseChain));
    }
    load_into(base_file, out, stack);
  }
  Scenario& s = out.scenario;
  s.chain.insert(s.chain.begin(), file);
  // A file that sets a text replaces its base's translations too: they translate the base's text.
  if (const toml::node* n = table.get("title")) {
    s.title = require_string(file, *n, "title");
    s.title_set_by = file;
  }
  auto title_translations = read_translations(file, table, "title");
  if (table.contains("title")) s.title_translations = std::move(title_translations);
  if (const toml::node* n = table.get("description")) {
    s.description = require_string(file, *n, "description");
    s.description_set_by = file;
  }
  auto description_translations = read_translations(file, table, "description");
  if (table.contains("description"))
    s.description_translations = std::move(description_translations);
  if (const toml::node* n = table.get("data_dir")) {
    const std::string folder = require_string(file, *n, "data_dir");
    if (folder.empty()) {
      throw InputError(located(file, *n, "data_dir"),
                       "expected the name of the data folder, not an empty text");
    }
    s.data_dir = fs::absolute(file.parent_path() / folder).lexically_normal();
    s.data_dir_where = located(file, *n, "data_dir");
  }
  if (const toml::node* n = table.get("demand_outlook")) {
    const std::string name = require_string(file, *n, "demand_outlook");
    // A file of the data folder (docs/scenarios.md): a name, not a path, so that the outlook
    // always belongs to the data it was made for.
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..") {
      throw InputError(located(file, *n, "demand_outlook"),
                       "expected the name of a file in the data folder, such as "
                       "\"demand_outlook.csv\"");
    }
    s.demand_outlook = name;
    s.demand_outlook_where = located(file, *n, "demand_outlook");
  }
  if (const toml::node* n = table.get("start")) s.start = read_year_month(file, *n, "start", false);
  if (const toml::node* n = table.get("end")) {
    s.end = read_year_month(file, *n, "end", true);
    s.steps = 0;  // the horizon is set by `end`, not by a base's `steps`
  }
  if (const toml::node* n = table.get("time_step")) {
    s.time_step = require_string(file, *n, "time_step");
    s.step_days = read_step_days(file, *n, s.time_step);
  }
  if (const toml::node* n = table.get("steps")) {
    const auto* steps = n->as_integer();
    if (steps == nullptr || steps->get() < 1 || steps->get() > kMaxSteps) {
      throw InputError(located(file, *n, "steps"), "expected a whole number of steps from 1 to " +
                                                       std::to_string(kMaxSteps) +
                                                       " (step 0, the start, included)");
    }
    s.steps = static_cast<int>(steps->get());
  }
  if (table.contains("end") && table.contains("steps")) require_same_horizon(file, table, s);
  if (const toml::node* n = table.get("seed")) {
    const auto* seed = n->as_integer();
    if (seed == nullptr || seed->get() < 0) {
      throw InputError(located(file, *n, "seed"), "expected a non-negative whole number");
    }
    s.seed = static_cast<std::uint64_t>(seed->get());
  }
  if (const toml::node* n = table.get("parameters")) read_parameters(file, *n, out.parameters);
  if (const toml::node* n = table.get("levers")) read_levers(file, *n, s.levers);
  if (const toml::node* n = table.get("occupational_network"))
    read_model_table(file, *n, s.network);
  if (const toml::node* n = table.get("outputs")) read_outputs(file, *n, s.outputs);
  stack.pop_back();
}

}  // namespace

TimeAxis Scenario::time_axis() const {
  if (step_days > 0.0) return TimeAxis::in_days(start, step_days, steps);
  return TimeAxis(start, end);
}

SourceLocation ModelTable::at(const std::string& key) const {
  const auto it = key_locations.find(key);
  SourceLocation location = it == key_locations.end() ? where : it->second;
  location.key = name + "." + key;
  return location;
}

void ModelTable::set_text(const std::string& key, const std::string& value,
                          SourceLocation location) {
  toml::table table = toml::parse(toml);
  table.insert_or_assign(key, value);
  std::ostringstream text;
  text << table;
  toml = text.str();
  key_locations[key] = std::move(location);
}

SourceLocation LeverEntry::at(const std::string& key) const {
  const auto it = key_locations.find(key);
  SourceLocation location = it == key_locations.end() ? where : it->second;
  location.key = path + "." + key;
  return location;
}

void LeverEntry::set_number(const std::string& key, double value) {
  toml::table table = toml::parse(toml);
  table.insert_or_assign(key, value);
  std::ostringstream text;
  text << table;
  toml = text.str();
}

std::string resolved_scenario_toml(const Scenario& s) {
  toml::table t;
  t.insert("title", s.title);
  for (const auto& [language, text] : s.title_translations) t.insert("title_" + language, text);
  // A translation goes with its text, so a scenario that is read again accepts it.
  if (!inherits_description(s) && (!s.description.empty() || !s.description_translations.empty())) {
    t.insert("description", s.description);
    for (const auto& [language, text] : s.description_translations)
      t.insert("description_" + language, text);
  }
  if (!s.data_dir.empty()) t.insert("data_dir", s.data_dir.string());
  if (!s.demand_outlook.empty()) t.insert("demand_outlook", s.demand_outlook);
  t.insert("start", month_text(s.start));
  t.insert("end", month_text(s.end));
  t.insert("time_step", s.time_step);
  t.insert("steps", s.steps);
  t.insert("seed", static_cast<std::int64_t>(s.seed));
  toml::table parameters;
  for (const auto& p : s.parameters) parameters.insert(p.name, p.value);
  t.insert("parameters", std::move(parameters));
  toml::array levers;
  for (const auto& lever : s.levers) levers.push_back(toml::parse(lever.toml));
  t.insert("levers", std::move(levers));
  if (s.network.present) t.insert(s.network.name, toml::parse(s.network.toml));
  if (!s.outputs.variables.empty()) {
    toml::array variables;
    for (const auto& name : s.outputs.variables) variables.push_back(name);
    toml::table outputs;
    outputs.insert("variables", std::move(variables));
    t.insert("outputs", std::move(outputs));
  }
  std::ostringstream out;
  out << t;
  return out.str();
}

Scenario load_scenario(const fs::path& file) {
  Loaded loaded;
  std::vector<fs::path> stack;
  load_into(file, loaded, stack);
  Scenario& s = loaded.scenario;
  s.file = file;
  settle_horizon(file, s);
  for (auto& [name, override] : loaded.parameters) s.parameters.push_back(override);
  return s;
}

}  // namespace lmsim
