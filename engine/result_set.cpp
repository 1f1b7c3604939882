#include "engine/result_set.hpp"

#include <algorithm>
#include <stdexcept>

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
