// The agent table: persons are added in order and compaction removes the departed ones, keeping
// every field of the others together and in order.
#include <catch2/catch.hpp>

#include "models/abm/agent_table.hpp"

namespace lmsim::model::abm {
namespace {

TEST_CASE("compaction removes departed persons and keeps the others in order", "[abm]") {
  AgentTable table;
  for (std::uint8_t k = 0; k < 10; ++k) {
    Person p;
    p.id = 100 + k;
    p.status = Status::kEmployed;
    p.home = k;
    p.work = static_cast<std::uint8_t>(k + 1);
    p.occupation = static_cast<std::uint8_t>(k + 2);
    p.age = static_cast<std::uint8_t>(k + 3);
    p.education = k % 3;
    p.spell = static_cast<std::uint8_t>(k + 4);
    p.hours = static_cast<std::uint8_t>(4 * k + 5);
    p.flags = k % 2;
    table.add(p);
  }
  for (std::size_t i : {0u, 3u, 4u, 9u}) table.status[i] = kDeparted;
  table.note_departed(4);
  CHECK(table.remove_departed() == 4);
  CHECK(table.departed() == 0);
  REQUIRE(table.size() == 6);
  const std::vector<std::uint8_t> kept = {1, 2, 5, 6, 7, 8};
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const std::uint8_t k = kept[i];
    CHECK(table.id[i] == 100u + k);
    CHECK(table.home[i] == k);
    CHECK(table.work[i] == k + 1);
    CHECK(table.occupation[i] == k + 2);
    CHECK(table.age[i] == k + 3);
    CHECK(table.education[i] == k % 3);
    CHECK(table.spell[i] == k + 4);
    CHECK(table.hours[i] == 4 * k + 5);
    CHECK(table.flags[i] == k % 2);
  }
}

}  // namespace
}  // namespace lmsim::model::abm
