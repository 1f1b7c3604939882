#include "engine/sweep/point_runner.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <iostream>
#include <mutex>
#include <thread>

#include "engine/error.hpp"

namespace lmsim::sweep {
namespace {

struct Result {
  std::size_t point;
  std::vector<double> values;
};

// Results of this rank's worker thread, for the main thread (the only one that calls MPI).
class ResultQueue {
 public:
  void push(Result result) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      results_.push_back(std::move(result));
    }
    changed_.notify_one();
  }
  void close(std::exception_ptr error) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
      error_ = error;
    }
    changed_.notify_one();
  }
  // Waits at most `wait` for a result; false when none came (closed() tells whether more may).
  bool pop(Result& result, std::chrono::milliseconds wait) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait_for(lock, wait, [&] { return !results_.empty() || closed_; });
    if (results_.empty()) return false;
    result = std::move(results_.front());
    results_.pop_front();
    return true;
  }
  bool drained() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return closed_ && results_.empty();
  }
  std::exception_ptr error() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return error_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Result> results_;
  bool closed_ = false;
  std::exception_ptr error_;
};

std::vector<std::size_t> share_of_rank(const std::vector<std::size_t>& todo, int rank, int size) {
  std::vector<std::size_t> share;
  for (std::size_t i = static_cast<std::size_t>(rank); i < todo.size();
       i += static_cast<std::size_t>(size)) {
    share.push_back(todo[i]);
  }
  return share;
}

void run_share(const std::vector<std::size_t>& share, const PointWork& work,
               const std::atomic<bool>& stop, const std::atomic<bool>& halt, ResultQueue& queue) {
  std::exception_ptr error;
  try {
    oneapi::tbb::parallel_for(std::size_t{0}, share.size(), [&](std::size_t i) {
      if (stop.load() || halt.load()) return;
      queue.push({share[i], work(share[i])});
    });
  } catch (...) {
    error = std::current_exception();
  }
  queue.close(error);
}

[[noreturn]] void abort_on_error(const ProcessGroup& group, std::exception_ptr error) {
  int code = 1;
  try {
    std::rethrow_exception(error);
  } catch (const InputError& e) {
    std::cerr << "lmsim sweep (rank " << group.rank() << "): " << e.what() << "\n";
    code = 2;
  } catch (const std::exception& e) {
    std::cerr << "lmsim sweep (rank " << group.rank() << "): " << e.what() << "\n";
  }
  group.abort(code);
}

}  // namespace

bool run_points(const ProcessGroup& group, const std::vector<std::size_t>& todo,
                const PointWork& work, const PointFinished& finished,
                const std::atomic<bool>& stop) {
  const std::vector<std::size_t> share = share_of_rank(todo, group.rank(), group.size());
  const std::size_t from_others = todo.size() - share.size();
  ResultQueue queue;
  std::atomic<bool> halt{false};  // set when the leader cannot take results any more
  std::thread worker(run_share, std::cref(share), std::cref(work), std::cref(stop), std::cref(halt),
                     std::ref(queue));
  std::size_t received = 0;
  Result result;
  std::exception_ptr error;
  const auto hand_on = [&](const Result& r) {
    try {
      finished(r.point, r.values);
    } catch (...) {
      error = std::current_exception();
      halt.store(true);
    }
  };
  // The main thread hands results on (and, under MPI, is the one that talks to other ranks).
  // A point that failed here ends the loop at once (the job is aborted below), rather than after
  // the other ranks' shares.
  while (!error && !(queue.drained() && queue.error()) &&
         (!queue.drained() || (group.leader() && received < from_others && !stop.load()))) {
    const auto wait = std::chrono::milliseconds(group.distributed() ? 2 : 200);
    if (queue.pop(result, wait)) {
      if (group.leader()) {
        hand_on(result);
      } else {
        group.send_to_leader(result.point, result.values);
      }
    }
    while (!error && group.leader() && received < from_others &&
           group.receive_if_waiting(result.point, result.values)) {
      ++received;
      hand_on(result);
    }
  }
  worker.join();
  if (!error) error = queue.error();
  if (error) {
    if (group.distributed()) abort_on_error(group, error);
    std::rethrow_exception(error);
  }
  return !stop.load();
}

}  // namespace lmsim::sweep
