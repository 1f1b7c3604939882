// What a sweep writes: every point's parameter values and design sample, the annual outputs each
// point kept (national and per region), and the partial rank correlation of every national
// output with every parameter (docs/sweep.md, "Sensitivity").
#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// The outputs a sweep keeps of each point: annual means of the monthly values, by year, for the
// country (kNationalOutputs) and for every region (kRegionalOutputs).
struct SweepSummaryLayout {
  std::vector<int> years;
  std::vector<std::string> regions;       // codes
  std::vector<std::string> region_names;  // the data set's, as the run's region_name
  std::size_t values_per_point() const;
};

extern const std::vector<std::string> kNationalOutputs;  // employed ... tension
extern const std::vector<std::string> kRegionalOutputs;  // unemployment_rate, tension, employed

// The values a point keeps of its run, in the layout's order: each national output by year,
// then each regional output by year x region. Tension is UWV's (AnnualFigures::tension), NaN
// where the run has no WW counts.
std::vector<double> summarise_point(const ResultSet& run, const SweepSummaryLayout& layout);

// Element-wise mean of the replicates' summaries, in replicate order.
std::vector<double> mean_of_replicates(const std::vector<std::vector<double>>& replicates);

struct SweepParameter {
  std::string name, unit, distribution;
};

// The sweep's result set (without attributes). values_by_point[p] is point p's summary.
ResultSet sweep_result_set(const SweepSummaryLayout& layout,
                           const std::vector<SweepParameter>& parameters,
                           const Eigen::MatrixXd& unit_sample, const Eigen::MatrixXd& values,
                           const std::vector<std::vector<double>>& values_by_point);

// The partial rank correlations of the national outputs in the last year, as a table for the
// terminal.
std::string format_sensitivity(const ResultSet& sweep);

}  // namespace lmsim::outputs
