#include "engine/sweep/sweep_file.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "engine/scenario.hpp"
#include "engine/spelling.hpp"
#include "engine/text_file.hpp"
#include "engine/toml_prescan.hpp"

namespace lmsim::sweep {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTopLevelKeys = {
    "title", "scenario", "engine", "design", "points", "replicates", "scale", "seed", "parameters"};
const std::vector<std::string> kDesigns = {"latin-hypercube", "sobol", "random", "grid"};
const std::vector<std::string> kEngines = {"stock-flow", "abm"};
const std::vector<std::string> kDistributions = {"uniform", "normal", "triangular", "lognormal",
                                                 "discrete"};
const std::vector<std::string> kParameterKeys = {
    "distribution", "min",   "max",   "mode",   "mean",    "sd",    "mu",
    "sigma",        "lower", "upper", "values", "weights", "levels"};

class Reader {
 public:
  explicit Reader(fs::path file) : file_(std::move(file)) {}

  SourceLocation at(const toml::node& node, const std::string& key) const {
    const auto& begin = node.source().begin;
    return {file_.string(), static_cast<long>(begin.line), static_cast<long>(begin.column), key};
  }
  SourceLocation at_key(const toml::key& key, const std::string& path) const {
    const auto& begin = key.source().begin;
    return {file_.string(), static_cast<long>(begin.line), static_cast<long>(begin.column), path};
  }

  std::string text(const toml::node& node, const std::string& key) const {
    const auto* value = node.as_string();
    if (value == nullptr) throw InputError(at(node, key), "expected a text value in quotes");
    return value->get();
  }

  double number(const toml::node& node, const std::string& key) const {
    double value = 0.0;
    if (const auto* f = node.as_floating_point()) {
      value = f->get();
    } else if (const auto* i = node.as_integer()) {
      value = static_cast<double>(i->get());
    } else {
      throw InputError(at(node, key), "expected a number");
    }
    if (!std::isfinite(value)) throw InputError(at(node, key), "expected a finite number");
    return value;
  }

  long long whole(const toml::node& node, const std::string& key, long long lowest,
                  long long highest) const {
    const auto* i = node.as_integer();
    if (i == nullptr) throw InputError(at(node, key), "expected a whole number");
    if (i->get() < lowest || i->get() > highest) {
      throw InputError(at(node, key), "expected a whole number from " + std::to_string(lowest) +
                                          " to " + std::to_string(highest) + ", got " +
                                          std::to_string(i->get()));
    }
    return i->get();
  }

  std::vector<double> numbers(const toml::node& node, const std::string& key) const {
    const auto* array = node.as_array();
    if (array == nullptr || array->empty())
      throw InputError(at(node, key), "expected a list of numbers, such as [0.5, 1.0]");
    std::vector<double> values;
    for (std::size_t i = 0; i < array->size(); ++i) {
      values.push_back(number(*array->get(i), key + "[" + std::to_string(i) + "]"));
    }
    return values;
  }

  std::string choice(const toml::node& node, const std::string& key,
                     const std::vector<std::string>& allowed) const {
    const std::string value = text(node, key);
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      throw InputError(at(node, key), "unknown value \"" + value + "\"" +
                                          did_you_mean(value, allowed) + " (choose from " + list +
                                          ")");
    }
    return value;
  }

  const fs::path& file() const { return file_; }

 private:
  fs::path file_;
};

toml::table parse_sweep_file(const fs::path& file, std::string& text) {
  text = read_text_file(file, "sweep file", kMaxTomlFileBytes);
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

void check_keys(const Reader& reader, const toml::table& table, const std::string& prefix,
                const std::vector<std::string>& allowed) {
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      throw InputError(reader.at_key(key, prefix + name),
                       "unknown key" + did_you_mean(name, allowed));
    }
  }
}

// The value of a required key of a parameter table.
double required(const Reader& reader, const toml::table& table, const std::string& path,
                const char* key, const std::string& distribution) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    throw InputError(reader.at(table, path),
                     "a " + distribution + " distribution needs `" + key + "`");
  }
  return reader.number(*node, path + "." + key);
}

