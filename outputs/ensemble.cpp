#include "outputs/ensemble.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

#include "engine/error.hpp"
#include "models/variable_names.hpp"
#include "outputs/annual_figures.hpp"
#include "outputs/tension_class.hpp"

namespace lmsim::outputs {
namespace {

constexpr std::array<const char*, 5> kTensionClasses = {"zeer ruim", "ruim", "gemiddeld", "krap",
                                                        "zeer krap"};

// The five statistics of the values of one element over the replicates.
std::array<double, 5> statistics_of(std::vector<double>& values) {
  const auto n = static_cast<double>(values.size());
  double sum = 0.0;
  for (double x : values) sum += x;  // in replicate order: the same bits on every run
  const double mean = sum / n;
  double squares = 0.0;
  for (double x : values) squares += (x - mean) * (x - mean);
  const double sd = values.size() > 1 ? std::sqrt(squares / (n - 1.0)) : 0.0;
  std::sort(values.begin(), values.end());
  return {mean, sd, quantile_of_sorted(values, 0.05), quantile_of_sorted(values, 0.50),
          quantile_of_sorted(values, 0.95)};
}

std::size_t class_index(double tension) {
  const std::string name = uwv_tension_class(tension);
  for (std::size_t k = 0; k < kTensionClasses.size(); ++k)
    if (name == kTensionClasses[k]) return k;
  return kTensionClasses.size() - 1;
}

// Share of the replicates in each UWV tension class, per year x region x occupation, from the
// annual tension of each replicate (annual mean vacancies / annual mean WW benefits under 6
// months). Defence is no UWV occupation class: its shares are NaN.
void add_tension_class_probability(ResultSet& out, const std::vector<ResultSet>& replicates) {
  const ResultSet& first = replicates.front();
  const YearlyView view(first);
  const std::size_t R = first.dimension("region").size();
  const std::size_t O = first.dimension("occupation").size();
  const std::size_t Y = view.years.size();
  const std::size_t K = kTensionClasses.size();
  const auto& occupations = first.dimension("occupation").labels;
  Dimension year{model::variables::kYearDimension, {}, {}, "year", "calendar year"};
  for (int y : view.years) year.values.push_back(y);
  // Results of the recorder have the same year dimension already (models/recorder.cpp).
  const bool has_year = std::any_of(out.dimensions.begin(), out.dimensions.end(),
                                    [&](const Dimension& d) { return d.name == year.name; });
  if (!has_year) out.dimensions.push_back(year);
  out.dimensions.push_back({"tension_class",
                            {},
                            {kTensionClasses.begin(), kTensionClasses.end()},
                            "",
                            "UWV tension class (spanningsindicator)"});
  Variable& p = out.add_variable("tension_class_probability",
                                 {"year", "region", "occupation", "tension_class"}, "1",
                                 "share of replicates in each UWV tension class (annual tension; "
                                 "NaN for defence, no UWV occupation class)",
                                 "kans op elke spanningsklasse (jaarlijkse spanning)");
  std::vector<std::size_t> count(p.data.size(), 0);  // replicates per class, divided once below
  for (const ResultSet& r : replicates) {
    const auto& vacancies = r.variable(model::variables::kVacancies).data;
    const auto& ww = r.variable(model::variables::kWwUnder6Months).data;
    for (std::size_t y = 0; y < Y; ++y) {
      for (std::size_t c = 0; c < R * O; ++c) {
        double v = 0.0;
        double w = 0.0;
        for (std::size_t t = 0; t < view.year_of_step.size(); ++t) {
          if (view.year_of_step[t] != view.years[y]) continue;
          v += vacancies[t * R * O + c];
          w += ww[t * R * O + c];
        }
        const double tension = w > 0.0 ? v / w : INFINITY;  // the sums' ratio is the means'
        ++count[(y * R * O + c) * K + class_index(tension)];
      }
    }
  }
  for (std::size_t k = 0; k < count.size(); ++k) {
    const std::size_t o = (k / K) % O;
    p.data[k] = is_uwv_occupation(occupations[o])
                    ? static_cast<double>(count[k]) / static_cast<double>(replicates.size())
                    : std::numeric_limits<double>::quiet_NaN();
  }
}

void check_alike(const std::vector<ResultSet>& replicates) {
  if (replicates.empty()) throw std::invalid_argument("an ensemble needs at least one replicate");
  for (const ResultSet& r : replicates) {
    if (r.variables.size() != replicates.front().variables.size())
      throw std::invalid_argument("replicates with different variables");
    for (std::size_t v = 0; v < r.variables.size(); ++v) {
      if (r.variables[v].name != replicates.front().variables[v].name ||
          r.variables[v].data.size() != replicates.front().variables[v].data.size())
        throw std::invalid_argument("replicates with different variables");
    }
  }
}

// The first replicate's dimensions, coordinates and attributes, with a new leading dimension
// before every variable.
ResultSet with_leading_dimension(const std::vector<ResultSet>& replicates, Dimension leading) {
  const ResultSet& first = replicates.front();
  ResultSet out;
  out.dimensions = first.dimensions;
  out.dimensions.push_back(std::move(leading));
  out.text_coordinates = first.text_coordinates;
  out.attributes = first.attributes;
  return out;
}

// Adds a variable like `model` with the dimension `leading` before its own.
Variable& add_with_leading(ResultSet& out, const Variable& model, const std::string& leading) {
  std::vector<std::string> dims = {leading};
  dims.insert(dims.end(), model.dims.begin(), model.dims.end());
  return out.add_variable(model.name, dims, model.units, model.long_name, model.long_name_nl);
}

}  // namespace

double quantile_of_sorted(const std::vector<double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double low = sorted[below];
  const double high = sorted[above];
  const double fraction = h - static_cast<double>(below);
  if (fraction == 0.0 || low == high) return low;
  // Interpolating towards an infinite value (infinite tension) reaches it; the plain formula
  // would give 0 x inf = NaN.
  if (std::isinf(high) && !std::isinf(low)) return high;
  if (std::isinf(low) && !std::isinf(high)) return low;
  return low + fraction * (high - low);
}

ResultSet replicate_statistics(const std::vector<ResultSet>& replicates) {
  check_alike(replicates);
  ResultSet out = with_leading_dimension(
      replicates, {"statistic",
                   {},
                   kEnsembleStatistics,
                   "",
                   "statistic over replicates (sd: sample standard deviation; pNN: quantiles, "
                   "linear between order statistics)"});
  std::vector<double> values(replicates.size());
  for (std::size_t v = 0; v < replicates.front().variables.size(); ++v) {
    const Variable& model = replicates.front().variables[v];
    Variable& stats = add_with_leading(out, model, "statistic");
    const std::size_t n = model.data.size();
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t r = 0; r < replicates.size(); ++r)
        values[r] = replicates[r].variables[v].data[i];
      const auto s = statistics_of(values);
      for (std::size_t k = 0; k < s.size(); ++k) stats.data[k * n + i] = s[k];
    }
  }
  // Tension comes from vacancies and WW counts: a run that writes only some variables
  // ([outputs]) without them has no tension classes.
  const ResultSet& first = replicates.front();
  if (first.find_variable(model::variables::kVacancies) != nullptr &&
      first.find_variable(model::variables::kWwUnder6Months) != nullptr) {
    add_tension_class_probability(out, replicates);
  }
  return out;
}

