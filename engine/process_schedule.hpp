// A step is a fixed, named sequence of processes (principle 2 of the architecture): the model
// registers them in order, the engine runs them, month after month, and calls an observer after
// each step. The engine knows nothing of what a process does.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace lmsim {

template <class State>
class ProcessSchedule {
 public:
  using Process = std::function<void(State&, int step)>;

  void add(std::string name, Process process) {
    processes_.emplace_back(std::move(name), std::move(process));
  }

  std::vector<std::string> names() const {
    std::vector<std::string> result;
    for (const auto& entry : processes_) result.push_back(entry.first);
    return result;
  }

  void step(State& state, int step_index) const {
    for (const auto& entry : processes_) entry.second(state, step_index);
  }

  // Runs one step and adds the wall time of each process to seconds[i] (for profiling).
  void step_timed(State& state, int step_index, std::vector<double>& seconds) const {
    seconds.resize(processes_.size(), 0.0);
    for (std::size_t i = 0; i < processes_.size(); ++i) {
      const auto start = std::chrono::steady_clock::now();
      processes_[i].second(state, step_index);
      seconds[i] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
  }

  // Runs the processes of one step that come before the named one (for calibration).
  void step_before(State& state, int step_index, const std::string& name) const {
    for (const auto& entry : processes_) {
      if (entry.first == name) return;
      entry.second(state, step_index);
    }
  }

  // Runs steps 1..steps-1 (step 0 is the initial state, observed first).
  template <class Observer>
  void run(State& state, int steps, Observer&& observe) const {
    observe(state, 0);
    for (int t = 1; t < steps; ++t) {
      step(state, t);
      observe(state, t);
    }
  }

 private:
  std::vector<std::pair<std::string, Process>> processes_;
};

}  // namespace lmsim
