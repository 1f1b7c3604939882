// Unit tests of outputs/region_groups: the shipped provinces (every region in exactly one, in its
// main province), groups files refused with file, line and column, the --region selection of
// regions and groups, and compare's subtotals of a group (sums; tension of the sums).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "engine/csv_table.hpp"
#include "engine/error.hpp"
#include "engine/time_axis.hpp"
#include "outputs/comparison.hpp"
#include "outputs/region_groups.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;
namespace fs = std::filesystem;

fs::path data_dir() {
  return test::source_dir() / "scenarios" / "data";
}

// Region code -> province of the shipped regions.csv (the main_province of
// arbeidsmarktregios.csv, scenarios/data/SOURCES.md).
std::map<std::string, std::string> province_of_region() {
  const CsvTable regions = CsvTable::read(data_dir() / "regions.csv");
  std::map<std::string, std::string> province;
  for (std::size_t r = 0; r < regions.rows().size(); ++r)
    province[regions.text(r, regions.column("code"))] = regions.text(r, regions.column("province"));
  return province;
}

TEST_CASE("the shipped provinces hold every region once, each in its main province",
          "[outputs][groups]") {
  const auto groups = read_region_groups(data_dir() / kRegionGroupsFile);
  const auto province = province_of_region();
  REQUIRE(groups.size() == 12);
  std::map<std::string, int> times;
  for (const RegionGroup& group : groups) {
    INFO(group.code);
    CHECK(group.code.rfind("PV-", 0) == 0);
    CHECK_FALSE(group.note.empty());
    CHECK(group.left_out_share >= 0.0);
    CHECK(group.left_out_share < 0.5);
    CHECK(group.included_share < 0.5);
    CHECK((group.left_out == "none") == (group.left_out_share == 0.0));
    CHECK((group.included == "none") == (group.included_share == 0.0));
    for (const std::string& region : group.regions) {
      ++times[region];
      REQUIRE(province.count(region) == 1);
      CHECK(group.name == "Provincie " + province.at(region));
    }
  }
  CHECK(times.size() == province.size());
  for (const auto& [region, count] : times) CHECK(count == 1);
  CHECK_THAT(group_note(groups[6]), Contains("leaves out Eemnes AM12") &&
                                        Contains("of the province's population") &&
                                        Contains("includes Nijkerk AM14"));
}

fs::path write(const test::TempDir& tmp, const std::string& name, const std::string& text) {
  const fs::path path = tmp / name;
  std::ofstream(path) << text;
  return path;
}

TEST_CASE("a groups file is refused with its file, line, column and key", "[outputs][groups]") {
  test::TempDir tmp;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"code,regions\nX,AM01\n", "groups.csv:1: name: required column is missing"},
      {"code,name,regions\n,Ring,AM01\n", "groups.csv:2:1: code: empty"},
      {"code,name,regions\nR,,AM01\n", "groups.csv:2:2: name: empty"},
      {"code,name,regions\nR,Ring,\n", "groups.csv:2:3: regions: empty"},
      {"code,name,regions\nR,Ring,AM01\nr,Two,AM02\n",
       "groups.csv:3:1: code: group r is given twice"},
      {"code,name,regions\nR,Ring,AM01 AM01\n",
       "groups.csv:2:3: regions: region AM01 is given twice"},
      {"code,name,regions\nR,Ring,AM01\nS,Two\n", "groups.csv:3"},
  };
  for (const auto& [text, message] : cases) {
    INFO(text);
    const fs::path file = write(tmp, "groups.csv", text);
    CHECK_THROWS_WITH(read_region_groups(file), Contains(message));
  }
  // A code the shipped provinces already use.
  const fs::path own = write(tmp, "own.csv", "code,name,regions\npv-ut,Mine,AM13\n");
  CHECK_THROWS_WITH(load_region_groups(data_dir(), own),
                    Contains("own.csv:2: code: group pv-ut is also in"));
  // A member that is not a region: refused at the group's regions when it is selected.
  const fs::path unknown = write(tmp, "unknown.csv", "code,name,regions\nR,Ring,AM01 AM99\n");
  const fs::path coded = write(tmp, "coded.csv", "code,name,regions\nam02,Ring,AM01\n");
  CHECK_THROWS_WITH(
      select_regions({"AM01"}, {"AM01", "AM02"}, nullptr, read_region_groups(coded), "--region"),
      Contains("coded.csv:2: code: group am02 has the code or name of region AM02"));
  const auto groups = load_region_groups("", unknown);
  CHECK_THROWS_WITH(select_regions({"Ring"}, {"AM01", "AM02"}, nullptr, groups, "--region"),
                    Contains("unknown.csv:2:3: regions: region AM99 of group R is not a region"));
}

