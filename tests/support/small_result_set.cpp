#include "tests/support/small_result_set.hpp"

#include <limits>

namespace lmsim::test {

ResultSet small_result_set() {
  ResultSet r;
  r.dimensions.push_back({"time", {0.0, 31.0, 59.0}, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region code"});
  r.text_coordinates.push_back({"region_name", "region", {kAwkwardLabel, "Fryslân"}, "name"});
  Variable& employed = r.add_variable("employed", {"time", "region"}, "persons", "employed persons",
                                      "werkzame personen");
  employed.data = {1234.5,    0.1 + 0.2, 1.0 / 3.0, std::numeric_limits<double>::infinity(),
                   -2.5e-300, 123456.789};
  Variable& retiring = r.add_variable("retirements", {"time"}, "persons per month",
                                      "employees retiring", "werknemers met pensioen");
  retiring.data = {12.25, 0.0, 2.0 / 7.0};
  r.attributes = {{"title", "Small test set"}, {"engine", "stock-flow"}};
  return r;
}

}  // namespace lmsim::test
