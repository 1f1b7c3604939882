// What a run produces, independent of file format: dimensions (with numeric or text
// coordinates), variables over named dimensions with units and English and Dutch long names,
// text coordinates (e.g. region names along the region dimension) and global attributes. A model
// declares and fills it; outputs/ writes it.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace lmsim {

struct Dimension {
  std::string name;
  std::vector<double> values;       // numeric coordinate, or empty
  std::vector<std::string> labels;  // text coordinate, or empty
  std::string units;
  std::string long_name;
  std::size_t size() const { return labels.empty() ? values.size() : labels.size(); }
};

struct Variable {
  std::string name;
  std::vector<std::string> dims;
  std::vector<double> data;  // row-major over dims
  std::string units;
  std::string long_name;
  std::string long_name_nl;
};

struct TextCoordinate {
  std::string name;
  std::string dim;
  std::vector<std::string> labels;
  std::string long_name;
};

struct ResultSet {
  std::vector<Dimension> dimensions;
  std::vector<Variable> variables;
  std::vector<TextCoordinate> text_coordinates;
  std::vector<std::pair<std::string, std::string>> attributes;

  const Dimension& dimension(const std::string& name) const;
  const Variable& variable(const std::string& name) const;
  Variable& variable(const std::string& name);
  // nullptr when the set has no variable of that name.
  const Variable* find_variable(const std::string& name) const;
  // nullptr when the set has no dimension of that name.
  const Dimension* find_dimension(const std::string& name) const;
  Variable* find_variable(const std::string& name);
  // Adds a zero-filled variable over the given dimensions and returns it.
  Variable& add_variable(std::string name, std::vector<std::string> dims, std::string units,
                         std::string long_name, std::string long_name_nl);
};

}  // namespace lmsim
