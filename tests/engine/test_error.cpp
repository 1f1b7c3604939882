// Unit tests of engine/error: located messages leave out the parts that are unknown.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "engine/error.hpp"

namespace {

using lmsim::format_located_message;
using lmsim::InputError;
using lmsim::SourceLocation;

}  // namespace

TEST_CASE("format_located_message writes file:line:column: key: message", "[engine]") {
  CHECK(format_located_message({"a.csv", 3, 7, "region"}, "bad") == "a.csv:3:7: region: bad");
  CHECK(format_located_message({"a.csv", 3, 0, "region"}, "bad") == "a.csv:3: region: bad");
  CHECK(format_located_message({"a.csv", 0, 7, ""}, "bad") == "a.csv: bad");
  CHECK(format_located_message({"", 3, 7, "seed"}, "bad") == "seed: bad");
  CHECK(format_located_message({}, "bad") == "bad");
}

TEST_CASE("InputError keeps its location and formats its message", "[engine]") {
  const InputError located({"s.toml", 2, 5, "start"}, "bad date");
  CHECK(std::string(located.what()) == "s.toml:2:5: start: bad date");
  CHECK(located.where().file == "s.toml");
  CHECK(located.where().line == 2);
  CHECK(located.where().column == 5);
  CHECK(located.where().key == "start");

  const InputError plain("just a message");
  CHECK(std::string(plain.what()) == "just a message");
  CHECK(plain.where().file.empty());
  CHECK(plain.where().line == 0);

  // Both kinds are std::runtime_errors, and they are distinct types.
  CHECK_THROWS_AS(throw InputError("x"), std::runtime_error);
  CHECK_THROWS_AS(throw lmsim::RuntimeError("disk full"), std::runtime_error);
  CHECK_THROWS_WITH(throw lmsim::RuntimeError("disk full"), "disk full");
}