double optional_number(const Reader& reader, const toml::table& table, const std::string& path,
                       const char* key, double fallback) {
  const toml::node* node = table.get(key);
  return node == nullptr ? fallback : reader.number(*node, path + "." + key);
}

sampling::Distribution read_distribution(const Reader& reader, const toml::table& table,
                                         const std::string& path) {
  const toml::node* kind_node = table.get("distribution");
  const std::string kind = reader.choice(*kind_node, path + ".distribution", kDistributions);
  const double inf = std::numeric_limits<double>::infinity();
  try {
    if (kind == "uniform") {
      return sampling::Distribution::uniform(required(reader, table, path, "min", kind),
                                             required(reader, table, path, "max", kind));
    }
    if (kind == "normal") {
      return sampling::Distribution::normal(required(reader, table, path, "mean", kind),
                                            required(reader, table, path, "sd", kind),
                                            optional_number(reader, table, path, "lower", -inf),
                                            optional_number(reader, table, path, "upper", inf));
    }
    if (kind == "triangular") {
      return sampling::Distribution::triangular(required(reader, table, path, "min", kind),
                                                required(reader, table, path, "mode", kind),
                                                required(reader, table, path, "max", kind));
    }
    if (kind == "lognormal") {
      return sampling::Distribution::lognormal(required(reader, table, path, "mu", kind),
                                               required(reader, table, path, "sigma", kind),
                                               optional_number(reader, table, path, "lower", 0.0),
                                               optional_number(reader, table, path, "upper", inf));
    }
    const toml::node* values = table.get("values");
    if (values == nullptr) {
      throw InputError(reader.at(table, path), "a discrete distribution needs `values`");
    }
    const toml::node* weights = table.get("weights");
    return sampling::Distribution::discrete(
        reader.numbers(*values, path + ".values"),
        weights == nullptr ? std::vector<double>{} : reader.numbers(*weights, path + ".weights"));
  } catch (const std::invalid_argument& error) {
    throw InputError(reader.at(table, path), error.what());
  }
}

// Keys that belong to other distributions than the one given are refused, so that a typo such
// as `sd` under a uniform distribution is not silently ignored.
void check_distribution_keys(const Reader& reader, const toml::table& table,
                             const std::string& path, const std::string& kind, bool grid) {
  std::vector<std::string> allowed = {"distribution"};
  if (kind == "uniform") allowed.insert(allowed.end(), {"min", "max"});
  if (kind == "normal") allowed.insert(allowed.end(), {"mean", "sd", "lower", "upper"});
  if (kind == "triangular") allowed.insert(allowed.end(), {"min", "mode", "max"});
  if (kind == "lognormal") allowed.insert(allowed.end(), {"mu", "sigma", "lower", "upper"});
  if (kind == "discrete") allowed.insert(allowed.end(), {"values", "weights"});
  if (grid) allowed.push_back("levels");
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    if (name == "levels") {
      throw InputError(reader.at_key(key, path + "." + name),
                       "`levels` applies to design = \"grid\" only");
    }
    throw InputError(reader.at_key(key, path + "." + name),
                     "`" + name + "` does not belong to a " + kind + " distribution");
  }
}

std::string format_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

void check_against_bounds(const Reader& reader, const toml::table& table, const std::string& path,
                          const ParameterSpec& spec, const UncertainParameter& parameter) {
  const auto where = reader.at(table, path);
  const std::string unit = spec.unit.empty() ? "" : " " + spec.unit;
  const double lowest =
      parameter.grid_values.empty()
          ? parameter.distribution.support_min()
          : *std::min_element(parameter.grid_values.begin(), parameter.grid_values.end());
  const double highest =
      parameter.grid_values.empty()
          ? parameter.distribution.support_max()
          : *std::max_element(parameter.grid_values.begin(), parameter.grid_values.end());
  if (lowest < spec.lower_bound) {
    throw InputError(
        where, parameter.distribution.describe() + " can give " + format_number(lowest) +
                   ", below the lowest value " + spec.name + " accepts (" +
                   format_number(spec.lower_bound) + unit +
                   "); narrow it or truncate it with lower = " + format_number(spec.lower_bound));
  }
  if (highest > spec.upper_bound) {
    throw InputError(
        where, parameter.distribution.describe() + " can give " + format_number(highest) +
                   ", above the highest value " + spec.name + " accepts (" +
                   format_number(spec.upper_bound) + unit +
                   "); narrow it or truncate it with upper = " + format_number(spec.upper_bound));
  }
}

