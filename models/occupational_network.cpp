#include "models/occupational_network.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <vector>

#include "engine/spelling.hpp"

namespace lmsim::model {
namespace {

const std::vector<std::string> kNetworkKeys = {"occupations", "id_column", "name_column",
                                               "employment_column", "network"};

}  // namespace

SourceLocation OccupationalNetworkSpec::at(const std::string& key) const {
  const auto it = key_locations.find(key);
  SourceLocation location = it == key_locations.end() ? where : it->second;
  location.key = "occupational_network." + key;
  return location;
}

OccupationalNetworkSpec read_occupational_network(const ModelTable& table) {
  OccupationalNetworkSpec spec;
  spec.where = table.where;
  spec.key_locations = table.key_locations;
  const toml::table keys = toml::parse(table.toml);
  for (const auto& [key, value] : keys) {
    const std::string name(key.str());
    if (std::find(kNetworkKeys.begin(), kNetworkKeys.end(), name) == kNetworkKeys.end()) {
      throw InputError(table.at(name), "unknown key" + did_you_mean(name, kNetworkKeys) +
                                           " (available: occupations, id_column, name_column, "
                                           "employment_column, network)");
    }
    const auto* text = value.as_string();
    if (text == nullptr) throw InputError(table.at(name), "expected a text value in quotes");
    if (name == "occupations") spec.occupations = text->get();
    if (name == "id_column") spec.id_column = text->get();
    if (name == "name_column") spec.name_column = text->get();
    if (name == "employment_column") spec.employment_column = text->get();
    if (name == "network") spec.network = text->get();
  }
  for (const char* required : {"occupations", "employment_column"}) {
    if (!keys.contains(required)) {
      throw InputError(table.where, std::string("missing key `") + required + "`");
    }
  }
  return spec;
}

}  // namespace lmsim::model