TEST_CASE("the region selection takes regions and groups by code or name, in order, each once",
          "[outputs][groups]") {
  test::TempDir tmp;
  const fs::path file = write(tmp, "groups.csv",
                              "code,name,name_en,regions\nNZ,Noordzuid,North-south,R3 R1\n"
                              "ALL,Alles,Everything,R1;R2;R3\n");
  const auto groups = read_region_groups(file);
  const std::vector<std::string> codes = {"R1", "R2", "R3"};
  const std::vector<std::string> names = {"Noord", "Midden", "Zuid"};
  const auto chosen = select_regions({"north-south,midden", "R2", "nz", "Everything"}, codes,
                                     &names, groups, "--region");
  REQUIRE(chosen.size() == 3);
  CHECK(chosen[0].code == "NZ");
  CHECK(chosen[0].group);
  CHECK(chosen[0].regions == std::vector<std::size_t>{0, 2});  // the results' order
  CHECK(chosen[1].code == "R2");
  CHECK_FALSE(chosen[1].group);
  CHECK(chosen[2].code == "ALL");
  CHECK(selected_regions(chosen) == std::vector<std::size_t>{0, 1, 2});
  CHECK(selected_regions(select_regions({"Noord"}, codes, &names, groups, "--region")) ==
        std::vector<std::size_t>{0});
  CHECK_THROWS_WITH(select_regions({"Noordzuidd"}, codes, &names, groups, "--region"),
                    Contains("--region 'Noordzuidd': not a code or name in the results, nor a "
                             "region group") &&
                        Contains("did you mean 'Noordzuid'"));
}

// time (24 months) x regions R1, R2, R3 x occupations BRC01, DEF; values constant in time.
ResultSet three_regions(double factor) {
  ResultSet r;
  std::vector<double> days;
  for (int t = 0; t < 24; ++t) days.push_back(TimeAxis({2025, 1}, {2026, 12}).days(t));
  r.dimensions.push_back({"time", days, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"R1", "R2", "R3"}, "", "region"});
  r.dimensions.push_back({"occupation", {}, {"BRC01", "DEF"}, "", "occupation"});
  r.text_coordinates.push_back({"region_name", "region", {"Noord", "Midden", "Zuid"}, "name"});
  // Per cell (region * 2 + occupation). Tension 400 / 100 = 4 in R1 and 10 / 300 in R3: the
  // group's is 410 / 400, not the mean of the two.
  const std::map<std::string, std::vector<double>> values = {
      {"employed", {1000, 50, 2000, 60, 3000, 70}},
      {"vacancies", {400, 5, 20, 6, 10, 7}},
      {"shortage", {30, 1, 2, 1, 3, 1}},
      {"ww_under_6_months", {100, 1, 50, 1, 300, 1}}};
  for (const auto& [name, cells] : values) {
    Variable& v = r.add_variable(name, {"time", "region", "occupation"}, "persons", name, name);
    for (std::size_t t = 0; t < 24; ++t)
      for (std::size_t c = 0; c < 6; ++c) v.data[t * 6 + c] = cells[c] * factor;
  }
  r.attributes = {{"data_checksums", "a.csv fnv1a64:0000000000000001\n"}};
  return r;
}

TEST_CASE("compare's subtotal of a group sums its cells and takes the tension of the sums",
          "[outputs][groups][compare]") {
  test::TempDir tmp;
  const fs::path file =
      write(tmp, "groups.csv", "code,name,regions,note\nOUTER,Buiten,R1 R3,approximates\n");
  const ResultSet base = three_regions(1.0);
  const ResultSet other = three_regions(2.0);
  ComparisonRequest request;
  request.regions = {"OUTER", "R2"};
  const auto years =
      compare_results({&base, "base.h5"}, {&other, "other.h5"}, request, read_region_groups(file));
  REQUIRE(years.size() == 1);
  const YearComparison& y = years.front();
  REQUIRE(y.areas.size() == 2);
  const AreaComparison& outer = y.areas[0];
  CHECK(outer.code == "OUTER");
  CHECK(outer.regions == std::vector<std::string>{"R1", "R3"});
  CHECK(outer.note == "approximates; here no municipality is left out or taken in");
  // The sums of the cells compare lists for R1 and R3.
  double employed = 0.0, vacancies = 0.0;
  for (const CellComparison& c : y.cells) {
    if (c.region == "R2") continue;
    employed += c.base.employed;
    vacancies += c.base.vacancies;
  }
  CHECK(y.cells.size() == 6);
  CHECK(outer.base.employed == Approx(employed));
  CHECK(outer.base.vacancies == Approx(vacancies));
  CHECK(outer.other.employed == Approx(2.0 * employed));
  // Tension over UWV classes only (DEF aside): summed vacancies over summed WW counts.
  CHECK(outer.base.tension == Approx((400.0 + 10.0) / (100.0 + 300.0)));
  CHECK(outer.base.tension != Approx((4.0 + 10.0 / 300.0) / 2.0));
  CHECK(y.areas[1].code == "R2");
  CHECK(y.areas[1].base.employed == Approx(2060.0));
  const std::string table = format_comparison(years, TableFormat::kText, 0, "B", "O");
  CHECK_THAT(table, Contains("2026 group OUTER Buiten (R1 R3): employed 4,120 -> 8,240") &&
                        Contains("  OUTER approximates") &&
                        Contains("2026 region R2 Midden: employed 2,060 -> 4,120"));
  // In markdown the lines are a list, the note an item under its group.
  CHECK_THAT(format_comparison(years, TableFormat::kMarkdown, 0, "B", "O"),
             Contains("\n- 2026 group OUTER Buiten (R1 R3): employed") &&
                 Contains("\n  - OUTER approximates"));
}

}  // namespace
}  // namespace lmsim::outputs
