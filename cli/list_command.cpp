// lmsim list regions|occupations|sectors|levers|groups: the codes and names a scenario, --region
// or --occupation may use, from a data set (the shipped one, or --data-dir), and the lever types
// with what each does.
#include <algorithm>
#include <iostream>

#include "cli/command.hpp"
#include "cli/region_options.hpp"
#include "cli/run_setup.hpp"
#include "engine/csv_table.hpp"
#include "models/levers/lever.hpp"

namespace lmsim::cli {
namespace {

constexpr const char* kListSummary =
    "Lists the codes and names of a data set's regions, occupations, sectors or region groups\n"
    "(the provinces of region_groups.csv and your own --groups), or the lever types with what\n"
    "each does. The data set is the shipped one unless --data-dir names another.";

using Rows = std::vector<std::vector<std::string>>;

// Columns padded to their widest field, two spaces apart; the last column unpadded.
std::string aligned(const Rows& rows) {
  std::vector<std::size_t> width;
  for (const auto& row : rows) {
    width.resize(std::max(width.size(), row.size()), 0);
    for (std::size_t c = 0; c + 1 < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  }
  std::string text;
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      text += row[c];
      if (c + 1 < row.size()) text += std::string(width[c] - row[c].size() + 2, ' ');
    }
    text += "\n";
  }
  return text;
}

Rows columns_of(const std::filesystem::path& file, const std::vector<std::string>& columns) {
  const CsvTable table = CsvTable::read(file);
  std::vector<std::size_t> at;
  for (const std::string& c : columns) at.push_back(table.column(c));
  Rows rows;
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    rows.emplace_back();
    for (std::size_t c : at) rows.back().push_back(table.text(r, c));
  }
  return rows;
}

Rows lever_rows() {
  Rows rows;
  for (const std::string& type : model::lever_types())
    rows.push_back({type, model::lever_summary(type)});
  return rows;
}

// Each group with its regions; a province's approximation note on the line below it.
std::string group_list(const GroupOptions& options) {
  const std::filesystem::path data_dir = chosen_data_dir(options);
  std::vector<std::string> regions;
  for (const auto& row : columns_of(data_dir / "regions.csv", {"code"})) regions.push_back(row[0]);
  std::string text;
  for (const outputs::RegionGroup& group : load_groups(options)) {
    outputs::check_members(group, regions);
    std::string members;
    for (const std::string& r : group.regions) members += (members.empty() ? "" : " ") + r;
    text += aligned({{group.code, group.name, members}});
    const std::string note = outputs::group_note(group);
    if (!note.empty()) text += "  " + note + "\n";
  }
  return text;
}

}  // namespace

int list_command(const Arguments& args) {
  std::string what;
  GroupOptions group_options;
  po::options_description options("list options");
  options.add_options()("what", po::value(&what),
                        "regions, occupations, sectors, levers or groups");
  add_group_options(options, group_options);
  po::positional_options_description positional;
  positional.add("what", 1);
  if (auto stop = parse_arguments("list", kListSummary, args, options, positional)) return *stop;
  const auto data = [&](const char* file) { return chosen_data_dir(group_options) / file; };
  if (what == "regions") {
    std::cout << aligned(columns_of(data("regions.csv"), {"code", "name", "province"}));
  } else if (what == "occupations") {
    std::cout << aligned(columns_of(data("occupations.csv"), {"code", "name_nl", "name_en"}));
  } else if (what == "sectors") {
    std::cout << aligned(columns_of(data("sectors.csv"), {"code", "name_nl", "name_en"}));
  } else if (what == "levers") {
    std::cout << aligned(lever_rows());
  } else if (what == "groups") {
    std::cout << group_list(group_options);
  } else {
    std::cerr << "lmsim list: expected regions, occupations, sectors, levers or groups"
              << (what.empty() ? "" : ", not '" + what + "'") << " (see lmsim list --help)\n";
    return kExitInvalidInput;
  }
  return kExitSuccess;
}

}  // namespace lmsim::cli
