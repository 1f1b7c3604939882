#include "engine/lever_summary.hpp"

#include <toml++/toml.h>
#include <charconv>
#include <cmath>
#include <sstream>

#include "engine/error.hpp"
#include "engine/toml_prescan.hpp"

namespace lmsim {
namespace {

std::string value_text(const toml::node& node);

std::string array_text(const toml::array& array) {
  std::string text;
  for (const toml::node& item : array) text += (text.empty() ? "" : ", ") + value_text(item);
  return "[" + text + "]";
}

std::string table_text(const toml::table& table) {
  std::string text;
  for (const auto& [key, value] : table) {
    text += (text.empty() ? "" : ", ") + std::string(key.str()) + " = " + value_text(value);
  }
  return "{" + text + "}";
}

// The shortest text that reads back as the number (toml++ writes 0.2 as 0.20000000000000001),
// with a point where it has none, as TOML writes a float.
std::string float_text(double value) {
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  std::string text(buffer, end);
  if (std::isfinite(value) && text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

// Texts without quotes (names and codes read better so); numbers, booleans and dates as TOML
// writes them.
std::string value_text(const toml::node& node) {
  if (const auto* text = node.as_string()) return text->get();
  if (const auto* number = node.as_floating_point()) return float_text(number->get());
  if (const auto* array = node.as_array()) return array_text(*array);
  if (const auto* table = node.as_table()) return table_text(*table);
  std::ostringstream out;
  node.visit([&](const auto& value) { out << value; });
  return out.str();
}

bool is_number(const toml::node& node) {
  return node.is_integer() || node.is_floating_point() || node.is_boolean();
}

// A key such as `regions = "all"` (also the default where it is left out) restricts nothing.
bool acts_everywhere(const toml::node& value) {
  const auto* text = value.as_string();
  return text != nullptr && text->get() == "all";
}

// "linear 2026 .. 2030", "step from 2026", "path {2026 = 0, 2027 = 1}"; a profile of another
// form as it is written.
std::string profile_text(const toml::node& profile) {
  const auto* table = profile.as_table();
  if (table == nullptr) return "profile = " + value_text(profile);
  const std::string shape = table->get("shape") != nullptr ? value_text(*table->get("shape")) : "";
  const toml::node* from = table->get("from");
  const toml::node* to = table->get("to");
  const toml::node* path = table->get("path");
  if (shape == "step" && from != nullptr) return "step from " + value_text(*from);
  if ((shape == "linear" || shape == "sigmoid") && from != nullptr && to != nullptr) {
    return shape + " " + value_text(*from) + " .. " + value_text(*to);
  }
  if (shape == "path" && path != nullptr) return "path " + value_text(*path);
  return "profile = " + table_text(*table);
}

std::string lever_line(const toml::table& lever) {
  std::string numbers;
  std::string others;
  for (const auto& [key, value] : lever) {
    const std::string name(key.str());
    if (name == "type" || name == "profile" || acts_everywhere(value)) continue;
    std::string& part = is_number(value) ? numbers : others;
    part += (part.empty() ? "" : ", ") + name + " = " + value_text(value);
  }
  const std::string keys = numbers + (numbers.empty() || others.empty() ? "" : ", ") + others;
  const toml::node* type = lever.get("type");
  std::string line = type != nullptr ? value_text(*type) : "(no type)";
  if (!keys.empty()) line += ": " + keys;
  if (const toml::node* profile = lever.get("profile")) line += "; " + profile_text(*profile);
  return line;
}

}  // namespace

std::optional<std::vector<std::string>> lever_summaries(const std::string& scenario_toml) {
  toml::table scenario;
  try {
    // The text comes from a file that may be damaged: the pre-scan keeps toml++ from what it
    // does not survive (engine/toml_prescan.hpp).
    prescan_toml(scenario_toml, "scenario");
    scenario = toml::parse(scenario_toml);
  } catch (const InputError&) {
    return std::nullopt;
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
  std::vector<std::string> lines;
  const toml::node* levers = scenario.get("levers");
  if (levers == nullptr) return lines;
  const auto* array = levers->as_array();
  if (array == nullptr) return std::nullopt;
  for (const toml::node& entry : *array) {
    const auto* lever = entry.as_table();
    if (lever == nullptr) return std::nullopt;
    lines.push_back(lever_line(*lever));
  }
  return lines;
}

}  // namespace lmsim
