#include "models/levers/lever_reader.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>

#include "engine/spelling.hpp"

namespace lmsim::model {

struct LeverReader::Parsed {
  toml::table table;
};

LeverReader::LeverReader(const LeverEntry& entry, const DataSet& data,
                         std::vector<std::string> allowed)
    : entry_(entry), data_(data), parsed_(std::make_unique<Parsed>()) {
  parsed_->table = toml::parse(entry.toml);
  allowed.emplace_back("type");
  for (const auto& [key, value] : parsed_->table) {
    const std::string name(key.str());
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      fail(name,
           "unknown key for a lever of type '" + entry.type + "'" + did_you_mean(name, allowed));
    }
  }
}

LeverReader::~LeverReader() = default;

void LeverReader::fail(const std::string& key, const std::string& message) const {
  throw InputError(entry_.at(key), message);
}

namespace {

std::string format_number(double x) {
  std::ostringstream out;
  out << x;
  return out.str();
}

std::optional<double> as_number(const toml::node& node) {
  if (const auto* f = node.as_floating_point()) return f->get();
  if (const auto* i = node.as_integer()) return static_cast<double>(i->get());
  return std::nullopt;
}

}  // namespace

double LeverReader::number(const std::string& key, double lower, double upper) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr) fail(key, "required key is missing");
  const std::optional<double> value = as_number(*node);
  if (!value) fail(key, "expected a number");
  if (!std::isfinite(*value) || *value < lower || *value > upper) {
    fail(key, "value " + format_number(*value) + " is outside the allowed range [" +
                  format_number(lower) + ", " + format_number(upper) + "]" +
                  (upper <= 1.0 && *value > 1.0 && *value <= 100.0 ? "; write 40% as 0.40" : ""));
  }
  return *value;
}

std::optional<double> LeverReader::optional_number(const std::string& key, double lower,
                                                   double upper) const {
  if (!parsed_->table.contains(key)) return std::nullopt;
  return number(key, lower, upper);
}

double LeverReader::number_or(const std::string& key, double fallback, double lower,
                              double upper) const {
  return parsed_->table.contains(key) ? number(key, lower, upper) : fallback;
}

std::string LeverReader::text(const std::string& key) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr) fail(key, "required key is missing");
  const auto* value = node->as_string();
  if (value == nullptr || value->get().empty()) fail(key, "expected a text value in quotes");
  return value->get();
}

std::string LeverReader::text_or(const std::string& key, const std::string& fallback,
                                 const std::vector<std::string>& allowed) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr) return fallback;
  const auto* text = node->as_string();
  if (text == nullptr) fail(key, "expected a text value in quotes");
  const std::string value = text->get();
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
    fail(key, "'" + value + "' is not one of the allowed values" + did_you_mean(value, allowed));
  }
  return value;
}

std::filesystem::path LeverReader::file_path(const std::string& key) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr) return {};
  const auto* text = node->as_string();
  if (text == nullptr || text->get().empty()) fail(key, "expected a file name in quotes");
  const std::filesystem::path name(text->get());
  if (name.is_absolute()) return name;
  return std::filesystem::path(entry_.at(key).file).parent_path() / name;
}

std::vector<bool> LeverReader::codes(const std::string& key, const CodeIndex& index,
                                     const std::vector<std::string>& names,
                                     const std::string& what) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr) return std::vector<bool>(index.size(), true);
  if (const auto* text = node->as_string(); text != nullptr && text->get() == "all") {
    return std::vector<bool>(index.size(), true);
  }
  std::vector<std::string> items;
  if (const auto* text = node->as_string()) {
    items.push_back(text->get());
  } else if (const auto* array = node->as_array()) {
    for (const auto& item : *array) {
      const auto* text_item = item.as_string();
      if (text_item == nullptr)
        fail(key, "expected \"all\" or a list of " + what + " codes or names in quotes");
      items.push_back(text_item->get());
    }
  } else {
    fail(key, "expected \"all\" or a list of " + what + " codes or names");
  }
  std::vector<bool> mask(index.size(), false);
  std::vector<std::string> known = index.codes();
  known.insert(known.end(), names.begin(), names.end());
  for (const auto& item : items) {
    std::size_t found = index.size();
    if (index.contains(item)) found = index[item];
    for (std::size_t i = 0; i < names.size() && found == index.size(); ++i) {
      if (names[i] == item) found = i;
    }
    if (found == index.size())
      fail(key, "unknown " + what + " '" + item + "'" + did_you_mean(item, known));
    mask[found] = true;
  }
  return mask;
}

