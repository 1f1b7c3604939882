// A step is a fixed, named sequence of processes (docs/model.md, "The month's processes"): the
// model lists them in order, the engine runs them on a state, month after month, for a model
// description that every process reads, and calls an observer after each step. The engine knows
// nothing of what a process does, and keeps no pointer to the model: a schedule can be copied and
// moved freely.
//
// A process either acts on the whole state, or acts on one part of it at a time (for the
// labour-market model: one home region), when the parts do not interact in that process.
// Consecutive per-part processes run part by part: all of them for part 0, all of them for part
// 1, and so on, the parts in parallel (oneTBB; as many threads as the caller's
// tbb::global_control allows). Since parts do not interact, this gives what running each
// process over all parts would give, whatever the number of threads, as long as a per-part
// process writes only to its own part of the state (shared totals go to per-part records that
// a later whole-state process adds up in part order).
#pragma once

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace lmsim {

template <class Model, class State>
class ProcessSchedule {
 public:
  using WholeProcess = std::function<void(const Model&, State&, int step)>;
  using PartProcess = std::function<void(const Model&, State&, int step, std::size_t part)>;

  explicit ProcessSchedule(std::size_t parts = 1) : parts_(parts) {}

  void add(std::string name, WholeProcess process) {
    entries_.push_back({std::move(name), std::move(process), {}});
  }
  void add_per_part(std::string name, PartProcess process) {
    entries_.push_back({std::move(name), {}, std::move(process)});
  }

  std::vector<std::string> names() const {
    std::vector<std::string> result;
    for (const auto& entry : entries_) result.push_back(entry.name);
    return result;
  }

  void step(const Model& model, State& state, int step_index) const {
    run_range(model, state, step_index, 0, entries_.size());
  }

  // Runs the processes of one step that come before the named one (for calibration).
  void step_before(const Model& model, State& state, int step_index,
                   const std::string& name) const {
    std::size_t end = 0;
    while (end < entries_.size() && entries_[end].name != name) ++end;
    run_range(model, state, step_index, 0, end);
  }

  // Runs one step process by process (each over all parts) and adds the wall time of each to
  // seconds[i], for profiling.
  void step_timed(const Model& model, State& state, int step_index,
                  std::vector<double>& seconds) const {
    seconds.resize(entries_.size(), 0.0);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const auto start = std::chrono::steady_clock::now();
      run_range(model, state, step_index, i, i + 1);
      seconds[i] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
  }

  // Runs steps 1..steps-1 (step 0 is the initial state, observed first).
  template <class Observer>
  void run(const Model& model, State& state, int steps, Observer&& observe) const {
    observe(state, 0);
    for (int t = 1; t < steps; ++t) {
      step(model, state, t);
      observe(state, t);
    }
  }

 private:
  struct Entry {
    std::string name;
    WholeProcess whole;  // set for a process on the whole state
    PartProcess part;    // set for a process on one part at a time
  };

  void run_range(const Model& model, State& state, int step_index, std::size_t first,
                 std::size_t end) const {
    std::size_t i = first;
    while (i < end) {
      if (entries_[i].whole) {
        entries_[i].whole(model, state, step_index);
        ++i;
        continue;
      }
      std::size_t group_end = i;
      while (group_end < end && entries_[group_end].part) ++group_end;
      oneapi::tbb::parallel_for(oneapi::tbb::blocked_range<std::size_t>(0, parts_, 1),
                                [&](const oneapi::tbb::blocked_range<std::size_t>& parts) {
                                  for (std::size_t part = parts.begin(); part < parts.end();
                                       ++part) {
                                    for (std::size_t k = i; k < group_end; ++k) {
                                      entries_[k].part(model, state, step_index, part);
                                    }
                                  }
                                });
      i = group_end;
    }
  }

  std::size_t parts_;
  std::vector<Entry> entries_;
};

}  // namespace lmsim
