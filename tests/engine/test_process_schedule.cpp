// Unit tests of engine/process_schedule: the order in which processes run (per-part groups part
// by part, the parts in parallel, split by whole-state processes), that this order gives the same
// state as running each process over all parts for any number of threads, step_before,
// step_timed, run and names. Per-part processes write only to their own part of the test state
// (as the contract asks), so each part keeps its own log.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include <oneapi/tbb/global_control.h>

#include "engine/process_schedule.hpp"

namespace {

using lmsim::ProcessSchedule;

using Log = std::vector<std::string>;

// What every process reads: the schedule passes it to each one.
struct Model {
  double halving = 0.5;
};
const Model kModel;

struct State {
  std::vector<double> x;                // one value per part; parts do not interact
  double total = 0.0;                   // written by the whole-state process
  std::vector<double> seen_total;       // what the per-part process after it read, per part
  std::vector<Log> part_log;            // per part: "A", "B", "C" in the order they ran on it
  Log log;                              // the whole-state processes, and "parts A,B" when W ran
  std::vector<std::vector<int>> steps;  // per part: step index each call received

  // What has run, as one log: whole-state entries, and for each per-part entry, the part.
  void note_whole(const std::string& name) {
    std::string done;
    for (std::size_t p = 0; p < part_log.size(); ++p) {
      std::string part;
      for (const auto& entry : part_log[p]) part += entry;
      done += (p > 0 ? "|" : "") + part;
    }
    log.push_back(name + "[" + done + "]");
  }
};

State initial_state(std::size_t parts) {
  State s;
  for (std::size_t p = 0; p < parts; ++p) s.x.push_back(1.0 + static_cast<double>(p));
  s.seen_total.assign(parts, 0.0);
  s.part_log.assign(parts, {});
  s.steps.assign(parts, {});
  return s;
}

// A, B: per part; W: whole state; C: per part, reading what W wrote.
void part_a(const Model& /*m*/, State& s, int step, std::size_t part) {
  s.x[part] = s.x[part] * s.x[part] + step;
  s.part_log[part].push_back("A");
  s.steps[part].push_back(step);
}
void part_b(const Model& m, State& s, int step, std::size_t part) {
  s.x[part] = m.halving * s.x[part] - 1.0;
  s.part_log[part].push_back("B");
  s.steps[part].push_back(step);
}
void whole_w(const Model& /*m*/, State& s, int /*step*/) {
  s.total = 0.0;
  for (double v : s.x) s.total += v;
  s.note_whole("W");
}
void part_c(const Model& /*m*/, State& s, int step, std::size_t part) {
  s.seen_total[part] = s.total;
  s.x[part] += s.total / 10.0;
  s.part_log[part].push_back("C");
  s.steps[part].push_back(step);
}

ProcessSchedule<Model, State> make_schedule(std::size_t parts) {
  ProcessSchedule<Model, State> schedule(parts);
  schedule.add_per_part("A", part_a);
  schedule.add_per_part("B", part_b);
  schedule.add("W", whole_w);
  schedule.add_per_part("C", part_c);
  return schedule;
}

// The reference: each process over all parts before the next process starts.
void step_process_by_process(State& s, int step, std::size_t parts) {
  for (std::size_t p = 0; p < parts; ++p) part_a(kModel, s, step, p);
  for (std::size_t p = 0; p < parts; ++p) part_b(kModel, s, step, p);
  whole_w(kModel, s, step);
  for (std::size_t p = 0; p < parts; ++p) part_c(kModel, s, step, p);
}

}  // namespace

TEST_CASE("ProcessSchedule::names keeps the order of registration", "[engine]") {
  CHECK(make_schedule(2).names() == Log{"A", "B", "W", "C"});
  ProcessSchedule<Model, State> other(1);
  other.add("z", whole_w);
  other.add_per_part("a", part_a);
  other.add("m", whole_w);
  CHECK(other.names() == Log{"z", "a", "m"});
  CHECK(ProcessSchedule<Model, State>(3).names().empty());
}

TEST_CASE("ProcessSchedule runs consecutive per-part processes part by part", "[engine]") {
  const auto schedule = make_schedule(3);
  State s = initial_state(3);
  schedule.step(kModel, s, 5);
  // Each part runs A, B, then (after W) C; W ran when every part had done A and B.
  CHECK(s.part_log == std::vector<Log>(3, Log{"A", "B", "C"}));
  CHECK(s.log == Log{"W[AB|AB|AB]"});
  CHECK(s.steps == std::vector<std::vector<int>>(3, {5, 5, 5}));
}

