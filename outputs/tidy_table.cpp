#include "outputs/tidy_table.hpp"

#include <algorithm>

#include "engine/error.hpp"
#include "engine/spelling.hpp"
#include "outputs/number_text.hpp"
#include "outputs/result_selection.hpp"
#include "outputs/time_coordinate.hpp"

namespace lmsim::outputs {

ResultSet export_selection(const ResultSet& results, const ExportOptions& options) {
  return regions_only(options.annual ? annual_means(results) : results, options.regions,
                      options.groups);
}

DimensionColumns columns_of(const ResultSet& results, const Dimension& d, const std::string& file) {
  DimensionColumns columns;
  columns.headers.push_back(d.name);
  std::vector<std::string> coordinate;
  if (d.name == "time") {
    coordinate = iso_dates(d, file);
  } else if (!d.labels.empty()) {
    coordinate = d.labels;
  } else {
    for (double v : d.values) coordinate.push_back(exact_number(v));
    columns.numbers = d.values;
  }
  columns.rows.resize(d.size());
  for (std::size_t i = 0; i < d.size(); ++i) columns.rows[i].push_back(coordinate[i]);
  for (const TextCoordinate& c : results.text_coordinates) {
    if (c.dim != d.name) continue;
    columns.headers.push_back(c.name);
    for (std::size_t i = 0; i < d.size(); ++i) columns.rows[i].push_back(c.labels[i]);
  }
  return columns;
}

std::vector<DimensionColumns> columns_of_variable(const ResultSet& results, const Variable& v,
                                                  const std::string& file) {
  std::vector<DimensionColumns> dims;
  for (const std::string& name : v.dims)
    dims.push_back(columns_of(results, results.dimension(name), file));
  return dims;
}

std::vector<std::string> header_of(const std::vector<DimensionColumns>& dims) {
  std::vector<std::string> header;
  for (const DimensionColumns& d : dims)
    header.insert(header.end(), d.headers.begin(), d.headers.end());
  header.emplace_back("value");
  return header;
}

bool next_row(std::vector<std::size_t>& index, const std::vector<DimensionColumns>& dims) {
  for (std::size_t k = dims.size(); k-- > 0;) {
    if (++index[k] < dims[k].rows.size()) return true;
    index[k] = 0;
  }
  return false;
}

std::vector<const Variable*> chosen_variables(const ResultSet& results, const std::string& file,
                                              const std::vector<std::string>& names) {
  std::vector<const Variable*> chosen;
  if (names.empty()) {
    for (const Variable& v : results.variables) chosen.push_back(&v);
    return chosen;
  }
  std::vector<std::string> available;
  for (const Variable& v : results.variables) available.push_back(v.name);
  for (const std::string& name : names) {
    if (std::find(names.begin(), names.end(), name) != names.begin() + (&name - names.data())) {
      continue;  // named twice: export it once
    }
    const Variable* found = nullptr;
    for (const Variable& v : results.variables) {
      if (v.name == name) found = &v;
    }
    if (found == nullptr) {
      throw InputError({file, 0, 0, name}, "the file has no variable '" + name + "'" +
                                               did_you_mean(name, available) + "; 'lmsim info " +
                                               file + "' lists them");
    }
    chosen.push_back(found);
  }
  return chosen;
}

}  // namespace lmsim::outputs
