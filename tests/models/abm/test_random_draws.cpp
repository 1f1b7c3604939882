// Counter-based random numbers: the vectorised first words are Random123's Philox4x32-10, draws
// are a pure function of their key and counter, and the event sequence of Draws::happens gives
// each event the probability of independent draws in order.
#include <Random123/philox.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "models/abm/first_uniforms.hpp"
#include "models/abm/random_draws.hpp"

namespace lmsim::model::abm {
namespace {

TEST_CASE("the first words of many persons are Random123's Philox4x32-10", "[abm][random]") {
  const RandomKey key{0x0123456789abcdefULL, 7};
  std::vector<std::uint64_t> ids;
  for (std::uint64_t i = 0; i < 1003; ++i) ids.push_back(i * 0x9e3779b97f4a7c15ULL);
  std::vector<std::uint32_t> first(ids.size()), second(ids.size()), third(ids.size());
  std::vector<std::uint32_t> first_portable(ids.size()), second_portable(ids.size()),
      third_portable(ids.size());
  first_random_words(key, ids.data(), ids.size(), 42, Stream::kSupply, first.data(), second.data(),
                     third.data());
  // The vector path (AVX-512 where the processor has it) and the portable loop agree.
  first_random_words(key, ids.data(), ids.size(), 42, Stream::kSupply, first_portable.data(),
                     second_portable.data(), third_portable.data(), Vectorisation::kPortable);
  CHECK(first == first_portable);
  CHECK(second == second_portable);
  CHECK(third == third_portable);
  r123::Philox4x32 philox;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const r123::Philox4x32::ctr_type counter = {{static_cast<std::uint32_t>(ids[k]),
                                                 static_cast<std::uint32_t>(ids[k] >> 32), 42,
                                                 Draws::counter_word3(key, Stream::kSupply) + 1}};
    const r123::Philox4x32::key_type k2 = {
        {static_cast<std::uint32_t>(key.seed), static_cast<std::uint32_t>(key.seed >> 32)}};
    const auto block = philox(counter, k2);
    REQUIRE(first[k] == block[0]);
    REQUIRE(second[k] == block[1]);
    REQUIRE(third[k] == block[2]);
    // Draws for the same person start with the same uniform.
    Draws draws(key, ids[k], 42, Stream::kSupply);
    REQUIRE(draws.next_event_uniform() == uniform_of(block[0]));
  }
}

TEST_CASE("comparing words with words_below is comparing uniforms with the probability",
          "[abm][random]") {
  std::mt19937_64 generator(77);
  std::vector<double> probabilities = {0.0,        1e-300, 0x1p-33,     0x1p-32, 1e-9,
                                       1.0 / 12.0, 0.5,    1.0 - 1e-12, 1.0};
  for (int k = 0; k < 1000; ++k)
    probabilities.push_back(std::generate_canonical<double, 64>(generator));
  std::vector<std::uint32_t> words = {0u, 1u, 0x7fffffffu, 0x80000000u, 0xfffffffeu, 0xffffffffu};
  for (int k = 0; k < 1000; ++k) words.push_back(static_cast<std::uint32_t>(generator()));
  for (double p : probabilities) {
    // Words whose uniform is exactly p or right next to it.
    const auto near = static_cast<std::uint32_t>(std::min(0xffffffff.0p0, p * 0x1p32));
    for (std::uint32_t w : {near, near - 1u, near + 1u}) words.push_back(w);
    const std::uint64_t below = words_below(p);
    for (std::uint32_t w : words) {
      INFO("p " << p << " word " << w);
      REQUIRE((uniform_of(w) < p) == (w < below));
    }
    words.resize(words.size() - 3);
  }
}

TEST_CASE("draws depend on seed, replicate, person, month and stream only", "[abm][random]") {
  const auto first = [](RandomKey key, std::uint64_t id, std::uint32_t month, Stream stream) {
    Draws draws(key, id, month, stream);
    return draws.uniform();
  };
  const RandomKey key{99, 0};
  const double u = first(key, 5, 3, Stream::kMatching);
  CHECK(first(key, 5, 3, Stream::kMatching) == u);
  CHECK(first({100, 0}, 5, 3, Stream::kMatching) != u);
  CHECK(first({99, 1}, 5, 3, Stream::kMatching) != u);
  CHECK(first(key, 6, 3, Stream::kMatching) != u);
  CHECK(first(key, 5, 4, Stream::kMatching) != u);
  CHECK(first(key, 5, 3, Stream::kSupply) != u);
  CHECK(first(key, std::uint64_t{5} | (std::uint64_t{1} << 40), 3, Stream::kMatching) != u);
}

TEST_CASE("a sequence of events has the probabilities of independent draws in order",
          "[abm][random]") {
  // Three events with p = 0.2, 0.5, 0.1 checked in order, each only while none has happened:
  // the first happens with 0.2, the second with 0.8 x 0.5, the third with 0.8 x 0.5 x 0.1.
  const std::array<double, 3> p = {0.2, 0.5, 0.1};
  const std::array<double, 3> expected = {0.2, 0.4, 0.04};
  constexpr int kPersons = 200000;
  std::array<int, 3> happened{};
  for (int id = 0; id < kPersons; ++id) {
    Draws draws({1, 0}, static_cast<std::uint64_t>(id), 0, Stream::kSupply);
    for (std::size_t k = 0; k < p.size(); ++k) {
      if (draws.happens(p[k])) {
        ++happened[k];
        break;
      }
    }
  }
  for (std::size_t k = 0; k < p.size(); ++k) {
    const double share = static_cast<double>(happened[k]) / kPersons;
    const double se = std::sqrt(expected[k] * (1.0 - expected[k]) / kPersons);
    INFO("event " << k << ": " << share << " expected " << expected[k]);
    CHECK(std::fabs(share - expected[k]) < 4.0 * se);
  }
}

TEST_CASE("after an event the rest of the sequence is independent of it", "[abm][random]") {
  // An event with p = 0.5 followed by one with p = 0.5: among persons with the first event, the
  // second happens with 0.5 (a fresh uniform), as among those without it.
  constexpr int kPersons = 200000;
  int first = 0, both = 0, second_only = 0;
  for (int id = 0; id < kPersons; ++id) {
    Draws draws({2, 0}, static_cast<std::uint64_t>(id), 0, Stream::kSupply);
    const bool a = draws.happens(0.5);
    const bool b = draws.happens(0.5);
    first += a ? 1 : 0;
    both += a && b ? 1 : 0;
    second_only += !a && b ? 1 : 0;
  }
  const double se = std::sqrt(0.25 / (kPersons / 2.0));
  CHECK(std::fabs(static_cast<double>(both) / first - 0.5) < 4.0 * se);
  CHECK(std::fabs(static_cast<double>(second_only) / (kPersons - first) - 0.5) < 4.0 * se);
}

TEST_CASE("expected counts are rounded without bias", "[abm][random]") {
  constexpr int kCells = 100000;
  double total = 0.0;
  for (int cell = 0; cell < kCells; ++cell) {
    Draws draws({3, 0}, static_cast<std::uint64_t>(cell), 0, Stream::kInitialCount);
    const std::uint64_t n = draws.round_unbiased(2.3);
    REQUIRE((n == 2 || n == 3));
    total += static_cast<double>(n);
  }
  const double se = std::sqrt(0.3 * 0.7 / kCells);
  CHECK(std::fabs(total / kCells - 2.3) < 4.0 * se);
}

TEST_CASE("a pick follows the cumulative distribution and never takes an empty entry",
          "[abm][random]") {
  const std::vector<double> cumulative = {0.25, 0.25, 0.75, 1.0};  // entry 1 is empty
  std::array<int, 4> picked{};
  constexpr int kPicks = 100000;
  for (int id = 0; id < kPicks; ++id) {
    Draws draws({4, 0}, static_cast<std::uint64_t>(id), 0, Stream::kMatching);
    ++picked[draws.pick(cumulative.data(), cumulative.size())];
  }
  CHECK(picked[1] == 0);
  const std::array<double, 4> expected = {0.25, 0.0, 0.5, 0.25};
  for (std::size_t k : {0u, 2u, 3u}) {
    const double se = std::sqrt(expected[k] * (1.0 - expected[k]) / kPicks);
    CHECK(std::fabs(static_cast<double>(picked[k]) / kPicks - expected[k]) < 4.0 * se);
  }
}

}  // namespace
}  // namespace lmsim::model::abm
