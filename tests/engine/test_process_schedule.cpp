// Unit tests of engine/process_schedule: the order in which processes run (per-part groups part
// by part, split by whole-state processes), that this order gives the same state as running each
// process over all parts, step_before, step_timed, run and names.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "engine/process_schedule.hpp"

namespace {

using lmsim::ProcessSchedule;

struct State {
  std::vector<double> x;           // one value per part; parts do not interact
  double total = 0.0;              // written by the whole-state process
  std::vector<double> seen_total;  // what the per-part process after it read, per part
  std::vector<std::string> log;    // "A0" = process A on part 0, "W" = whole-state process W
  std::vector<int> steps;          // step index each call received
};

State initial_state(std::size_t parts) {
  State s;
  for (std::size_t p = 0; p < parts; ++p) s.x.push_back(1.0 + static_cast<double>(p));
  s.seen_total.assign(parts, 0.0);
  return s;
}

// A, B: per part; W: whole state; C: per part, reading what W wrote.
void part_a(State& s, int step, std::size_t part) {
  s.x[part] = s.x[part] * s.x[part] + step;
  s.log.push_back("A" + std::to_string(part));
  s.steps.push_back(step);
}
void part_b(State& s, int step, std::size_t part) {
  s.x[part] = 0.5 * s.x[part] - 1.0;
  s.log.push_back("B" + std::to_string(part));
  s.steps.push_back(step);
}
void whole_w(State& s, int step) {
  s.total = 0.0;
  for (double v : s.x) s.total += v;
  s.log.push_back("W");
  s.steps.push_back(step);
}
void part_c(State& s, int step, std::size_t part) {
  s.seen_total[part] = s.total;
  s.x[part] += s.total / 10.0;
  s.log.push_back("C" + std::to_string(part));
  s.steps.push_back(step);
}

ProcessSchedule<State> make_schedule(std::size_t parts) {
  ProcessSchedule<State> schedule(parts);
  schedule.add_per_part("A", part_a);
  schedule.add_per_part("B", part_b);
  schedule.add("W", whole_w);
  schedule.add_per_part("C", part_c);
  return schedule;
}

// The reference: each process over all parts before the next process starts.
void step_process_by_process(State& s, int step, std::size_t parts) {
  for (std::size_t p = 0; p < parts; ++p) part_a(s, step, p);
  for (std::size_t p = 0; p < parts; ++p) part_b(s, step, p);
  whole_w(s, step);
  for (std::size_t p = 0; p < parts; ++p) part_c(s, step, p);
}

using Log = std::vector<std::string>;

}  // namespace

TEST_CASE("ProcessSchedule::names keeps the order of registration", "[engine]") {
  CHECK(make_schedule(2).names() == Log{"A", "B", "W", "C"});
  ProcessSchedule<State> other(1);
  other.add("z", whole_w);
  other.add_per_part("a", part_a);
  other.add("m", whole_w);
  CHECK(other.names() == Log{"z", "a", "m"});
  CHECK(ProcessSchedule<State>(3).names().empty());
}

TEST_CASE("ProcessSchedule runs consecutive per-part processes part by part", "[engine]") {
  const auto schedule = make_schedule(3);
  State s = initial_state(3);
  schedule.step(s, 5);
  // A and B run together per part; the whole-state W splits them from C.
  CHECK(s.log == Log{"A0", "B0", "A1", "B1", "A2", "B2", "W", "C0", "C1", "C2"});
  CHECK(s.steps == std::vector<int>(10, 5));
}

TEST_CASE("ProcessSchedule gives the state that running each process over all parts gives",
          "[engine]") {
  const std::size_t parts = 4;
  const auto schedule = make_schedule(parts);
  State scheduled = initial_state(parts);
  State reference = initial_state(parts);
  for (int t = 1; t <= 3; ++t) {
    schedule.step(scheduled, t);
    step_process_by_process(reference, t, parts);
  }
  CHECK(scheduled.x == reference.x);
  CHECK(scheduled.total == reference.total);
  // The whole-state process saw every part finished with A and B, and C saw its result.
  CHECK(scheduled.seen_total == reference.seen_total);
  CHECK(scheduled.seen_total == std::vector<double>(parts, scheduled.total));
  CHECK(scheduled.log != reference.log);  // same result, different order
}

TEST_CASE("ProcessSchedule with whole-state processes only runs them in order", "[engine]") {
  ProcessSchedule<State> schedule(3);
  schedule.add("W1", [](State& s, int) { s.log.push_back("W1"); });
  schedule.add("W2", [](State& s, int) { s.log.push_back("W2"); });
  State s = initial_state(3);
  schedule.step(s, 0);
  CHECK(s.log == Log{"W1", "W2"});
}

TEST_CASE("ProcessSchedule::step_before stops before the named process", "[engine]") {
  const auto schedule = make_schedule(2);
  SECTION("before the whole-state process") {
    State s = initial_state(2);
    schedule.step_before(s, 1, "W");
    CHECK(s.log == Log{"A0", "B0", "A1", "B1"});
  }
  SECTION("inside a per-part group: only the processes before it, part by part") {
    State s = initial_state(2);
    schedule.step_before(s, 1, "B");
    CHECK(s.log == Log{"A0", "A1"});
  }
  SECTION("before the last process") {
    State s = initial_state(2);
    schedule.step_before(s, 1, "C");
    CHECK(s.log == Log{"A0", "B0", "A1", "B1", "W"});
  }
  SECTION("before the first process: nothing runs") {
    State s = initial_state(2);
    const State before = s;
    schedule.step_before(s, 1, "A");
    CHECK(s.log.empty());
    CHECK(s.x == before.x);
  }
}

TEST_CASE("ProcessSchedule::step_timed runs each process over all parts and times it", "[engine]") {
  const std::size_t parts = 3;
  const auto schedule = make_schedule(parts);
  State timed = initial_state(parts);
  State stepped = initial_state(parts);
  std::vector<double> seconds = {0.25};
  schedule.step_timed(timed, 2, seconds);
  schedule.step(stepped, 2);
  CHECK(timed.log == Log{"A0", "A1", "A2", "B0", "B1", "B2", "W", "C0", "C1", "C2"});
  CHECK(timed.x == stepped.x);
  REQUIRE(seconds.size() == 4);
  CHECK(seconds[0] >= 0.25);  // added to what was there
  for (double s : seconds) CHECK(s >= 0.0);
}

TEST_CASE("ProcessSchedule::run observes the initial state, then steps 1..steps-1", "[engine]") {
  const auto schedule = make_schedule(2);
  State s = initial_state(2);
  std::vector<int> observed;
  std::vector<std::size_t> log_sizes;
  schedule.run(s, 4, [&](const State& state, int t) {
    observed.push_back(t);
    log_sizes.push_back(state.log.size());
  });
  CHECK(observed == std::vector<int>{0, 1, 2, 3});
  // Nothing ran before the first observation; one full step (7 calls) before each later one.
  CHECK(log_sizes == std::vector<std::size_t>{0, 7, 14, 21});
  CHECK(s.steps.front() == 1);
  CHECK(s.steps.back() == 3);
}
