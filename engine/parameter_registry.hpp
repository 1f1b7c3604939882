// Self-describing parameters: every tunable number of a model is registered with its name, unit,
// default, bounds, description and source, so that `lmsim params` can print them and a scenario
// override can be checked before any work starts. The engine does not know what they mean.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lmsim {

struct ParameterSpec {
  std::string name;
  std::string unit;
  double default_value = 0.0;
  double lower_bound = 0.0;
  double upper_bound = 0.0;
  std::string description;
  std::string source;
};

class ParameterRegistry {
 public:
  void add(ParameterSpec spec);
  const ParameterSpec* find(std::string_view name) const;
  const std::vector<ParameterSpec>& all() const { return specs_; }
  std::vector<std::string> names() const;
  // A parameter that no longer exists: a scenario or sweep that sets it is refused as an unknown
  // parameter, with `reason` (why it went, what to do) in the message.
  void retire(std::string name, std::string reason);
  // Why a retired parameter went; nullptr for any other name.
  const std::string* retired(std::string_view name) const;
  // "unknown parameter" and what helps: the reason a retired name went, or the closest names.
  std::string unknown_parameter(std::string_view name) const;

 private:
  std::vector<ParameterSpec> specs_;
  std::vector<std::pair<std::string, std::string>> retired_;
};

// Values for every registered parameter; starts at the defaults and takes checked overrides.
class ParameterValues {
 public:
  explicit ParameterValues(const ParameterRegistry& registry);

  double operator[](std::string_view name) const;
  // Returns an empty string when the value is accepted, else why it is not (unknown name or
  // outside the bounds); the caller adds file and line.
  std::string set(std::string_view name, double value);
  const std::map<std::string, double, std::less<>>& values() const { return values_; }

 private:
  const ParameterRegistry* registry_;
  std::map<std::string, double, std::less<>> values_;
};

enum class TableFormat { kText, kMarkdown, kCsv };

std::string format_parameter_table(const ParameterRegistry& registry, TableFormat format);

}  // namespace lmsim
