// The points of a sweep: the design's samples of the unit hypercube, and the parameter values
// they give through each parameter's distribution (or the grid's values).
#pragma once

#include <Eigen/Dense>
#include <cstdint>

#include "engine/sweep/sweep_file.hpp"

namespace lmsim::sweep {

struct SweepPlan {
  Eigen::MatrixXd unit;    // points x parameters, in (0,1): the design's sample
  Eigen::MatrixXd values;  // points x parameters: what each point sets
};

// Same spec and seed, same plan, bit for bit.
SweepPlan plan_sweep(const SweepSpec& spec, std::uint64_t seed);

}  // namespace lmsim::sweep
