#include "outputs/result_selection.hpp"

#include <algorithm>
#include <map>

#include "engine/error.hpp"
#include "outputs/annual_figures.hpp"

namespace lmsim::outputs {
namespace {

// A variable's values seen along one of its dimensions: `outer` blocks of `along` x `inner`.
struct AxisShape {
  std::size_t outer = 1, along = 1, inner = 1;
};

AxisShape shape_around(const ResultSet& results, const Variable& v, std::size_t axis) {
  AxisShape shape;
  for (std::size_t k = 0; k < axis; ++k) shape.outer *= results.dimension(v.dims[k]).size();
  shape.along = results.dimension(v.dims[axis]).size();
  for (std::size_t k = axis + 1; k < v.dims.size(); ++k)
    shape.inner *= results.dimension(v.dims[k]).size();
  return shape;
}

// The variable with its values along `dim` (at position `axis` of its dimensions) kept at
// `chosen` only.
Variable kept_along(const ResultSet& results, const Variable& v, std::size_t axis,
                    const std::vector<std::size_t>& chosen) {
  const AxisShape shape = shape_around(results, v, axis);
  Variable kept = v;
  kept.data.clear();
  for (std::size_t o = 0; o < shape.outer; ++o) {
    for (std::size_t i : chosen) {
      const auto first = v.data.begin() + static_cast<long>((o * shape.along + i) * shape.inner);
      kept.data.insert(kept.data.end(), first, first + static_cast<long>(shape.inner));
    }
  }
  return kept;
}

}  // namespace

ResultSet annual_means(const ResultSet& results) {
  const auto time = std::find_if(results.dimensions.begin(), results.dimensions.end(),
                                 [](const Dimension& d) { return d.name == "time"; });
  if (time == results.dimensions.end()) return results;
  const YearlyView view(results);
  Dimension year{"year", {}, {}, "1", "calendar year"};
  for (int y : view.years) year.values.push_back(y);
  ResultSet annual;
  annual.text_coordinates = results.text_coordinates;
  annual.attributes = results.attributes;
  bool has_year = false;
  for (const Dimension& d : results.dimensions) {
    if (d.name == "year") {
      if (d.values != year.values) {
        throw RuntimeError(
            "the file's year dimension holds other years than its months: "
            "export it without --annual");
      }
      has_year = true;
    }
    if (d.name != "time") annual.dimensions.push_back(d);
  }
  if (!has_year) annual.dimensions.insert(annual.dimensions.begin(), year);
  std::map<int, std::size_t> index_of_year;
  for (std::size_t i = 0; i < view.years.size(); ++i) index_of_year[view.years[i]] = i;
  for (const Variable& v : results.variables) {
    const auto axis = std::find(v.dims.begin(), v.dims.end(), "time");
    if (axis == v.dims.end()) {
      annual.variables.push_back(v);
      continue;
    }
    const AxisShape shape =
        shape_around(results, v, static_cast<std::size_t>(axis - v.dims.begin()));
    Variable means = v;
    means.dims[static_cast<std::size_t>(axis - v.dims.begin())] = "year";
    const std::size_t years = view.years.size();
    means.data.assign(shape.outer * years * shape.inner, 0.0);
    std::vector<double> months(years, 0.0);
    for (int y : view.year_of_step) months[index_of_year[y]] += 1.0;
    for (std::size_t o = 0; o < shape.outer; ++o) {
      for (std::size_t t = 0; t < shape.along; ++t) {
        const std::size_t y = index_of_year[view.year_of_step[t]];
        const double* from = &v.data[(o * shape.along + t) * shape.inner];
        double* to = &means.data[(o * years + y) * shape.inner];
        for (std::size_t k = 0; k < shape.inner; ++k) to[k] += from[k];
      }
      for (std::size_t y = 0; y < years; ++y) {
        double* sums = &means.data[(o * years + y) * shape.inner];
        for (std::size_t k = 0; k < shape.inner; ++k) sums[k] /= months[y];
      }
    }
    annual.variables.push_back(std::move(means));
  }
  return annual;
}

ResultSet regions_only(const ResultSet& results, const std::vector<std::string>& wanted,
                       const std::vector<RegionGroup>& groups) {
  if (wanted.empty()) return results;
  const Dimension& region = results.dimension("region");
  const std::vector<std::string>* names = nullptr;
  for (const TextCoordinate& c : results.text_coordinates)
    if (c.dim == "region" && c.name == "region_name") names = &c.labels;
  const std::vector<std::size_t> chosen =
      selected_regions(select_regions(wanted, region.labels, names, groups, "--region"));
  ResultSet kept = results;
  for (Dimension& d : kept.dimensions) {
    if (d.name != "region") continue;
    std::vector<std::string> labels;
    for (std::size_t i : chosen) labels.push_back(d.labels[i]);
    d.labels = std::move(labels);
  }
  for (TextCoordinate& c : kept.text_coordinates) {
    if (c.dim != "region") continue;
    std::vector<std::string> labels;
    for (std::size_t i : chosen) labels.push_back(c.labels[i]);
    c.labels = std::move(labels);
  }
  for (std::size_t v = 0; v < results.variables.size(); ++v) {
    const Variable& original = results.variables[v];
    const auto axis = std::find(original.dims.begin(), original.dims.end(), "region");
    if (axis == original.dims.end()) continue;
    kept.variables[v] = kept_along(results, original,
                                   static_cast<std::size_t>(axis - original.dims.begin()), chosen);
  }
  return kept;
}

}  // namespace lmsim::outputs
