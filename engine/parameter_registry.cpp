#include "engine/parameter_registry.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "engine/spelling.hpp"

namespace lmsim {
namespace {

std::string format_number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// A CSV field in quotes, with quotes inside doubled (RFC 4180).
std::string csv_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void ParameterRegistry::add(ParameterSpec spec) {
  if (find(spec.name) != nullptr) {
    throw std::logic_error("parameter registered twice: " + spec.name);
  }
  if (!(spec.lower_bound <= spec.default_value && spec.default_value <= spec.upper_bound)) {
    throw std::logic_error("default of parameter " + spec.name + " lies outside its bounds");
  }
  specs_.push_back(std::move(spec));
}

const ParameterSpec* ParameterRegistry::find(std::string_view name) const {
  const auto it = std::find_if(specs_.begin(), specs_.end(),
                               [&](const ParameterSpec& s) { return s.name == name; });
  return it == specs_.end() ? nullptr : &*it;
}

std::vector<std::string> ParameterRegistry::names() const {
  std::vector<std::string> result;
  result.reserve(specs_.size());
  for (const auto& spec : specs_) result.push_back(spec.name);
  return result;
}

void ParameterRegistry::retire(std::string name, std::string reason) {
  retired_.emplace_back(std::move(name), std::move(reason));
}

const std::string* ParameterRegistry::retired(std::string_view name) const {
  for (const auto& [retired_name, reason] : retired_)
    if (retired_name == name) return &reason;
  return nullptr;
}

std::string ParameterRegistry::unknown_parameter(std::string_view name) const {
  if (const std::string* reason = retired(name)) return "unknown parameter: removed, " + *reason;
  return "unknown parameter" + did_you_mean(name, names());
}

ParameterValues::ParameterValues(const ParameterRegistry& registry) : registry_(&registry) {
  for (const auto& spec : registry.all()) values_.emplace(spec.name, spec.default_value);
}

double ParameterValues::operator[](std::string_view name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) throw std::logic_error("unregistered parameter: " + std::string(name));
  return it->second;
}

std::string ParameterValues::set(std::string_view name, double value) {
  const ParameterSpec* spec = registry_->find(name);
  if (spec == nullptr) {
    return registry_->unknown_parameter(name) + " (`lmsim params` lists them all)";
  }
  if (!std::isfinite(value)) return "value must be a finite number";
  if (value < spec->lower_bound || value > spec->upper_bound) {
    return "value " + format_number(value) + " is outside the allowed range [" +
           format_number(spec->lower_bound) + ", " + format_number(spec->upper_bound) + "] (" +
           spec->unit + ")";
  }
  values_[std::string(name)] = value;
  return {};
}

std::string format_parameter_table(const ParameterRegistry& registry, TableFormat format) {
  std::ostringstream out;
  const auto& specs = registry.all();
  if (format == TableFormat::kCsv) {
    out << "name,unit,default,lower_bound,upper_bound,description,source\n";
    for (const auto& s : specs) {
      out << s.name << ',' << csv_quoted(s.unit) << ',' << format_number(s.default_value) << ','
          << format_number(s.lower_bound) << ',' << format_number(s.upper_bound) << ','
          << csv_quoted(s.description) << ',' << csv_quoted(s.source) << '\n';
    }
    return out.str();
  }
  if (format == TableFormat::kMarkdown) {
    out << "| name | unit | default | bounds | description | source |\n";
    out << "|---|---|---|---|---|---|\n";
    for (const auto& s : specs) {
      out << "| `" << s.name << "` | " << s.unit << " | " << format_number(s.default_value)
          << " | [" << format_number(s.lower_bound) << ", " << format_number(s.upper_bound)
          << "] | " << s.description << " | " << s.source << " |\n";
    }
    return out.str();
  }
  for (const auto& s : specs) {
    out << s.name << "  [" << s.unit << "]  default " << format_number(s.default_value)
        << "  bounds [" << format_number(s.lower_bound) << ", " << format_number(s.upper_bound)
        << "]\n    " << s.description << "\n    source: " << s.source << "\n";
  }
  return out.str();
}

}  // namespace lmsim
