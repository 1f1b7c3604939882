// Unit tests of outputs/comparison (on small results built in memory): annual means, changes,
// tension and its UWV class, sorting by impact, filters, years, refusals of results that cannot
// be compared, the three formats; and of outputs/result_file_reader on files written by
// write_hdf5, including its errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/time_axis.hpp"
#include "outputs/comparison.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/result_file_reader.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

// 2 regions x 2 occupations; cell c = region * 2 + occupation.
using Fill = std::function<double(std::size_t t, std::size_t cell)>;

ResultSet small_result(const Fill& employed, const Fill& vacancies, const Fill& shortage,
                       const Fill& unemployed_short, std::size_t months = 24) {
  ResultSet r;
  std::vector<double> days;
  for (std::size_t t = 0; t < months; ++t)
    days.push_back(TimeAxis({2025, 1}, {2030, 12}).days(static_cast<int>(t)));
  r.dimensions.push_back({"time", days, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region"});
  r.dimensions.push_back({"occupation", {}, {"O1", "O2"}, "", "occupation"});
  r.text_coordinates.push_back({"region_name", "region", {"Noord", "Fryslân"}, "name"});
  r.text_coordinates.push_back({"occupation_name", "occupation", {"Nurses", "Soldiers"}, "name"});
  const std::vector<std::pair<const char*, const Fill*>> fills = {
      {"employed", &employed},
      {"vacancies", &vacancies},
      {"shortage", &shortage},
      {"unemployed_short", &unemployed_short}};
  for (const auto& [name, fill] : fills) {
    Variable& v = r.add_variable(name, {"time", "region", "occupation"}, "persons", name, name);
    for (std::size_t t = 0; t < months; ++t) {
      for (std::size_t c = 0; c < 4; ++c) v.data[t * 4 + c] = (*fill)(t, c);
    }
  }
  r.attributes = {
      {"title", "small"},
      {"data_checksums", "a.csv fnv1a64:0000000000000001\nb.csv fnv1a64:0000000000000002\n"},
      {"parameters", "separation_rate = 0.01\nww_benefit_share = 0.5\n"}};
  return r;
}

ResultSet base_result() {
  return small_result(
      [](std::size_t t, std::size_t c) { return 1000.0 * double(c + 1) + double(t); },
      [](std::size_t, std::size_t) { return 100.0; }, [](std::size_t, std::size_t) { return 50.0; },
      [](std::size_t, std::size_t) { return 200.0; });
}

ResultSet other_result() {
  static const double shortage_change[4] = {5.0, -40.0, 10.0, 30.0};
  return small_result(
      [](std::size_t t, std::size_t c) {
        return 1000.0 * double(c + 1) + double(t) + 10.0 * double(c);
      },
      [](std::size_t, std::size_t c) { return c == 1 ? 120.0 : 100.0; },
      [](std::size_t, std::size_t c) { return 50.0 + shortage_change[c]; },
      [](std::size_t, std::size_t c) { return c == 1 ? 100.0 : 200.0; });
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST_CASE("uwv_tension_class follows UWV's boundaries, each the start of the next class",
          "[outputs][compare]") {
  CHECK(std::string(uwv_tension_class(0.0)) == "zeer ruim");
  CHECK(std::string(uwv_tension_class(0.2499)) == "zeer ruim");
  CHECK(std::string(uwv_tension_class(0.25)) == "ruim");
  CHECK(std::string(uwv_tension_class(0.6699)) == "ruim");
  CHECK(std::string(uwv_tension_class(0.67)) == "gemiddeld");
  CHECK(std::string(uwv_tension_class(1.4999)) == "gemiddeld");
  CHECK(std::string(uwv_tension_class(1.5)) == "krap");
  CHECK(std::string(uwv_tension_class(3.9999)) == "krap");
  CHECK(std::string(uwv_tension_class(4.0)) == "zeer krap");  // 4 or more
  CHECK(std::string(uwv_tension_class(INFINITY)) == "zeer krap");
}

TEST_CASE("compare_results gives annual means, changes and tension, largest impact first",
          "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const auto years = compare_results({&base, "base.h5", 0.5}, {&other, "other.h5", 0.5}, {});
  REQUIRE(years.size() == 1);
  const YearComparison& y = years[0];
  CHECK(y.year == 2026);  // the last year by default
  REQUIRE(y.cells.size() == 4);
  // |change in shortage|: R1 O2 40, R2 O2 30, R2 O1 10, R1 O1 5
  CHECK(y.cells[0].region == "R1");
  CHECK(y.cells[0].occupation == "O2");
  CHECK(y.cells[0].occupation_name == "Soldiers");
  CHECK(y.cells[1].region == "R2");
  CHECK(y.cells[1].region_name == "Fryslân");
  CHECK(y.cells[1].occupation == "O2");
  CHECK(y.cells[2].occupation == "O1");
  CHECK(y.cells[3].region == "R1");
  const CellComparison& top = y.cells[0];
  CHECK(top.base.employed == Approx(2000.0 + 17.5));  // months 12..23 of 2026
  CHECK(top.other.employed - top.base.employed == Approx(10.0));
  CHECK(top.base.shortage == Approx(50.0));
  CHECK(top.other.shortage == Approx(10.0));
  CHECK(top.base.tension == Approx(1.0));   // 100 / (0.5 x 200)
  CHECK(top.other.tension == Approx(2.4));  // 120 / (0.5 x 100)
  CHECK(std::string(uwv_tension_class(top.base.tension)) == "gemiddeld");
  CHECK(std::string(uwv_tension_class(top.other.tension)) == "krap");
  CHECK(y.national_base.employed == Approx(10000.0 + 4 * 17.5));
  CHECK(y.national_other.employed - y.national_base.employed == Approx(60.0));
  CHECK(y.national_other.shortage - y.national_base.shortage == Approx(5.0));
  CHECK(y.national_base.tension == Approx(1.0));
  CHECK(y.national_other.tension == Approx(420.0 / 350.0));
}

TEST_CASE("compare_results uses each result's own ww_benefit_share", "[outputs][compare]") {
  const ResultSet base = base_result();
  const auto years = compare_results({&base, "base.h5", 0.5}, {&base, "same.h5", 0.25}, {});
  CHECK(years[0].cells[0].base.tension == Approx(1.0));
  CHECK(years[0].cells[0].other.tension == Approx(2.0));
}

TEST_CASE("compare_results selects years, regions and occupations", "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const ComparedResult b{&base, "base.h5", 0.5};
  const ComparedResult o{&other, "other.h5", 0.5};
  const auto years = compare_results(b, o, {{2025, 2026}, {"fryslân"}, {}});
  REQUIRE(years.size() == 2);
  CHECK(years[0].year == 2025);
  CHECK(years[0].cells.size() == 2);
  CHECK(years[0].cells[0].base.employed == Approx(4000.0 + 5.5));
  CHECK(years[0].cells[1].region == "R2");
  // the national line covers the whole country whatever the filters
  CHECK(years[0].national_base.employed == Approx(10000.0 + 4 * 5.5));
  const auto one = compare_results(b, o, {{}, {"R1"}, {"soldiers"}});
  REQUIRE(one[0].cells.size() == 1);
  CHECK(one[0].cells[0].occupation == "O2");
  CHECK_THROWS_WITH(compare_results(b, o, {{2030}, {}, {}}),
                    Contains("--year 2030: outside the horizon of the results (2025-2026)"));
  CHECK_THROWS_WITH(compare_results(b, o, {{}, {"R3"}, {}}),
                    Contains("--region 'R3': not a code or name"));
  CHECK_THROWS_AS(compare_results(b, o, {{}, {}, {"Soldier"}}), InputError);
}

TEST_CASE("results of other data sets, horizons or dimensions are refused", "[outputs][compare]") {
  const ResultSet base = base_result();
  const ComparedResult b{&base, "base.h5", 0.5};
  SECTION("a data file differs") {
    ResultSet other = other_result();
    other.attributes[1].second = "a.csv fnv1a64:0000000000000009\nb.csv fnv1a64:0000000000000002\n";
    CHECK_THROWS_WITH(check_comparable(b, {&other, "other.h5", 0.5}),
                      Contains("other.h5: data_checksums: made from a different data set than "
                               "base.h5 (a.csv differs)"));
  }
  SECTION("no data checksums") {
    ResultSet other = other_result();
    other.attributes.erase(other.attributes.begin() + 1);
    CHECK_THROWS_WITH(check_comparable(b, {&other, "other.h5", 0.5}),
                      Contains("other.h5: data_checksums: global attribute missing"));
  }
  SECTION("another horizon") {
    const auto fill = [](std::size_t, std::size_t) { return 1.0; };
    const ResultSet other = small_result(fill, fill, fill, fill, 12);
    CHECK_THROWS_WITH(check_comparable(b, {&other, "other.h5", 0.5}),
                      Contains("other.h5: time: horizon differs from base.h5"));
  }
  SECTION("another start") {
    ResultSet other = other_result();
    other.dimensions[0].units = "days since 2026-01-01";
    CHECK_THROWS_AS(check_comparable(b, {&other, "other.h5", 0.5}), InputError);
  }
  SECTION("other regions") {
    ResultSet other = other_result();
    other.dimensions[1].labels = {"R2", "R1"};
    CHECK_THROWS_WITH(compare_results(b, {&other, "other.h5", 0.5}, {}),
                      Contains("other.h5: region: the region dimension differs from base.h5"));
  }
}

TEST_CASE("format_comparison writes a table, csv and markdown", "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const auto years =
      compare_results({&base, "base.h5", 0.5}, {&other, "other.h5", 0.5}, {{2025, 2026}, {}, {}});
  SECTION("csv: a header and one line per year x cell, no summary") {
    const std::string csv = format_comparison(years, TableFormat::kCsv, 0, "B", "O");
    CHECK(count_lines(csv) == 1 + 2 * 4);
    CHECK(csv.rfind("year,region,region_name,occupation,occupation_name,employed_base,", 0) == 0);
    CHECK_THAT(csv, Contains("\n2026,R1,Noord,O2,Soldiers,2017.50,2027.50,10.00,100.00,120.00,"
                             "20.00,50.00,10.00,-40.00,1.0000,2.4000,1.4000,gemiddeld,krap\n"));
  }
  SECTION("table: title, a national line per year, top rows") {
    const std::string table = format_comparison(years, TableFormat::kText, 2, "B", "O");
    CHECK_THAT(table, Contains("Comparing O with B"));
    CHECK_THAT(table, Contains("2025 Netherlands: employed 10,022 -> 10,082 (+60), vacancies 400 "
                               "-> 420 (+20), shortage 200 -> 205 (+5), tension 1.00 -> 1.20 "
                               "(gemiddeld -> gemiddeld)"));
    CHECK_THAT(table, Contains("(top 2 of 4)"));
    CHECK_THAT(table, Contains("R1 Noord"));
    CHECK_THAT(table, Contains("gemiddeld -> krap"));
    CHECK_THAT(table, !Contains("O1 Nurses"));  // 3rd and 4th by impact: not shown
  }
  SECTION("markdown: a table per year") {
    const std::string markdown = format_comparison(years, TableFormat::kMarkdown, 0, "B", "O");
    CHECK_THAT(markdown, Contains("| R1 Noord | O2 Soldiers | 2,018 | 2,028 | +10 |"));
    CHECK_THAT(markdown, Contains("**2026 Netherlands:"));
  }
}

TEST_CASE("the header says what the annual means are of: months or the run's steps",
          "[outputs][compare]") {
  ResultSet base = base_result();
  ResultSet other = other_result();
  SECTION("monthly steps") {
    const auto years = compare_results({&base, "base.h5", 0.5}, {&other, "other.h5", 0.5}, {});
    CHECK_THAT(format_comparison(years, TableFormat::kText, 1, "B", "O"),
               Contains("(annual means of monthly values; change = other - base)"));
  }
  SECTION("steps of 6.75 weeks") {
    for (ResultSet* r : {&base, &other}) {
      auto& days = r->dimensions.front().values;
      for (std::size_t t = 0; t < days.size(); ++t)
        days[t] = TimeAxis::in_days({2025, 1}, 47.25, 24).days(static_cast<int>(t));
    }
    const auto years = compare_results({&base, "base.h5", 0.5}, {&other, "other.h5", 0.5}, {});
    CHECK_THAT(format_comparison(years, TableFormat::kMarkdown, 1, "B", "O"),
               Contains("(annual means of the values of each step; change = other - base)"));
  }
}

TEST_CASE("read_result_file reads back what write_hdf5 wrote", "[outputs][compare]") {
  test::TempDir tmp;
  const ResultSet written = other_result();
  write_hdf5(written, tmp / "r.h5", {});
  const ResultSet read =
      read_result_file(tmp / "r.h5", {"employed", "vacancies", "shortage", "unemployed_short"});
  CHECK(read.dimension("time").values == written.dimension("time").values);
  CHECK(read.dimension("time").units == "days since 2025-01-01");
  CHECK(read.dimension("region").labels == written.dimension("region").labels);
  CHECK(read.dimension("occupation").labels == written.dimension("occupation").labels);
  CHECK(read.text_coordinates[0].labels == std::vector<std::string>{"Noord", "Fryslân"});
  CHECK(read.variable("shortage").data == written.variable("shortage").data);
  CHECK(result_attribute(read, "title", "r.h5") == "small");
  CHECK(result_parameter(read, "ww_benefit_share", "r.h5") == 0.5);
  CHECK_THROWS_WITH(result_parameter(read, "no_such", "r.h5"),
                    Contains("r.h5: parameters.no_such: parameter missing"));
  const ResultSet base = base_result();
  const auto years = compare_results({&base, "base.h5", 0.5}, {&read, "r.h5", 0.5}, {});
  CHECK(years[0].cells[0].other.tension == Approx(2.4));
}

TEST_CASE("read_result_file names the file and what is missing", "[outputs][compare]") {
  test::TempDir tmp;
  const std::vector<std::string> variables = {"employed", "shortage"};
  SECTION("missing file") {
    CHECK_THROWS_WITH(read_result_file(tmp / "none.h5", variables),
                      Contains("none.h5: result file not found"));
  }
  SECTION("not HDF5") {
    test::write_text(tmp / "text.h5", "not a result\n");
    CHECK_THROWS_WITH(read_result_file(tmp / "text.h5", variables),
                      Contains("text.h5: not an HDF5 file"));
  }
  SECTION("missing dataset") {
    ResultSet partial = base_result();
    partial.variables.erase(partial.variables.begin() + 2);  // shortage
    write_hdf5(partial, tmp / "partial.h5", {});
    CHECK_THROWS_WITH(read_result_file(tmp / "partial.h5", variables),
                      Contains("partial.h5: shortage: dataset missing"));
  }
  SECTION("no parameters") {
    ResultSet bare = base_result();
    bare.attributes.clear();
    write_hdf5(bare, tmp / "bare.h5", {});
    const ResultSet read = read_result_file(tmp / "bare.h5", variables);
    CHECK_THROWS_WITH(result_parameter(read, "ww_benefit_share", "bare.h5"),
                      Contains("bare.h5: parameters: global attribute missing"));
  }
}

}  // namespace
}  // namespace lmsim::outputs

namespace lmsim::outputs {
namespace {

TEST_CASE("replicate pairs give the distribution of the change", "[outputs][compare][ensemble]") {
  // Five replicate pairs whose shortage changes by 10, 20, 30, 40 and -50 in one cell: mean 10,
  // percentiles linear between order statistics, higher in 4 of 5 pairs. Each replicate lists
  // its cells in its own order; the pairs are matched by region and occupation.
  std::vector<std::vector<YearComparison>> per_replicate;
  const std::array<double, 5> change = {10.0, 20.0, 30.0, 40.0, -50.0};
  for (double d : change) {
    YearComparison y;
    y.year = 2030;
    y.national_base = {100.0, 10.0, 5.0, 1.0};
    y.national_other = {100.0 - d, 10.0, 5.0 + d, 1.0};
    CellComparison a{
        "R1", "One", "O1", "Occ", {50.0, 5.0, 1.0, 1.0}, {50.0 - d, 5.0, 1.0 + d, 1.0}};
    CellComparison b{"R2", "Two", "O1", "Occ", {50.0, 5.0, 1.0, 1.0}, {50.0, 5.0, 1.0, 1.0}};
    y.cells = d > 25.0 ? std::vector<CellComparison>{a, b} : std::vector<CellComparison>{b, a};
    per_replicate.push_back({y});
  }
  const std::vector<YearChanges> years = changes_by_replicate(per_replicate);
  REQUIRE(years.size() == 1);
  CHECK(years[0].pairs == 5);
  CHECK(years[0].national.shortage.mean == Approx(10.0));
  CHECK(years[0].national.employed.mean == Approx(-10.0));
  // sorted: -50, 10, 20, 30, 40; p05 at position 0.2, p95 at position 3.8
  CHECK(years[0].national.shortage.p05 == Approx(-50.0 + 0.2 * 60.0));
  CHECK(years[0].national.shortage.p95 == Approx(30.0 + 0.8 * 10.0));
  CHECK(years[0].national.shortage.share_higher == Approx(0.8));
  REQUIRE(years[0].cells.size() == 2);
  CHECK(years[0].cells[0].region == "R1");  // the larger mean change first
  CHECK(years[0].cells[0].shortage.mean == Approx(10.0));
  CHECK(years[0].cells[1].shortage.mean == 0.0);
  CHECK(years[0].cells[1].shortage.share_higher == 0.0);
  const std::string text = format_changes_by_replicate(years, TableFormat::kText, 0);
  CHECK_THAT(text, Catch::Contains("5 pairs"));
  CHECK_THAT(text, Catch::Contains("shortage +10 [-38, +38], higher in 80% of pairs"));
  CHECK(format_changes_by_replicate(years, TableFormat::kCsv, 0).empty());
}

}  // namespace
}  // namespace lmsim::outputs