UncertainParameter read_parameter(const Reader& reader, const toml::key& key,
                                  const toml::node& node, bool grid,
                                  const ParameterRegistry& registry) {
  const std::string name(key.str());
  const std::string path = "parameters." + name;
  if (name == "levers") {
    throw InputError(reader.at_key(key, path),
                     "a lever key is one name in quotes, such as "
                     "[parameters.\"levers.local_shock.jobs\"]");
  }
  std::optional<LeverKeyName> lever_key;
  if (names_lever_key(name)) lever_key = parse_lever_key_name(name, reader.at_key(key, path));
  const ParameterSpec* spec = lever_key ? nullptr : registry.find(name);
  if (spec == nullptr && !lever_key) {
    throw InputError(reader.at_key(key, path),
                     registry.unknown_parameter(name) + " (lmsim params lists them)");
  }
  const auto* table = node.as_table();
  if (table == nullptr) {
    throw InputError(reader.at(node, path), "expected a table such as [parameters." + name +
                                                "] with distribution = \"uniform\", min and max");
  }
  check_keys(reader, *table, path + ".", kParameterKeys);
  UncertainParameter parameter{
      name, sampling::Distribution::uniform(0.0, 1.0), {}, reader.at(*table, path), lever_key};
  const toml::node* kind = table->get("distribution");
  if (kind == nullptr) {
    if (!grid || table->get("values") == nullptr) {
      throw InputError(reader.at(*table, path),
                       grid ? "give `values = [...]`, or a `distribution` with `levels`"
                            : "no `distribution` (uniform, normal, triangular, lognormal or "
                              "discrete)");
    }
    if (table->size() != 1) {
      throw InputError(reader.at(*table, path),
                       "a grid parameter with `values` needs no other keys");
    }
    parameter.grid_values = reader.numbers(*table->get("values"), path + ".values");
    parameter.distribution = sampling::Distribution::discrete(parameter.grid_values);
  } else {
    const std::string kind_name = reader.choice(*kind, path + ".distribution", kDistributions);
    check_distribution_keys(reader, *table, path, kind_name, grid);
    parameter.distribution = read_distribution(reader, *table, path);
    if (grid) {
      const toml::node* levels = table->get("levels");
      if (levels == nullptr) {
        throw InputError(reader.at(*table, path),
                         "a grid needs `levels = N` (N quantiles of the distribution) or "
                         "`values = [...]` without a distribution");
      }
      const long long n = reader.whole(*levels, path + ".levels", 1, 1000);
      for (long long k = 0; k < n; ++k) {
        parameter.grid_values.push_back(parameter.distribution.quantile(
            (static_cast<double>(k) + 0.5) / static_cast<double>(n)));
      }
    }
  }
  if (spec != nullptr) check_against_bounds(reader, *table, path, *spec, parameter);
  return parameter;
}

std::vector<UncertainParameter> read_parameters(const Reader& reader, const toml::node& node,
                                                bool grid, const ParameterRegistry& registry) {
  const auto* table = node.as_table();
  if (table == nullptr || table->empty()) {
    throw InputError(reader.at(node, "parameters"),
                     "expected at least one [parameters.NAME] table");
  }
  // In the order of the file (toml++ keeps a table's keys sorted), so the design's dimensions
  // follow what the user wrote.
  std::vector<std::pair<const toml::key*, const toml::node*>> entries;
  for (const auto& [key, value] : *table) entries.emplace_back(&key, &value);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    const auto& pa = a.first->source().begin;
    const auto& pb = b.first->source().begin;
    return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
  });
  std::vector<UncertainParameter> parameters;
  for (const auto& [key, value] : entries) {
    parameters.push_back(read_parameter(reader, *key, *value, grid, registry));
  }
  return parameters;
}

}  // namespace

