#include "engine/sweep/process_group.hpp"

// The C API only: OpenMPI's mpi.h would otherwise pull in the deprecated C++ bindings, which
// live in a library lmsim does not link.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include <cstdlib>
#include <stdexcept>

namespace lmsim::sweep {
namespace {

constexpr int kResultTag = 7;

bool started_by_mpirun() {
  return std::getenv("OMPI_COMM_WORLD_SIZE") != nullptr || std::getenv("PMIX_RANK") != nullptr ||
         std::getenv("PMI_RANK") != nullptr;
}

}  // namespace

ProcessGroup::ProcessGroup() {
  if (!started_by_mpirun()) return;
  // Only the main thread of each rank calls MPI; the points run on worker threads.
  int provided = 0;
  MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  joined_ = true;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

ProcessGroup::~ProcessGroup() {
  if (joined_) MPI_Finalize();
}

void ProcessGroup::abort(int exit_code) const {
  if (joined_ && size_ > 1) MPI_Abort(MPI_COMM_WORLD, exit_code);
  std::exit(exit_code);
}

std::vector<std::size_t> ProcessGroup::broadcast(std::vector<std::size_t> list) const {
  if (!distributed()) return list;
  unsigned long long count = list.size();
  MPI_Bcast(&count, 1, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD);
  std::vector<unsigned long long> words(list.begin(), list.end());
  words.resize(count);
  MPI_Bcast(words.data(), static_cast<int>(count), MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD);
  return {words.begin(), words.end()};
}

bool ProcessGroup::agree(bool leader_goes_on) const {
  if (!distributed()) return leader_goes_on;
  int flag = leader_goes_on ? 1 : 0;
  MPI_Bcast(&flag, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return flag == 1;
}

bool ProcessGroup::all_agree(bool ok) const {
  if (!distributed()) return ok;
  int mine = ok ? 1 : 0;
  int all = 0;
  MPI_Allreduce(&mine, &all, 1, MPI_INT, MPI_LAND, MPI_COMM_WORLD);
  return all != 0;
}

bool ProcessGroup::same_everywhere(std::uint64_t value) const {
  if (!distributed()) return true;
  unsigned long long mine = value;
  unsigned long long lowest = 0;
  unsigned long long highest = 0;
  MPI_Allreduce(&mine, &lowest, 1, MPI_UNSIGNED_LONG_LONG, MPI_MIN, MPI_COMM_WORLD);
  MPI_Allreduce(&mine, &highest, 1, MPI_UNSIGNED_LONG_LONG, MPI_MAX, MPI_COMM_WORLD);
  return lowest == highest;
}

void ProcessGroup::send_to_leader(std::size_t point, const std::vector<double>& values) const {
  std::vector<double> message;
  message.reserve(values.size() + 1);
  // A point index is far below 2^53, so a double holds it exactly.
  message.push_back(static_cast<double>(point));
  message.insert(message.end(), values.begin(), values.end());
  MPI_Send(message.data(), static_cast<int>(message.size()), MPI_DOUBLE, 0, kResultTag,
           MPI_COMM_WORLD);
}

bool ProcessGroup::receive_if_waiting(std::size_t& point, std::vector<double>& values) const {
  if (!distributed()) return false;
  int waiting = 0;
  MPI_Status status;
  MPI_Iprobe(MPI_ANY_SOURCE, kResultTag, MPI_COMM_WORLD, &waiting, &status);
  if (waiting == 0) return false;
  int count = 0;
  MPI_Get_count(&status, MPI_DOUBLE, &count);
  std::vector<double> message(static_cast<std::size_t>(count));
  MPI_Recv(message.data(), count, MPI_DOUBLE, status.MPI_SOURCE, kResultTag, MPI_COMM_WORLD,
           MPI_STATUS_IGNORE);
  if (message.empty()) throw std::runtime_error("sweep: an empty result message");
  point = static_cast<std::size_t>(message.front());
  values.assign(message.begin() + 1, message.end());
  return true;
}

}  // namespace lmsim::sweep
