// outputs/result_selection: annual means of the monthly variables (every variable over time,
// wherever time stands among its dimensions, becomes one over year, the mean of each year's
// months) and the cells of chosen regions, with their names.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/result_set.hpp"
#include "outputs/result_selection.hpp"
#include "tests/support/small_result_set.hpp"

namespace lmsim::outputs {
namespace {

// small_run_result_set (2025-01 .. 2026-12, regions R1 and R2) with `employed` set to
// month index + 100 x region + 1000 x occupation, so that its annual means are known.
ResultSet result_with_known_means() {
  ResultSet r = test::small_run_result_set();
  Variable& employed = r.variable("employed");  // time x region x occupation
  const std::size_t R = r.dimension("region").size(), O = r.dimension("occupation").size();
  for (std::size_t t = 0; t < r.dimension("time").size(); ++t)
    for (std::size_t h = 0; h < R; ++h)
      for (std::size_t o = 0; o < O; ++o)
        employed.data[(t * R + h) * O + o] = static_cast<double>(t) +
                                             100.0 * static_cast<double>(h) +
                                             1000.0 * static_cast<double>(o);
  return r;
}

TEST_CASE("annual_means turns every monthly variable into the means of its years",
          "[outputs][export]") {
  const ResultSet monthly = result_with_known_means();
  const ResultSet annual = annual_means(monthly);
  const Dimension& year = annual.dimension("year");
  CHECK(year.values == std::vector<double>{2025.0, 2026.0});
  for (const Dimension& d : annual.dimensions) CHECK(d.name != "time");
  const Variable& employed = annual.variable("employed");
  CHECK(employed.dims == std::vector<std::string>{"year", "region", "occupation"});
  const std::size_t R = 2, O = annual.dimension("occupation").size();
  // Months 0..11 average 5.5, months 12..23 average 17.5.
  CHECK(employed.data[(0 * R + 1) * O + 2] == Approx(5.5 + 100.0 + 2000.0));
  CHECK(employed.data[(1 * R + 0) * O + 1] == Approx(17.5 + 1000.0));
  for (const Variable& v : annual.variables) {
    INFO(v.name);
    CHECK(std::find(v.dims.begin(), v.dims.end(), "time") == v.dims.end());
  }
  // A file without time is left as it is.
  CHECK(annual_means(annual).variables.size() == annual.variables.size());
}

TEST_CASE("regions_only keeps the chosen regions of every variable and their names",
          "[outputs][export]") {
  const ResultSet all = result_with_known_means();
  const ResultSet one = regions_only(all, {"zuid"});
  CHECK(one.dimension("region").labels == std::vector<std::string>{"R2"});
  for (const TextCoordinate& c : one.text_coordinates)
    if (c.dim == "region") CHECK(c.labels.size() == 1);
  const Variable& employed = one.variable("employed");
  const std::size_t O = one.dimension("occupation").size();
  REQUIRE(employed.data.size() == one.dimension("time").size() * O);
  CHECK(employed.data[3 * O + 1] == 3.0 + 100.0 + 1000.0);  // month 3, R2, the second occupation
  CHECK(regions_only(all, {}).variables.front().data == all.variables.front().data);
  CHECK(regions_only(all, {"R1,R2"}).dimension("region").size() == 2);
}

}  // namespace
}  // namespace lmsim::outputs
