// Unit tests of engine/spelling: the case-insensitive Levenshtein distance and the "did you
// mean" suggestion, which names the closest candidate within a small distance and nothing else.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/spelling.hpp"

namespace {

using lmsim::did_you_mean;
using lmsim::edit_distance;

}  // namespace

TEST_CASE("edit_distance is zero for equal strings, ignoring case", "[engine]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("region", "region") == 0);
  CHECK(edit_distance("Region", "rEGION") == 0);
}

TEST_CASE("edit_distance counts insertions, deletions and substitutions", "[engine]") {
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("flaw", "lawn") == 2);
  CHECK(edit_distance("seed", "sed") == 1);
  CHECK(edit_distance("levers", "lever") == 1);
  CHECK(edit_distance("abc", "xyz") == 3);
}

TEST_CASE("edit_distance is symmetric and obeys the triangle inequality", "[engine]") {
  const std::vector<std::string> words = {"",       "a",      "start",    "Strat",
                                          "end",    "ENDS",   "data_dir", "datadir",
                                          "levers", "kitten", "sitting",  "parameters"};
  for (const auto& a : words) {
    for (const auto& b : words) {
      INFO(a << " / " << b);
      CHECK(edit_distance(a, b) == edit_distance(b, a));
      CHECK(edit_distance(a, b) <= std::max(a.size(), b.size()));
      for (const auto& c : words) {
        CHECK(edit_distance(a, c) <= edit_distance(a, b) + edit_distance(b, c));
      }
    }
  }
}

TEST_CASE("did_you_mean suggests the closest candidate within the distance", "[engine]") {
  const std::vector<std::string> keys = {"base", "title", "data_dir", "start", "end", "levers"};
  CHECK(did_you_mean("titel", keys) == " (did you mean 'title'?)");
  CHECK(did_you_mean("datadir", keys) == " (did you mean 'data_dir'?)");
  CHECK(did_you_mean("LEVERS", keys) == " (did you mean 'levers'?)");
  CHECK(did_you_mean("strat", keys) == " (did you mean 'start'?)");
}

TEST_CASE("did_you_mean stays silent beyond the distance and without candidates", "[engine]") {
  const std::vector<std::string> keys = {"base", "title", "data_dir", "start", "end", "levers"};
  CHECK(did_you_mean("xyzzyq", keys).empty());
  CHECK(did_you_mean("population", keys).empty());
  CHECK(did_you_mean("title", {}).empty());
  // The limit is max(2, length / 3): two edits for a short word, three but not four for a word
  // of nine to eleven letters.
  CHECK(did_you_mean("ab", {"abcd"}) == " (did you mean 'abcd'?)");
  CHECK(did_you_mean("ab", {"abcde"}).empty());
  CHECK(did_you_mean("abcdefghi", {"abcdefXXX"}) == " (did you mean 'abcdefXXX'?)");
  CHECK(did_you_mean("abcdefghi", {"abcdeXXXX"}).empty());
}