const char* design_name(DesignKind kind) {
  switch (kind) {
    case DesignKind::kLatinHypercube:
      return "latin-hypercube";
    case DesignKind::kSobol:
      return "sobol";
    case DesignKind::kRandom:
      return "random";
    case DesignKind::kGrid:
      return "grid";
  }
  return "";
}

SweepSpec load_sweep(const fs::path& file, const ParameterRegistry& registry) {
  SweepSpec spec;
  spec.file = file;
  const toml::table table = parse_sweep_file(file, spec.text);
  const Reader reader(file);
  check_keys(reader, table, "", kTopLevelKeys);
  const toml::node* scenario = table.get("scenario");
  if (scenario == nullptr) {
    throw InputError({file.string(), 0, 0, "scenario"},
                     "no `scenario`: name the scenario file the sweep varies, such as "
                     "scenario = \"baseline.toml\"");
  }
  spec.scenario = fs::absolute(file).parent_path() / reader.text(*scenario, "scenario");
  spec.scenario = spec.scenario.lexically_normal();
  if (nothing_at(spec.scenario)) {
    throw InputError(reader.at(*scenario, "scenario"),
                     "scenario file " + spec.scenario.string() + " not found");
  }
  if (const toml::node* title = table.get("title")) spec.title = reader.text(*title, "title");
  if (const toml::node* engine = table.get("engine"))
    spec.engine = reader.choice(*engine, "engine", kEngines);
  if (const toml::node* design = table.get("design")) {
    const std::string name = reader.choice(*design, "design", kDesigns);
    for (DesignKind kind : {DesignKind::kLatinHypercube, DesignKind::kSobol, DesignKind::kRandom,
                            DesignKind::kGrid}) {
      if (name == design_name(kind)) spec.design = kind;
    }
  }
  const bool grid = spec.design == DesignKind::kGrid;
  const toml::node* parameters = table.get("parameters");
  if (parameters == nullptr) {
    throw InputError({file.string(), 0, 0, "parameters"},
                     "no [parameters.NAME] tables: name at least one uncertain parameter");
  }
  spec.parameters = read_parameters(reader, *parameters, grid, registry);

  std::size_t grid_points = 1;
  for (const auto& p : spec.parameters) {
    grid_points *= grid ? p.grid_values.size() : 1;
    if (grid_points > kMaxSweepPoints) {
      throw InputError({file.string(), 0, 0, "parameters"},
                       "the grid has more than " + std::to_string(kMaxSweepPoints) +
                           " points; use fewer levels or another design");
    }
  }
  const toml::node* points = table.get("points");
  if (grid) {
    spec.points = grid_points;
    if (points != nullptr &&
        static_cast<std::size_t>(reader.whole(
            *points, "points", 1, static_cast<long long>(kMaxSweepPoints))) != grid_points) {
      throw InputError(reader.at(*points, "points"),
                       "a grid has as many points as the product of its levels (" +
                           std::to_string(grid_points) + "); leave `points` out");
    }
  } else {
    if (points == nullptr) {
      throw InputError({file.string(), 0, 0, "points"},
                       "no `points`: say how many points the design draws");
    }
    spec.points = static_cast<std::size_t>(
        reader.whole(*points, "points", 1, static_cast<long long>(kMaxSweepPoints)));
  }
  if (const toml::node* replicates = table.get("replicates")) {
    spec.replicates =
        static_cast<std::uint32_t>(reader.whole(*replicates, "replicates", 1, kMaxSweepReplicates));
    if (spec.engine != "abm" && spec.replicates != 1) {
      throw InputError(reader.at(*replicates, "replicates"),
                       "replicates apply to engine = \"abm\"; the stock-flow engine gives the "
                       "same result every time");
    }
  }
  if (const toml::node* scale = table.get("scale")) {
    spec.scale = reader.whole(*scale, "scale", 1, kMaxSweepScale);
    if (spec.engine != "abm" && spec.scale != 1) {
      throw InputError(reader.at(*scale, "scale"), "scale applies to engine = \"abm\"");
    }
  }
  if (const toml::node* seed = table.get("seed")) {
    spec.seed = static_cast<std::uint64_t>(
        reader.whole(*seed, "seed", 0, static_cast<long long>(kMaxSeed)));
  }
  return spec;
}

}  // namespace lmsim::sweep
