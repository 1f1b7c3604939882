#include "cli/region_options.hpp"

#include "engine/error.hpp"

namespace lmsim::cli {

void add_group_options(boost::program_options::options_description& options,
                       GroupOptions& group_options) {
  namespace po = boost::program_options;
  options.add_options()("data-dir", po::value(&group_options.data_dir),
                        "data folder whose region_groups.csv names the provinces (default: the "
                        "shipped data set)")(
      "groups", po::value(&group_options.groups),
      "your own region groups: a CSV file with columns code, name, regions");
}

std::filesystem::path shipped_data_dir() {
  std::error_code ec;
  const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) throw RuntimeError("cannot find the lmsim binary (/proc/self/exe): " + ec.message());
  return binary.parent_path().parent_path() / "share" / "lmsim" / "scenarios" / "data";
}

std::filesystem::path chosen_data_dir(const GroupOptions& options) {
  if (options.data_dir.empty()) return shipped_data_dir();
  std::error_code ec;
  if (!std::filesystem::is_directory(options.data_dir, ec))
    throw InputError({"--data-dir", 0, 0, ""}, "no folder " + options.data_dir);
  return options.data_dir;
}

std::vector<outputs::RegionGroup> load_groups(const GroupOptions& options) {
  return outputs::load_region_groups(chosen_data_dir(options), options.groups);
}

}  // namespace lmsim::cli
