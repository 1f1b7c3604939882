// The data of a published occupational mobility network model (del Rio-Chanona et al. 2021): one
// region, the occupations with their employment, and the network Pocc, read from the files that
// a scenario's [occupational_network] table names in the data directory. Everything lmsim's
// regional data set holds beyond that (population by age, rates of the supply side, commuting)
// is empty or neutral: such a run has supply_processes = 0 and runs the demand side and matching
// of the published model.
#pragma once

#include <filesystem>

#include "models/data_set.hpp"
#include "models/occupational_network.hpp"

namespace lmsim::model {

// The region of a network data set.
inline constexpr const char* kNetworkRegionCode = "ALL";

// Reads and checks the files; any problem is an InputError naming file, line and column (or the
// scenario key that named the file).
DataSet load_network_data_set(const OccupationalNetworkSpec& spec,
                              const std::filesystem::path& directory);

}  // namespace lmsim::model
