// [occupational_network]: the run's data are one region with the occupations and mobility network
// of a published model (files in the data directory, network_data_set.hpp), instead of lmsim's
// regional data set. The scenario keeps the table as text (engine/scenario.hpp, ModelTable); the
// model reads its keys here.
#pragma once

#include <map>
#include <string>

#include "engine/error.hpp"
#include "engine/scenario.hpp"

namespace lmsim::model {

struct OccupationalNetworkSpec {
  std::string occupations;           // CSV with one row per occupation
  std::string id_column = "id";      // occupation code
  std::string name_column;           // optional: a column that names the occupations
  std::string employment_column;     // employment e0 of each occupation
  std::string network = "complete";  // "complete" (A = 1/n) or a CSV file: square, no header
  SourceLocation where;              // the table
  std::map<std::string, SourceLocation> key_locations;  // each key, for messages
  SourceLocation at(const std::string& key) const;
};

// Reads the table's keys; refuses (InputError at the key) an unknown key, a value that is not
// text and a missing required key.
OccupationalNetworkSpec read_occupational_network(const ModelTable& table);

}  // namespace lmsim::model