ResultSet stacked_replicates(std::vector<ResultSet>&& replicates) {
  check_alike(replicates);
  Dimension replicate{"replicate", {}, {}, "", "replicate (independent draw of the same run)"};
  for (std::size_t r = 0; r < replicates.size(); ++r)
    replicate.values.push_back(static_cast<double>(r));
  ResultSet out = with_leading_dimension(replicates, std::move(replicate));
  for (std::size_t v = 0; v < replicates.front().variables.size(); ++v) {
    const Variable& model = replicates.front().variables[v];
    Variable& all = add_with_leading(out, model, "replicate");
    for (std::size_t r = 0; r < replicates.size(); ++r) {
      auto& data = replicates[r].variables[v].data;
      std::copy(data.begin(), data.end(), all.data.begin() + static_cast<long>(r * data.size()));
      std::vector<double>().swap(data);  // copied: free it now
    }
  }
  return out;
}

namespace {

// A single run made of the variables with `dim` as their leading dimension: `reduce(blocks,
// size, out)` turns each variable's blocks (one per value of dim, `size` values each) into the
// single run's values; other dimensions, coordinates and attributes are kept.
template <class Reduce>
ResultSet without_leading(const ResultSet& ensemble, const std::string& dim, Reduce reduce) {
  ResultSet out;
  for (const Dimension& d : ensemble.dimensions)
    if (d.name != dim) out.dimensions.push_back(d);
  out.text_coordinates = ensemble.text_coordinates;
  out.attributes = ensemble.attributes;
  for (const Variable& v : ensemble.variables) {
    if (v.dims.empty() || v.dims.front() != dim) continue;
    Variable& single = out.add_variable(v.name, {v.dims.begin() + 1, v.dims.end()}, v.units,
                                        v.long_name, v.long_name_nl);
    reduce(v.data, single.data.size(), single.data);
  }
  return out;
}

// Block k of `size` values.
auto block(std::size_t k) {
  return [k](const std::vector<double>& blocks, std::size_t size, std::vector<double>& out) {
    std::copy(blocks.begin() + static_cast<long>(k * size),
              blocks.begin() + static_cast<long>((k + 1) * size), out.begin());
  };
}

bool has_dimension(const ResultSet& results, const std::string& name) {
  return std::any_of(results.dimensions.begin(), results.dimensions.end(),
                     [&](const Dimension& d) { return d.name == name; });
}

// Mean over the leading `replicate` dimension of the variables that have it.
ResultSet replicate_mean(const ResultSet& stacked) {
  const std::size_t n = stacked.dimension("replicate").size();
  return without_leading(
      stacked, "replicate",
      [n](const std::vector<double>& blocks, std::size_t size, std::vector<double>& mean) {
        for (std::size_t r = 0; r < n; ++r)
          for (std::size_t i = 0; i < size; ++i) mean[i] += blocks[r * size + i];
        for (double& x : mean) x /= static_cast<double>(n);
      });
}

}  // namespace

