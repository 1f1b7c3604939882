// The processes of a distributed sweep: under `mpirun -n N` (OpenMPI) the N ranks of
// MPI_COMM_WORLD, otherwise this process alone. Only the sweep uses MPI, and only when started
// by mpirun, so every other command (and a sweep run directly) never touches it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lmsim::sweep {

class ProcessGroup {
 public:
  // Joins the MPI job when mpirun started this process (it sets OMPI_COMM_WORLD_SIZE or
  // PMIX_RANK); a group of one otherwise.
  ProcessGroup();
  ~ProcessGroup();
  ProcessGroup(const ProcessGroup&) = delete;
  ProcessGroup& operator=(const ProcessGroup&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }
  bool leader() const { return rank_ == 0; }
  bool distributed() const { return size_ > 1; }

  // Ends every process of the job with this exit code (after an error on one of them).
  [[noreturn]] void abort(int exit_code) const;
  // The leader's list, on every rank.
  std::vector<std::size_t> broadcast(std::vector<std::size_t> list) const;
  // 1 from the leader when it may go on, 0 when it stopped (for example on bad input), so that
  // the other ranks stop with it.
  bool agree(bool leader_goes_on) const;
  // True on every rank when `ok` is true on every rank.
  bool all_agree(bool ok) const;
  // True on every rank when every rank passed the same value.
  bool same_everywhere(std::uint64_t value) const;

  // Point results between ranks: one message is the point index followed by its values.
  void send_to_leader(std::size_t point, const std::vector<double>& values) const;
  // Takes one waiting result from another rank, if there is one; returns false otherwise.
  bool receive_if_waiting(std::size_t& point, std::vector<double>& values) const;

 private:
  bool joined_ = false;
  int rank_ = 0;
  int size_ = 1;
};

}  // namespace lmsim::sweep
