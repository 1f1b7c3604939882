// Unit tests of engine/result_set: dimensions and variables are found by name, and a new
// variable is zero-filled over the product of its dimensions.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace {

using lmsim::Dimension;
using lmsim::ResultSet;

ResultSet sample() {
  ResultSet r;
  r.dimensions.push_back({"time", {0.0, 31.0, 59.0}, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"GR", "FR", "DR", "OV"}, "", "home region"});
  return r;
}

}  // namespace

TEST_CASE("Dimension size counts labels for text coordinates and values otherwise", "[engine]") {
  const ResultSet r = sample();
  CHECK(r.dimension("time").size() == 3);
  CHECK(r.dimension("region").size() == 4);
  CHECK(Dimension{}.size() == 0);
  CHECK_THROWS_AS(r.dimension("sector"), std::out_of_range);
}

TEST_CASE("ResultSet::add_variable zero-fills over the product of its dimensions", "[engine]") {
  ResultSet r = sample();
  lmsim::Variable& v =
      r.add_variable("employment", {"time", "region"}, "persons", "Employment", "Werkzame");
  CHECK(v.data == std::vector<double>(12, 0.0));
  CHECK(v.dims == std::vector<std::string>{"time", "region"});
  CHECK(v.units == "persons");
  CHECK(v.long_name_nl == "Werkzame");

  r.add_variable("scalar", {}, "1", "A scalar", "Een scalair");
  CHECK(r.variable("scalar").data.size() == 1);

  r.variable("employment").data[5] = 2.5;
  const ResultSet& constant = r;
  CHECK(constant.variable("employment").data[5] == 2.5);
  CHECK_THROWS_AS(constant.variable("missing"), std::out_of_range);
  CHECK_THROWS_AS(r.add_variable("bad", {"time", "sector"}, "", "", ""), std::out_of_range);
  CHECK(r.variables.size() == 2);
}
