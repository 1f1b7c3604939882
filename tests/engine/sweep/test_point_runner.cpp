// Unit tests of engine/sweep/point_runner in one process: every point is handed on exactly once
// with its own result, whatever the order they finish in; a stop request leaves the points not
// started; an error in a point reaches the caller.
#include <catch2/catch.hpp>

#include <atomic>
#include <map>
#include <stdexcept>

#include "engine/sweep/point_runner.hpp"

namespace {

using lmsim::sweep::ProcessGroup;
using lmsim::sweep::run_points;

std::vector<std::size_t> first(std::size_t n) {
  std::vector<std::size_t> todo;
  for (std::size_t i = 0; i < n; ++i) todo.push_back(i * 3);
  return todo;
}

}  // namespace

TEST_CASE("run_points hands every point on once with its own result", "[sweep][threads]") {
  const ProcessGroup group;
  REQUIRE_FALSE(group.distributed());
  std::map<std::size_t, std::vector<double>> seen;
  std::atomic<bool> stop{false};
  const bool complete = run_points(
      group, first(50),
      [](std::size_t p) {
        return std::vector<double>{static_cast<double>(p), 2.0 * static_cast<double>(p)};
      },
      [&](std::size_t p, const std::vector<double>& v) {
        CHECK(seen.count(p) == 0);
        seen[p] = v;
      },
      stop);
  CHECK(complete);
  REQUIRE(seen.size() == 50);
  for (const auto& [p, v] : seen) {
    CHECK(p % 3 == 0);
    CHECK(v == std::vector<double>{static_cast<double>(p), 2.0 * static_cast<double>(p)});
  }
}

TEST_CASE("run_points leaves the points not started when asked to stop", "[sweep][threads]") {
  const ProcessGroup group;
  std::atomic<bool> stop{false};
  std::atomic<int> started{0};
  std::size_t handed = 0;
  const bool complete = run_points(
      group, first(1000),
      [&](std::size_t p) {
        if (++started == 5) stop.store(true);
        return std::vector<double>{static_cast<double>(p)};
      },
      [&](std::size_t, const std::vector<double>&) { ++handed; }, stop);
  CHECK_FALSE(complete);
  CHECK(handed < 1000);
  CHECK(handed == static_cast<std::size_t>(started.load()));
}

TEST_CASE("an error in a point, or in handing it on, reaches the caller", "[sweep][threads]") {
  const ProcessGroup group;
  std::atomic<bool> stop{false};
  CHECK_THROWS_WITH(run_points(
                        group, first(20),
                        [](std::size_t p) -> std::vector<double> {
                          if (p == 30) throw std::runtime_error("point 30 failed");
                          return {1.0};
                        },
                        [](std::size_t, const std::vector<double>&) {}, stop),
                    "point 30 failed");
  CHECK_THROWS_WITH(
      run_points(
          group, first(20), [](std::size_t) { return std::vector<double>{1.0}; },
          [](std::size_t, const std::vector<double>&) { throw std::runtime_error("disk full"); },
          stop),
      "disk full");
}
