// Runs the points of a sweep: shared out over the ranks of the process group (point todo[i] on
// rank i mod size), each rank running its share in parallel over points with oneTBB (and every
// point free to run in parallel inside). Every result reaches the leader, which hands it to
// `finished` once, one at a time. Each point's result depends only on the point, so the final
// file is the same, bit for bit, for any number of threads and ranks.
#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include "engine/sweep/process_group.hpp"

namespace lmsim::sweep {

using PointWork = std::function<std::vector<double>(std::size_t point)>;
using PointFinished = std::function<void(std::size_t point, const std::vector<double>& values)>;

// Returns false when `stop` was set (points not yet started are left out; those running
// finish). An exception from `work` on the leader is rethrown after the running points end; on
// another rank it is printed and the job aborted.
bool run_points(const ProcessGroup& group, const std::vector<std::size_t>& todo,
                const PointWork& work, const PointFinished& finished,
                const std::atomic<bool>& stop);

}  // namespace lmsim::sweep
