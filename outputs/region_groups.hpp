// Regions as planners group them (docs/data.md, "Region groups"): the provinces the data set
// ships in region_groups.csv and a user's own groups file, and the --region selection of lmsim
// compare and lmsim export: region codes or names, group codes or names, several of them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/error.hpp"

namespace lmsim::outputs {

// One group of regions: a row of a groups file.
struct RegionGroup {
  std::string code, name, name_en;
  std::vector<std::string> regions;  // member region codes, in the file's order
  // Why the group is an approximation (a province: region_groups.csv), and the municipalities it
  // leaves out and takes in with their population shares; empty where the file has none.
  std::string note, left_out, included;
  double left_out_share = 0.0, included_share = 0.0;
  SourceLocation members_at;  // file, line and column of `regions`, for messages
};

// The file of the provinces in a data folder.
inline constexpr const char* kRegionGroupsFile = "region_groups.csv";

// Reads a groups file: columns code, name and regions (codes separated by spaces or
// semicolons), optionally name_en and note, and the columns left_out,
// left_out_population_share, included and included_population_share of region_groups.csv.
// Refuses (InputError naming file, line and column) an empty code, name or member list, a code
// given twice, a member given twice in a group.
std::vector<RegionGroup> read_region_groups(const std::filesystem::path& file);

// The groups of a data folder's region_groups.csv (none where it has no such file), then those
// of `own_file` (none where empty); a code in both is refused.
std::vector<RegionGroup> load_region_groups(const std::filesystem::path& data_dir,
                                            const std::filesystem::path& own_file);

// Refuses (InputError at the group's regions) a member that is not one of `region_codes`.
void check_members(const RegionGroup& group, const std::vector<std::string>& region_codes);

// The approximation note of a group: its note, the municipalities left out and taken in with
// their population shares; empty for a group without a note.
std::string group_note(const RegionGroup& group);

// A region or group a user selected, with the indices of its regions.
struct RegionSelection {
  std::string code, name;
  std::vector<std::size_t> regions;  // indices into the regions, in their order
  bool group = false;
  std::string note;  // group_note of a group
};

// The selections `wanted` names, in the order named, each once: a region's code or name, a
// group's code, name or English name (case-insensitive); an argument that is none of them may list
// several separated by commas. Throws InputError naming `option` and suggesting the nearest code
// or name for an argument that names none, and at the groups file for a selected group with a
// member that is not among `codes`.
std::vector<RegionSelection> select_regions(const std::vector<std::string>& wanted,
                                            const std::vector<std::string>& codes,
                                            const std::vector<std::string>* names,
                                            const std::vector<RegionGroup>& groups,
                                            const std::string& option);

// The regions of the selections, each once, in the regions' order.
std::vector<std::size_t> selected_regions(const std::vector<RegionSelection>& selections);

}  // namespace lmsim::outputs
