// The options by which lmsim compare, export, report and list find the region groups
// (docs/data.md, "Region groups"): the data folder holding region_groups.csv (the shipped data set
// by default) and a user's own groups file.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "outputs/region_groups.hpp"

namespace lmsim::cli {

struct GroupOptions {
  std::string data_dir;  // empty: shipped_data_dir()
  std::string groups;    // a user's groups file; empty: none
};

// Adds --data-dir and --groups.
void add_group_options(boost::program_options::options_description& options,
                       GroupOptions& group_options);

// The data set installed with lmsim: share/lmsim/scenarios/data beside the bin folder of the
// binary, in an installed tree and in the build tree (a link to the sources, cli/CMakeLists.txt).
std::filesystem::path shipped_data_dir();

// The data folder the options name: --data-dir, else the shipped one.
std::filesystem::path chosen_data_dir(const GroupOptions& options);

// The groups of the chosen data folder's region_groups.csv and of --groups.
std::vector<outputs::RegionGroup> load_groups(const GroupOptions& options);

}  // namespace lmsim::cli