std::size_t LeverReader::one_code(const std::string& key, const CodeIndex& index,
                                  const std::vector<std::string>& names,
                                  const std::string& what) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr) fail(key, "required key is missing");
  const auto* text = node->as_string();
  if (text == nullptr || text->get() == "all") {
    fail(key,
         "expected one " + what + " code or name in quotes, such as \"" + index.code(0) + "\"");
  }
  const std::vector<bool> mask = codes(key, index, names, what);
  return static_cast<std::size_t>(std::find(mask.begin(), mask.end(), true) - mask.begin());
}

std::size_t LeverReader::region(const std::string& key) const {
  return one_code(key, data_.dims.regions, data_.dims.region_names, "region");
}

std::size_t LeverReader::occupation(const std::string& key) const {
  return one_code(key, data_.dims.occupations, data_.dims.occupation_names_nl, "occupation");
}

std::vector<bool> LeverReader::regions(const std::string& key) const {
  return codes(key, data_.dims.regions, data_.dims.region_names, "region");
}

std::vector<bool> LeverReader::occupations(const std::string& key) const {
  std::vector<std::string> names = data_.dims.occupation_names_nl;
  return codes(key, data_.dims.occupations, names, "occupation");
}

std::vector<bool> LeverReader::cells(const std::string& regions_key,
                                     const std::string& occupations_key) const {
  const std::vector<bool> chosen_regions = regions(regions_key);
  const std::vector<bool> chosen_occupations = occupations(occupations_key);
  std::vector<bool> result;
  result.reserve(chosen_regions.size() * chosen_occupations.size());
  for (bool region : chosen_regions) {
    for (bool occupation : chosen_occupations) result.push_back(region && occupation);
  }
  return result;
}

std::vector<bool> LeverReader::sectors(const std::string& key) const {
  return codes(key, data_.dims.sectors, data_.dims.sector_names_nl, "sector");
}

namespace {

// Year keys of a TOML table with numbers in [lower, upper], sorted by year.
std::vector<std::pair<int, double>> read_yearly(
    const toml::table& table, double lower, double upper,
    const std::function<void(const std::string&, const std::string&)>& fail) {
  std::vector<std::pair<int, double>> points;
  for (const auto& [year_key, value] : table) {
    const std::string year_text(year_key.str());
    int year = 0;
    std::istringstream in(year_text);
    if (!(in >> year) || !in.eof() || year < 2000 || year > 2100) {
      fail(year_text, "expected a year in 2000..2100 as key");
    }
    const std::optional<double> number = as_number(value);
    if (!number || !std::isfinite(*number) || *number < lower || *number > upper) {
      fail(year_text,
           "expected a number in [" + format_number(lower) + ", " + format_number(upper) + "]");
    }
    points.emplace_back(year, *number);
  }
  std::sort(points.begin(), points.end());
  return points;
}

}  // namespace

std::vector<std::pair<int, double>> LeverReader::yearly_values(const std::string& key, double lower,
                                                               double upper) const {
  const toml::node* node = parsed_->table.get(key);
  const auto* table = node != nullptr ? node->as_table() : nullptr;
  if (table == nullptr || table->empty())
    fail(key, "expected values by year such as { 2030 = 67.5 }");
  return read_yearly(*table, lower, upper,
                     [&](const std::string& year, const std::string& message) {
                       fail(key + "." + year, message);
                     });
}

