// Unit tests of outputs/finite_check: a NaN anywhere in a result is refused with its variable and
// coordinates; infinity (a tension without short-term unemployed) is not.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "engine/error.hpp"
#include "engine/time_axis.hpp"
#include "outputs/finite_check.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

// 3 months x 2 regions x 2 occupations of employed and tension, all finite.
ResultSet three_months() {
  ResultSet r;
  std::vector<double> days;
  for (int t = 0; t < 3; ++t) days.push_back(TimeAxis({2025, 1}, {2025, 3}).days(t));
  r.dimensions.push_back({"time", days, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"AM01", "AM02"}, "", "region"});
  r.dimensions.push_back({"occupation", {}, {"ZORG", "DEF"}, "", "occupation"});
  for (const char* name : {"employed", "tension"}) {
    Variable& v = r.add_variable(name, {"time", "region", "occupation"}, "1", name, name);
    for (std::size_t i = 0; i < v.data.size(); ++i) v.data[i] = 1.0 + static_cast<double>(i);
  }
  return r;
}

TEST_CASE("require_numbers accepts finite values and infinity", "[outputs]") {
  ResultSet r = three_months();
  r.variables[1].data[5] = std::numeric_limits<double>::infinity();
  CHECK_NOTHROW(require_numbers(r));
}

TEST_CASE("require_numbers names the variable, date, region and occupation of a NaN", "[outputs]") {
  ResultSet r = three_months();
  // time 2025-02, region AM02, occupation DEF: flat index (1 x 2 + 1) x 2 + 1 = 7.
  r.variables[0].data[7] = std::nan("");
  r.variables[0].data[11] = std::nan("");  // a later one is not the one named
  try {
    require_numbers(r);
    FAIL("a NaN was accepted");
  } catch (const RuntimeError& error) {
    CHECK_THAT(error.what(), Contains("not a number (NaN) in employed"));
    CHECK_THAT(error.what(), Contains("time 2025-02-01, region AM02, occupation DEF"));
    CHECK_THAT(error.what(), Contains("nothing was written"));
  }
}

}  // namespace
}  // namespace lmsim::outputs
