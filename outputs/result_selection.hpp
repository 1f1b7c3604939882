// Parts of a result set for spreadsheets (lmsim export --annual and --region): the annual means
// of its monthly variables, and the cells of some regions (docs/output.md, "Export").
#pragma once

#include <string>
#include <vector>

#include "engine/result_set.hpp"
#include "outputs/region_groups.hpp"

namespace lmsim::outputs {

// Every variable over `time` becomes one over `year`: per calendar year, the mean of the months
// the file holds of it (a flow per month stays a flow per month). Variables without `time` stay
// as they are; the time dimension is dropped. The new `year` dimension is the file's own where
// it has one with the same years.
ResultSet annual_means(const ResultSet& results);

// The cells of the regions `wanted` names (select_regions: region or group codes or names,
// several separated by commas; a group stands for its regions) along the dimension `region` and
// its text coordinates; everything where `wanted` is empty.
ResultSet regions_only(const ResultSet& results, const std::vector<std::string>& wanted,
                       const std::vector<RegionGroup>& groups = {});

}  // namespace lmsim::outputs