namespace {

YearMonth year_month_of(const toml::node& node, bool is_end,
                        const std::function<void(const std::string&)>& fail) {
  // Years outside 2000..2100 are refused before any arithmetic on them.
  constexpr std::int64_t kEarliestYear = 2000;
  constexpr std::int64_t kLatestYear = 2100;
  if (const auto* year = node.as_integer()) {
    if (year->get() < kEarliestYear || year->get() > kLatestYear) fail("year outside 2000 .. 2100");
    return {static_cast<int>(year->get()), is_end ? 12 : 1};
  }
  if (const auto* text = node.as_string()) {
    int y = 0;
    int m = 0;
    char dash = 0;
    std::istringstream in(text->get());
    if ((in >> y >> dash >> m) && dash == '-' && in.eof() && m >= 1 && m <= 12) {
      if (y < kEarliestYear || y > kLatestYear) fail("year outside 2000 .. 2100");
      return {y, m};
    }
  }
  fail("expected a year (2030) or \"YYYY-MM\"");
  return {};
}

}  // namespace

TimeProfile LeverReader::profile(const std::string& key) const {
  const toml::node* node = parsed_->table.get(key);
  if (node == nullptr)
    fail(key, "required key is missing: { shape = \"linear\", from = 2026, to = 2030 }");
  const auto* table = node->as_table();
  if (table == nullptr)
    fail(key, "expected a table such as { shape = \"linear\", from = 2026, to = 2030 }");
  const std::vector<std::string> shapes = {"step", "linear", "sigmoid", "path"};
  for (const auto& [k, v] : *table) {
    const std::string name(k.str());
    const std::vector<std::string> allowed = {"shape", "from", "to", "path"};
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      fail(key + "." + name, "unknown key of a profile" + did_you_mean(name, allowed));
    }
  }
  const toml::node* shape_node = table->get("shape");
  const auto* shape_text = shape_node != nullptr ? shape_node->as_string() : nullptr;
  if (shape_text == nullptr)
    fail(key + ".shape", "expected one of \"step\", \"linear\", \"sigmoid\", \"path\"");
  const std::string shape = shape_text->get();
  if (std::find(shapes.begin(), shapes.end(), shape) == shapes.end()) {
    fail(key + ".shape", "'" + shape + "' is not a profile shape" + did_you_mean(shape, shapes));
  }
  const auto bound = [&](const std::string& name, bool is_end) {
    const toml::node* n = table->get(name);
    if (n == nullptr) fail(key + "." + name, "required for a " + shape + " profile");
    return year_month_of(*n, is_end,
                         [&](const std::string& message) { fail(key + "." + name, message); });
  };
  if (shape == "path") {
    const toml::node* path_node = table->get("path");
    const auto* points_table = path_node != nullptr ? path_node->as_table() : nullptr;
    if (points_table == nullptr || points_table->empty()) {
      fail(key + ".path", "expected yearly shares such as { 2026 = 0.25, 2030 = 1.0 }");
    }
    const auto points = read_yearly(*points_table, 0.0, 1.0,
                                    [&](const std::string& year, const std::string& message) {
                                      fail(key + ".path." + year, message);
                                    });
    return TimeProfile::path(points);
  }
  const YearMonth from = bound("from", false);
  if (shape == "step") return TimeProfile::step(from);
  const YearMonth to = bound("to", true);
  if (!(from <= to) || from.index() == to.index()) {
    const auto text = [](const YearMonth& m) {
      return std::to_string(m.year) + (m.month < 10 ? "-0" : "-") + std::to_string(m.month);
    };
    fail(key + ".to",
         "the profile must end after it starts (from " + text(from) + ", to " + text(to) + ")");
  }
  return shape == "linear" ? TimeProfile::linear(from, to) : TimeProfile::sigmoid(from, to);
}

}  // namespace lmsim::model
