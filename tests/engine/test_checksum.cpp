// Unit tests of engine/checksum: FNV-1a 64 gives the published test vectors (Fowler, Noll and
// Vo's reference values), and continuing a hash equals hashing the whole.
#include <catch2/catch.hpp>

#include <string>

#include "engine/checksum.hpp"

TEST_CASE("fnv1a gives FNV-1a 64's published test vectors", "[engine]") {
  CHECK(lmsim::fnv1a("") == 0xcbf29ce484222325ULL);
  CHECK(lmsim::fnv1a("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(lmsim::fnv1a("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("fnv1a continued over two parts equals fnv1a of the whole", "[engine]") {
  const std::string whole = "age,mortality\n15,0.0001\n";
  CHECK(lmsim::fnv1a(whole.substr(8), lmsim::fnv1a(whole.substr(0, 8))) == lmsim::fnv1a(whole));
}
