// Share of each occupation's national employment that works in the chosen sectors, from
// sectors.csv x sector_occupation.csv (the data have no regional sector mix).
#pragma once

#include <vector>

#include "models/data_set.hpp"

namespace lmsim::model {

std::vector<double> sector_share_of_occupations(const DataSet& data,
                                                const std::vector<bool>& sectors);

}  // namespace lmsim::model
