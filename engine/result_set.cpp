#include "engine/result_set.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace lmsim {
namespace {

template <class Container>
auto& find_named(Container& items, const std::string& name, const char* what) {
  const auto it =
      std::find_if(items.begin(), items.end(), [&](const auto& x) { return x.name == name; });
  if (it == items.end()) throw std::out_of_range(std::string("no ") + what + " named " + name);
  return *it;
}

}  // namespace

const Dimension& ResultSet::dimension(const std::string& name) const {
  return find_named(dimensions, name, "dimension");
}
const Variable& ResultSet::variable(const std::string& name) const {
  return find_named(variables, name, "variable");
}
Variable& ResultSet::variable(const std::string& name) {
  return find_named(variables, name, "variable");
}

const Dimension* ResultSet::find_dimension(const std::string& name) const {
  const auto it = std::find_if(dimensions.begin(), dimensions.end(),
                               [&](const Dimension& d) { return d.name == name; });
  return it == dimensions.end() ? nullptr : &*it;
}

const Variable* ResultSet::find_variable(const std::string& name) const {
  const auto it = std::find_if(variables.begin(), variables.end(),
                               [&](const Variable& v) { return v.name == name; });
  return it == variables.end() ? nullptr : &*it;
}
Variable* ResultSet::find_variable(const std::string& name) {
  return const_cast<Variable*>(std::as_const(*this).find_variable(name));
}

Variable& ResultSet::add_variable(std::string name, std::vector<std::string> dims,
                                  std::string units, std::string long_name,
                                  std::string long_name_nl) {
  std::size_t size = 1;
  for (const auto& d : dims) size *= dimension(d).size();
  variables.push_back({std::move(name), std::move(dims), std::vector<double>(size, 0.0),
                       std::move(units), std::move(long_name), std::move(long_name_nl)});
  return variables.back();
}

}  // namespace lmsim
