#include "outputs/region_groups.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "engine/csv_table.hpp"
#include "engine/spelling.hpp"
#include "outputs/label_selection.hpp"

namespace lmsim::outputs {
namespace {

std::vector<std::string> split(const std::string& text, const std::string& separators) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find_first_of(separators, start);
    const std::string part =
        trimmed_label(text.substr(start, end == std::string::npos ? end : end - start));
    if (!part.empty()) parts.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

std::string optional_text(const CsvTable& table, std::size_t row, const char* column) {
  return table.has_column(column) ? table.text(row, table.column(column)) : "";
}

double optional_share(const CsvTable& table, std::size_t row, const char* column) {
  return table.has_column(column) ? table.non_negative(row, table.column(column)) : 0.0;
}

std::string percent(double share) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", 100.0 * share);
  return text;
}

// "Eemnes AM12;Rhenen AM38" -> "Eemnes AM12, Rhenen AM38"; "" for "none".
std::string municipalities(const std::string& listed) {
  if (listed.empty() || listed == "none") return "";
  std::string text;
  for (const std::string& part : split(listed, ";")) text += (text.empty() ? "" : ", ") + part;
  return text;
}

// The selection a single argument names (a region or a group); whether there is one.
bool named(const std::string& argument, const std::vector<std::string>& codes,
           const std::vector<std::string>* names, const std::vector<RegionGroup>& groups,
           RegionSelection& selection) {
  const std::string key = label_key(argument);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (label_key(codes[i]) == key || (names != nullptr && label_key((*names)[i]) == key)) {
      selection = {codes[i], names != nullptr ? (*names)[i] : "", {i}, false, ""};
      return true;
    }
  }
  for (const RegionGroup& group : groups) {
    if (label_key(group.code) != key && label_key(group.name) != key &&
        label_key(group.name_en) != key)
      continue;
    check_members(group, codes);
    selection = {group.code, group.name, {}, true, group_note(group)};
    for (std::size_t i = 0; i < codes.size(); ++i) {
      if (std::find(group.regions.begin(), group.regions.end(), codes[i]) != group.regions.end())
        selection.regions.push_back(i);
    }
    return true;
  }
  return false;
}

// A group whose code is a region's code or name could never be selected (regions are matched
// first): refused at its code.
void check_codes_apart(const std::vector<RegionGroup>& groups,
                       const std::vector<std::string>& codes,
                       const std::vector<std::string>* names) {
  for (const RegionGroup& group : groups) {
    const std::string key = label_key(group.code);
    for (std::size_t i = 0; i < codes.size(); ++i) {
      if (label_key(codes[i]) == key || (names != nullptr && label_key((*names)[i]) == key)) {
        throw InputError({group.members_at.file, group.members_at.line, 0, "code"},
                         "group " + group.code + " has the code or name of region " + codes[i] +
                             "; give your group another code");
      }
    }
  }
}

void add_once(std::vector<RegionSelection>& chosen, RegionSelection selection) {
  for (const RegionSelection& s : chosen)
    if (s.code == selection.code && s.group == selection.group) return;
  chosen.push_back(std::move(selection));
}

}  // namespace

std::vector<RegionGroup> read_region_groups(const std::filesystem::path& file) {
  const CsvTable table = CsvTable::read(file);
  const std::size_t code = table.column("code");
  const std::size_t name = table.column("name");
  const std::size_t regions = table.column("regions");
  std::vector<RegionGroup> groups;
  std::set<std::string> codes;
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    RegionGroup group;
    group.code = table.text(r, code);
    group.name = table.text(r, name);
    if (group.code.empty()) table.fail(r, code, "empty: every group needs a code");
    if (group.name.empty()) table.fail(r, name, "empty: every group needs a name");
    if (!codes.insert(label_key(group.code)).second)
      table.fail(r, code, "group " + group.code + " is given twice");
    group.regions = split(table.text(r, regions), " ;");
    if (group.regions.empty())
      table.fail(r, regions, "empty: list the group's region codes, separated by spaces");
    for (std::size_t m = 0; m < group.regions.size(); ++m) {
      if (std::find(group.regions.begin(), group.regions.begin() + static_cast<long>(m),
                    group.regions[m]) != group.regions.begin() + static_cast<long>(m))
        table.fail(r, regions, "region " + group.regions[m] + " is given twice");
    }
    group.name_en = optional_text(table, r, "name_en");
    group.note = optional_text(table, r, "note");
    group.left_out = optional_text(table, r, "left_out");
    group.included = optional_text(table, r, "included");
    group.left_out_share = optional_share(table, r, "left_out_population_share");
    group.included_share = optional_share(table, r, "included_population_share");
    group.members_at = table.location(r, regions);
    groups.push_back(std::move(group));
  }
  return groups;
}

