// Two files of replicates (lmsim run --keep-replicates) compared replicate by replicate, and
// compare's rule for telling an effect from sampling noise (docs/compare.md, "Within the
// noise"). With common random numbers (docs/abm.md) replicate r of OTHER and replicate r of BASE
// share the random numbers of every event the scenarios share, so their difference is the
// scenario's effect in that draw. For each year and cell: the mean change over the replicate
// pairs, the 95% interval of the paired differences (their 2.5th and 97.5th percentiles, linear
// between order statistics) and the share of pairs in which the value is higher in OTHER.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "outputs/comparison.hpp"

namespace lmsim::outputs {

// The 2.5th and 97.5th percentiles of the paired differences other_r - base_r.
struct PairedInterval {
  double low = 0.0, high = 0.0;
};

// The 95% interval of differences (each other_r - base_r of one pair); throws
// std::invalid_argument for no differences.
PairedInterval paired_interval(std::vector<double> differences);
// The same from the values of each replicate in both files, pair r being base[r] and other[r];
// throws std::invalid_argument when the lists differ in length or are empty.
PairedInterval paired_interval(const std::vector<double>& base, const std::vector<double>& other);

// A change is within the noise when the 95% interval of its paired differences contains 0: in
// the replicates the scenario moves the value up as well as down (or not at all), so the mean
// change cannot be told from the sampling noise of the agent-based engine.
bool within_noise(const PairedInterval& interval);

struct ChangeDistribution {
  double mean = 0.0, share_higher = 0.0;
  PairedInterval interval;
};

struct CellChanges {
  std::string region, region_name, occupation, occupation_name;
  ChangeDistribution employed, vacancies, shortage;
};

struct YearChanges {
  int year = 0;
  std::string area = "Netherlands";
  std::size_t pairs = 0;
  CellChanges national;
  std::vector<CellChanges> cells;  // largest |mean change in shortage| first
};

// per_replicate[r]: compare_results of replicate r of both files (same request for every r).
std::vector<YearChanges> changes_by_replicate(
    const std::vector<std::vector<YearComparison>>& per_replicate);

// Text or markdown (the csv format has no replicate section); `top` rows per year, 0: all.
std::string format_changes_by_replicate(const std::vector<YearChanges>& years, TableFormat format,
                                        std::size_t top);

// Why a file of replicate statistics (lmsim run --replicates without --keep-replicates) gives
// no paired differences: its changes are differences of means.
std::string statistics_only_notice(const std::string& file);

}  // namespace lmsim::outputs