ResultSet replicate_slice(const ResultSet& stacked, std::size_t replicate) {
  if (replicate >= stacked.dimension("replicate").size())
    throw std::invalid_argument("no such replicate in the file");
  return without_leading(stacked, "replicate", block(replicate));
}

ResultSet statistic_slice(const ResultSet& ensemble, const std::string& statistic) {
  const auto& labels = ensemble.dimension("statistic").labels;
  const auto found = std::find(labels.begin(), labels.end(), statistic);
  if (found == labels.end())
    throw std::invalid_argument("no statistic '" + statistic + "' in the ensemble");
  return without_leading(ensemble, "statistic",
                         block(static_cast<std::size_t>(found - labels.begin())));
}

ResultSet central_path(const ResultSet& results, const std::string& file, std::string* what) {
  if (has_dimension(results, "statistic")) {
    const auto& statistics = results.dimension("statistic").labels;
    if (std::find(statistics.begin(), statistics.end(), "mean") == statistics.end()) {
      throw InputError({file, 0, 0, "statistic"},
                       "the ensemble file has no 'mean' statistic, which compare needs");
    }
    if (what != nullptr) *what = "mean of the replicates";
    return statistic_slice(results, "mean");
  }
  if (has_dimension(results, "replicate")) {
    if (what != nullptr) *what = "mean of the replicates";
    return replicate_mean(results);
  }
  if (what != nullptr) what->clear();
  return results;
}

}  // namespace lmsim::outputs