std::vector<RegionGroup> load_region_groups(const std::filesystem::path& data_dir,
                                            const std::filesystem::path& own_file) {
  std::vector<RegionGroup> groups;
  std::error_code ec;
  const std::filesystem::path shipped = data_dir / kRegionGroupsFile;
  if (!data_dir.empty() && std::filesystem::exists(shipped, ec))
    groups = read_region_groups(shipped);
  if (own_file.empty()) return groups;
  for (RegionGroup& own : read_region_groups(own_file)) {
    for (const RegionGroup& group : groups) {
      if (label_key(group.code) == label_key(own.code)) {
        throw InputError({own_file.string(), own.members_at.line, 0, "code"},
                         "group " + own.code + " is also in " + shipped.string() +
                             "; give your group another code");
      }
    }
    groups.push_back(std::move(own));
  }
  return groups;
}

void check_members(const RegionGroup& group, const std::vector<std::string>& region_codes) {
  for (const std::string& member : group.regions) {
    if (std::find(region_codes.begin(), region_codes.end(), member) == region_codes.end()) {
      throw InputError(group.members_at, "region " + member + " of group " + group.code +
                                             " is not a region code of the results or data set" +
                                             did_you_mean(member, region_codes));
    }
  }
}

std::string group_note(const RegionGroup& group) {
  if (group.note.empty()) return "";
  std::string text = group.note;
  const std::string left_out = municipalities(group.left_out);
  const std::string included = municipalities(group.included);
  if (!left_out.empty())
    text += "; leaves out " + left_out + " (" + percent(group.left_out_share) +
            " of the province's population)";
  if (!included.empty())
    text += "; includes " + included + " of other provinces (" + percent(group.included_share) +
            " of the group's population)";
  if (left_out.empty() && included.empty())
    text += "; here no municipality is left out or taken in";
  return text;
}

std::vector<RegionSelection> select_regions(const std::vector<std::string>& wanted,
                                            const std::vector<std::string>& codes,
                                            const std::vector<std::string>* names,
                                            const std::vector<RegionGroup>& groups,
                                            const std::string& option) {
  check_codes_apart(groups, codes, names);
  std::vector<RegionSelection> chosen;
  for (const std::string& argument : wanted) {
    RegionSelection selection;
    if (named(argument, codes, names, groups, selection)) {
      add_once(chosen, std::move(selection));
      continue;
    }
    for (const std::string& part : split(argument, ",")) {
      if (named(part, codes, names, groups, selection)) {
        add_once(chosen, std::move(selection));
        continue;
      }
      std::vector<std::string> candidates = codes;
      if (names != nullptr) candidates.insert(candidates.end(), names->begin(), names->end());
      for (const RegionGroup& group : groups) {
        candidates.push_back(group.code);
        candidates.push_back(group.name);
      }
      throw InputError(option + " '" + part +
                       "': not a code or name in the results, nor a region group" +
                       did_you_mean(part, candidates));
    }
  }
  return chosen;
}

std::vector<std::size_t> selected_regions(const std::vector<RegionSelection>& selections) {
  std::set<std::size_t> regions;
  for (const RegionSelection& s : selections) regions.insert(s.regions.begin(), s.regions.end());
  return {regions.begin(), regions.end()};
}

}  // namespace lmsim::outputs
