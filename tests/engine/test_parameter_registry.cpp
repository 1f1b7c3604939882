// Unit tests of engine/parameter_registry: registration checks (programming errors, so
// std::logic_error), checked overrides with their messages, and the parameter table formats.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/parameter_registry.hpp"

namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;
using lmsim::ParameterRegistry;
using lmsim::ParameterSpec;
using lmsim::ParameterValues;
using lmsim::TableFormat;

ParameterRegistry sample_registry() {
  ParameterRegistry registry;
  registry.add({"separation_rate", "per month", 0.016, 0.0, 1.0, "Monthly job separation rate",
                "CBS flows, 2023"});
  registry.add({"job_finding_scale", "factor", 1.0, 0.0, 10.0, "Scales job finding, e.g. 1, 2",
                "calibrated"});
  registry.add({"demand_growth", "fraction per year", 0.0, -0.2, 0.2, "Demand growth", "CPB"});
  return registry;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Splits one CSV line as RFC 4180 does: commas inside double quotes belong to the field and a
// doubled quote inside quotes is one quote. Returns no fields for a malformed line.
std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
        if (i + 1 < line.size() && line[i + 1] != ',') return {};
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      if (!fields.back().empty()) return {};
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return {};
  return fields;
}

}  // namespace

TEST_CASE("ParameterRegistry keeps specs in registration order and finds them by name",
          "[engine]") {
  const ParameterRegistry registry = sample_registry();
  CHECK(registry.names() ==
        std::vector<std::string>{"separation_rate", "job_finding_scale", "demand_growth"});
  REQUIRE(registry.all().size() == 3);
  const ParameterSpec* spec = registry.find("demand_growth");
  REQUIRE(spec != nullptr);
  CHECK(spec->lower_bound == -0.2);
  CHECK(spec->unit == "fraction per year");
  CHECK(registry.find("Demand_growth") == nullptr);
  CHECK(registry.find("") == nullptr);
}

TEST_CASE("ParameterRegistry refuses a name registered twice", "[engine]") {
  ParameterRegistry registry = sample_registry();
  CHECK_THROWS_AS(registry.add({"separation_rate", "per month", 0.5, 0.0, 1.0, "again", "x"}),
                  std::logic_error);
  CHECK_THROWS_WITH(registry.add({"separation_rate", "per month", 0.5, 0.0, 1.0, "again", "x"}),
                    Contains("registered twice: separation_rate"));
  CHECK(registry.all().size() == 3);
  CHECK(registry.find("separation_rate")->default_value == 0.016);
}

TEST_CASE("ParameterRegistry refuses a default outside the bounds", "[engine]") {
  ParameterRegistry registry;
  CHECK_THROWS_AS(registry.add({"low", "u", -0.1, 0.0, 1.0, "", ""}), std::logic_error);
  CHECK_THROWS_AS(registry.add({"high", "u", 1.5, 0.0, 1.0, "", ""}), std::logic_error);
  CHECK_THROWS_AS(registry.add({"inverted", "u", 0.5, 1.0, 0.0, "", ""}), std::logic_error);
  CHECK_THROWS_AS(
      registry.add({"nan", "u", std::numeric_limits<double>::quiet_NaN(), 0.0, 1.0, "", ""}),
      std::logic_error);
  CHECK_THROWS_WITH(registry.add({"high", "u", 1.5, 0.0, 1.0, "", ""}),
                    Contains("default of parameter high lies outside its bounds"));
  CHECK(registry.all().empty());
  // The bounds themselves are allowed as defaults.
  CHECK_NOTHROW(registry.add({"at_lower", "u", 0.0, 0.0, 1.0, "", ""}));
  CHECK_NOTHROW(registry.add({"at_upper", "u", 1.0, 0.0, 1.0, "", ""}));
  CHECK(registry.all().size() == 2);
}

TEST_CASE("ParameterValues start at the defaults and take overrides within bounds", "[engine]") {
  const ParameterRegistry registry = sample_registry();
  ParameterValues values(registry);
  CHECK(values["separation_rate"] == 0.016);
  CHECK(values["demand_growth"] == 0.0);
  CHECK(values.values().size() == 3);
  CHECK(values.set("separation_rate", 0.02).empty());
  CHECK(values["separation_rate"] == 0.02);
  CHECK(values.set("demand_growth", -0.2).empty());  // bounds are inclusive
  CHECK(values.set("demand_growth", 0.2).empty());
  CHECK(values["demand_growth"] == 0.2);
  CHECK_THROWS_AS(values["unregistered"], std::logic_error);
}

TEST_CASE("ParameterValues::set explains a value outside the range and keeps the old one",
          "[engine]") {
  const ParameterRegistry registry = sample_registry();
  ParameterValues values(registry);
  CHECK(values.set("separation_rate", 1.5) ==
        "value 1.5 is outside the allowed range [0, 1] (per month)");
  CHECK(values.set("demand_growth", -0.25) ==
        "value -0.25 is outside the allowed range [-0.2, 0.2] (fraction per year)");
  CHECK(values.set("separation_rate", std::numeric_limits<double>::infinity()) ==
        "value must be a finite number");
  CHECK(values.set("separation_rate", std::numeric_limits<double>::quiet_NaN()) ==
        "value must be a finite number");
  CHECK(values["separation_rate"] == 0.016);
  CHECK(values["demand_growth"] == 0.0);
}

