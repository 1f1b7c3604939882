// Ensembles of replicates of the agent-based engine: statistics per value over the replicates
// (mean, sd, p05, p50, p95, as a leading `statistic` dimension of every variable), the
// probability per cell and year of each UWV tension class, and the replicates themselves
// stacked along a leading `replicate` dimension (lmsim run --keep-replicates). The layout is
// the one docs/output.md describes for ensemble files, which info, export and report read.
#pragma once

#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

inline const std::vector<std::string> kEnsembleStatistics = {"mean", "sd", "p05", "p50", "p95"};

// Quantile p of sorted values, linear between order statistics (Hyndman and Fan's type 7,
// numpy's default); towards an infinite value it is that value (numpy gives NaN there).
double quantile_of_sorted(const std::vector<double>& sorted, double p);

// Statistics over replicates that all have the variables and dimensions of the first. sd is
// the sample standard deviation (n - 1; 0 for one replicate); quantiles interpolate linearly
// between order statistics (quantile_of_sorted). Where the replicates have vacancies and WW
// counts (ww_under_6_months), also the probability of each UWV tension class per year and cell
// (annual mean vacancies over annual mean WW benefits under 6 months; NaN for defence).
// Attributes are those of the first replicate.
ResultSet replicate_statistics(const std::vector<ResultSet>& replicates);

// The replicates stacked along a leading `replicate` dimension; each replicate's data are freed
// once copied, so that the peak memory is the replicates once.
ResultSet stacked_replicates(std::vector<ResultSet>&& replicates);

// One statistic of an ensemble file (the variables with a leading `statistic` dimension) as a
// result set of a single run; other variables are left out. Throws when there is no such
// statistic.
ResultSet statistic_slice(const ResultSet& ensemble, const std::string& statistic);

// Replicate r of a file of replicates (the variables with a leading `replicate` dimension) as a
// result set of a single run.
ResultSet replicate_slice(const ResultSet& stacked, std::size_t replicate);

// The central path of a result file as a single run: the `mean` statistic of a statistics file,
// the mean over the `replicate` dimension of a file of replicates, or the file itself. `what`
// says which ("" for a single run). Throws InputError naming `file` when a statistics file has
// no mean.
ResultSet central_path(const ResultSet& results, const std::string& file,
                       std::string* what = nullptr);

}  // namespace lmsim::outputs
