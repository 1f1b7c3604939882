#include "outputs/finite_check.hpp"

#include <cmath>
#include <string>

#include "engine/error.hpp"
#include "outputs/time_coordinate.hpp"

namespace lmsim::outputs {
namespace {

// "time 2025-02-01, region AM01, occupation DEF" for the flat index of a value of v.
std::string coordinates_of(const ResultSet& results, const Variable& v, std::size_t flat) {
  std::vector<std::size_t> index(v.dims.size(), 0);
  for (std::size_t k = v.dims.size(); k-- > 0;) {
    const Dimension* d = results.find_dimension(v.dims[k]);
    const std::size_t size = d != nullptr && d->size() > 0 ? d->size() : 1;
    index[k] = flat % size;
    flat /= size;
  }
  std::string text;
  for (std::size_t k = 0; k < v.dims.size(); ++k) {
    const Dimension* d = results.find_dimension(v.dims[k]);
    std::string value = std::to_string(index[k]);
    if (d != nullptr && !d->labels.empty()) {
      value = d->labels[index[k]];
    } else if (d != nullptr && d->name == "time") {
      try {
        value = iso_dates(*d, "")[index[k]];
      } catch (const InputError&) {
        // A time axis without calendar units: keep the step number.
      }
    }
    text += (k == 0 ? "" : ", ") + v.dims[k] + " " + value;
  }
  return text;
}

}  // namespace

void require_numbers(const ResultSet& results) {
  for (const Variable& v : results.variables) {
    for (std::size_t i = 0; i < v.data.size(); ++i) {
      if (!std::isnan(v.data[i])) continue;
      throw RuntimeError("the run gave a value that is not a number (NaN) in " + v.name + " (" +
                         coordinates_of(results, v, i) +
                         "): the inputs drive the model outside what it can carry (check the "
                         "scale of the data and the levers' values); nothing was written");
    }
  }
}

}  // namespace lmsim::outputs