TEST_CASE("ParameterValues::set refuses an unknown name with a suggestion when one is close",
          "[engine]") {
  const ParameterRegistry registry = sample_registry();
  ParameterValues values(registry);
  CHECK(values.set("separation_rat", 0.1) ==
        "unknown parameter (did you mean 'separation_rate'?) (`lmsim params` lists them all)");
  CHECK(values.set("completely_different_name", 0.1) ==
        "unknown parameter (`lmsim params` lists them all)");
  CHECK(values.values().count("separation_rat") == 0);
  CHECK(values.values().size() == 3);
}

TEST_CASE("a retired parameter is unknown, and the message says why it went", "[engine]") {
  ParameterRegistry registry = sample_registry();
  registry.retire("old_share", "tension now uses the counts; delete this line");
  ParameterValues values(registry);
  CHECK(values.set("old_share", 0.35) ==
        "unknown parameter: removed, tension now uses the counts; delete this line (`lmsim "
        "params` lists them all)");
  CHECK(values.values().count("old_share") == 0);
  CHECK(registry.find("old_share") == nullptr);
  CHECK(registry.names().size() == 3);  // not listed by lmsim params
  CHECK(*registry.retired("old_share") == "tension now uses the counts; delete this line");
  CHECK(registry.retired("separation_rate") == nullptr);
}

TEST_CASE("format_parameter_table csv has a header and one line per parameter", "[engine]") {
  const ParameterRegistry registry = sample_registry();
  const std::string csv = format_parameter_table(registry, TableFormat::kCsv);
  const std::vector<std::string> lines = lines_of(csv);
  REQUIRE(lines.size() == 1 + registry.all().size());
  CHECK(lines[0] == "name,unit,default,lower_bound,upper_bound,description,source");
  CHECK(csv.back() == '\n');
  for (std::size_t i = 0; i < registry.all().size(); ++i) {
    const ParameterSpec& spec = registry.all()[i];
    const std::vector<std::string> fields = split_csv_line(lines[i + 1]);
    INFO(lines[i + 1]);
    REQUIRE(fields.size() == 7);
    CHECK(fields[0] == spec.name);
    CHECK(fields[1] == spec.unit);
    CHECK(std::stod(fields[2]) == spec.default_value);
    CHECK(std::stod(fields[3]) == spec.lower_bound);
    CHECK(std::stod(fields[4]) == spec.upper_bound);
    CHECK(fields[5] == spec.description);  // "e.g. 1, 2" keeps its comma inside quotes
    CHECK(fields[6] == spec.source);
  }
}

TEST_CASE("format_parameter_table csv escapes quotes and separators in text fields", "[engine]") {
  // A description with a double quote, or a unit with a comma, must still give 7 fields.
  ParameterRegistry registry;
  registry.add({"p", "persons, per year", 1.0, 0.0, 2.0, "the so-called \"gap\"", "x"});
  const std::vector<std::string> lines =
      lines_of(format_parameter_table(registry, TableFormat::kCsv));
  REQUIRE(lines.size() == 2);
  const std::vector<std::string> fields = split_csv_line(lines[1]);
  REQUIRE(fields.size() == 7);
  CHECK(fields[1] == "persons, per year");
  CHECK(fields[5] == "the so-called \"gap\"");
}

TEST_CASE("format_parameter_table markdown and text list every parameter", "[engine]") {
  const ParameterRegistry registry = sample_registry();
  const std::vector<std::string> markdown =
      lines_of(format_parameter_table(registry, TableFormat::kMarkdown));
  REQUIRE(markdown.size() == 2 + registry.all().size());
  CHECK_THAT(markdown[0], StartsWith("| name | unit | default | bounds |"));
  CHECK(markdown[1] == "|---|---|---|---|---|---|");
  CHECK(markdown[2] ==
        "| `separation_rate` | per month | 0.016 | [0, 1] | Monthly job separation rate | CBS "
        "flows, 2023 |");
  CHECK_THAT(markdown[4], StartsWith("| `demand_growth` | fraction per year | 0 | [-0.2, 0.2] |"));

  const std::string text = format_parameter_table(registry, TableFormat::kText);
  const std::vector<std::string> text_lines = lines_of(text);
  REQUIRE(text_lines.size() == 3 * registry.all().size());
  CHECK(text_lines[0] == "separation_rate  [per month]  default 0.016  bounds [0, 1]");
  CHECK(text_lines[1] == "    Monthly job separation rate");
  CHECK(text_lines[2] == "    source: CBS flows, 2023");
  CHECK_THAT(text, Contains("job_finding_scale  [factor]  default 1  bounds [0, 10]"));
}

TEST_CASE("format_parameter_table of an empty registry", "[engine]") {
  const ParameterRegistry registry;
  CHECK(format_parameter_table(registry, TableFormat::kCsv) ==
        "name,unit,default,lower_bound,upper_bound,description,source\n");
  CHECK(format_parameter_table(registry, TableFormat::kText).empty());
}