TEST_CASE("ProcessSchedule gives the same state for 1, 2 and 4 threads", "[engine][threads]") {
  const std::size_t parts = 64;
  const auto run_with = [&](std::size_t threads) {
    const oneapi::tbb::global_control limit(oneapi::tbb::global_control::max_allowed_parallelism,
                                            threads);
    const auto schedule = make_schedule(parts);
    State s = initial_state(parts);
    for (int t = 1; t <= 3; ++t) schedule.step(kModel, s, t);
    return s;
  };
  const State one = run_with(1);
  for (const std::size_t threads : {2u, 4u}) {
    const State many = run_with(threads);
    CHECK(many.x == one.x);
    CHECK(many.total == one.total);
    CHECK(many.part_log == one.part_log);
    CHECK(many.log == one.log);
  }
}

TEST_CASE("ProcessSchedule gives the state that running each process over all parts gives",
          "[engine]") {
  const std::size_t parts = 4;
  const auto schedule = make_schedule(parts);
  State scheduled = initial_state(parts);
  State reference = initial_state(parts);
  for (int t = 1; t <= 3; ++t) {
    schedule.step(kModel, scheduled, t);
    step_process_by_process(reference, t, parts);
  }
  CHECK(scheduled.x == reference.x);
  CHECK(scheduled.total == reference.total);
  // The whole-state process saw every part finished with A and B, and C saw its result.
  CHECK(scheduled.seen_total == reference.seen_total);
  CHECK(scheduled.seen_total == std::vector<double>(parts, scheduled.total));
}

TEST_CASE("ProcessSchedule with whole-state processes only runs them in order", "[engine]") {
  ProcessSchedule<Model, State> schedule(3);
  schedule.add("W1", [](const Model&, State& s, int) { s.note_whole("W1"); });
  schedule.add("W2", [](const Model&, State& s, int) { s.note_whole("W2"); });
  State s = initial_state(3);
  schedule.step(kModel, s, 0);
  CHECK(s.log == Log{"W1[||]", "W2[||]"});
}

TEST_CASE("ProcessSchedule::step_before stops before the named process", "[engine]") {
  const auto schedule = make_schedule(2);
  SECTION("before the whole-state process") {
    State s = initial_state(2);
    schedule.step_before(kModel, s, 1, "W");
    CHECK(s.part_log == std::vector<Log>(2, Log{"A", "B"}));
    CHECK(s.log.empty());
  }
  SECTION("inside a per-part group: only the processes before it, part by part") {
    State s = initial_state(2);
    schedule.step_before(kModel, s, 1, "B");
    CHECK(s.part_log == std::vector<Log>(2, Log{"A"}));
    CHECK(s.log.empty());
  }
  SECTION("before the last process") {
    State s = initial_state(2);
    schedule.step_before(kModel, s, 1, "C");
    CHECK(s.part_log == std::vector<Log>(2, Log{"A", "B"}));
    CHECK(s.log == Log{"W[AB|AB]"});
  }
  SECTION("before the first process: nothing runs") {
    State s = initial_state(2);
    const State before = s;
    schedule.step_before(kModel, s, 1, "A");
    CHECK(s.part_log == std::vector<Log>(2, Log{}));
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
  schedule.step_timed(kModel, timed, 2, seconds);
  schedule.step(kModel, stepped, 2);
  CHECK(timed.part_log == std::vector<Log>(3, Log{"A", "B", "C"}));
  CHECK(timed.log == Log{"W[AB|AB|AB]"});
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
  schedule.run(kModel, s, 4, [&](const State& state, int t) {
    observed.push_back(t);
    std::size_t calls = state.log.size();
    for (const Log& part : state.part_log) calls += part.size();
    log_sizes.push_back(calls);
  });
  CHECK(observed == std::vector<int>{0, 1, 2, 3});
  // Nothing ran before the first observation; one full step (7 calls) before each later one.
  CHECK(log_sizes == std::vector<std::size_t>{0, 7, 14, 21});
  CHECK(s.steps[0].front() == 1);
  CHECK(s.steps[1].back() == 3);
}
