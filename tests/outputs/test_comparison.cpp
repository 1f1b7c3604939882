// Unit tests of outputs/comparison (on small results built in memory): annual means, changes,
// tension (vacancies / WW benefits under 6 months) and its UWV class, defence without a class
// and with its formation, results without WW counts, sorting by impact, filters, years, refusals
// of results that cannot be compared, the three formats (the levers of both scenarios under the
// header of the table and markdown); and of outputs/result_file_reader on
// files written by write_hdf5, including its errors.
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
#include "outputs/stored_levers.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::outputs {
namespace {

using Catch::Matchers::Contains;

// 2 regions x 2 occupations; cell c = region * 2 + occupation.
using Fill = std::function<double(std::size_t t, std::size_t cell)>;

// ww: WW benefits under 6 months (ww_under_6_months); an empty Fill leaves the variable out, as
// in a result file of an older lmsim. target: target_demand, left out when empty.
ResultSet small_result(const Fill& employed, const Fill& vacancies, const Fill& shortage,
                       const Fill& ww, std::size_t months = 24,
                       std::vector<std::string> occupations = {"O1", "O2"},
                       const Fill& target = {}) {
  ResultSet r;
  std::vector<double> days;
  for (std::size_t t = 0; t < months; ++t)
    days.push_back(TimeAxis({2025, 1}, {2030, 12}).days(static_cast<int>(t)));
  r.dimensions.push_back({"time", days, {}, "days since 2025-01-01", "time"});
  r.dimensions.push_back({"region", {}, {"R1", "R2"}, "", "region"});
  r.dimensions.push_back({"occupation", {}, std::move(occupations), "", "occupation"});
  r.text_coordinates.push_back({"region_name", "region", {"Noord", "Fryslân"}, "name"});
  r.text_coordinates.push_back({"occupation_name", "occupation", {"Nurses", "Soldiers"}, "name"});
  const std::vector<std::pair<const char*, const Fill*>> fills = {{"employed", &employed},
                                                                  {"vacancies", &vacancies},
                                                                  {"shortage", &shortage},
                                                                  {"ww_under_6_months", &ww},
                                                                  {"target_demand", &target}};
  for (const auto& [name, fill] : fills) {
    if (!*fill) continue;
    Variable& v = r.add_variable(name, {"time", "region", "occupation"}, "persons", name, name);
    for (std::size_t t = 0; t < months; ++t) {
      for (std::size_t c = 0; c < 4; ++c) v.data[t * 4 + c] = (*fill)(t, c);
    }
  }
  r.attributes = {
      {"title", "small"},
      {"data_checksums", "a.csv fnv1a64:0000000000000001\nb.csv fnv1a64:0000000000000002\n"},
      {"parameters", "separation_rate = 0.01\n"}};
  return r;
}

ResultSet base_result() {
  return small_result(
      [](std::size_t t, std::size_t c) { return 1000.0 * double(c + 1) + double(t); },
      [](std::size_t, std::size_t) { return 100.0; }, [](std::size_t, std::size_t) { return 50.0; },
      [](std::size_t, std::size_t) { return 100.0; });
}

ResultSet other_result() {
  static const double shortage_change[4] = {5.0, -40.0, 10.0, 30.0};
  return small_result(
      [](std::size_t t, std::size_t c) {
        return 1000.0 * double(c + 1) + double(t) + 10.0 * double(c);
      },
      [](std::size_t, std::size_t c) { return c == 1 ? 120.0 : 100.0; },
      [](std::size_t, std::size_t c) { return 50.0 + shortage_change[c]; },
      [](std::size_t, std::size_t c) { return c == 1 ? 50.0 : 100.0; });
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
  CHECK(is_uwv_occupation("BRC10"));
  CHECK_FALSE(is_uwv_occupation("DEF"));
}

TEST_CASE("compare_results gives annual means, changes and tension, largest impact first",
          "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const auto years = compare_results({&base, "base.h5"}, {&other, "other.h5"}, {});
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
  CHECK(top.base.tension == Approx(1.0));   // 100 vacancies / 100 WW benefits
  CHECK(top.other.tension == Approx(2.4));  // 120 / 50
  CHECK(std::string(uwv_tension_class(top.base.tension)) == "gemiddeld");
  CHECK(std::string(uwv_tension_class(top.other.tension)) == "krap");
  CHECK(y.national_base.employed == Approx(10000.0 + 4 * 17.5));
  CHECK(y.national_other.employed - y.national_base.employed == Approx(60.0));
  CHECK(y.national_other.shortage - y.national_base.shortage == Approx(5.0));
  CHECK(y.national_base.tension == Approx(1.0));
  CHECK(y.national_other.tension == Approx(420.0 / 350.0));
}

TEST_CASE("tension is the ratio of annual means, as UWV computes it", "[outputs][compare]") {
  // Vacancies and WW benefits that change month by month: the annual tension is the annual mean
  // of vacancies over the annual mean of WW benefits, not the mean of the monthly ratios.
  const auto one = [](std::size_t, std::size_t) { return 1.0; };
  const ResultSet base = small_result(
      one, [](std::size_t t, std::size_t) { return t % 2 == 0 ? 100.0 : 300.0; }, one,
      [](std::size_t t, std::size_t) { return t % 2 == 0 ? 50.0 : 150.0; });
  const auto years = compare_results({&base, "base.h5"}, {&base, "same.h5"}, {});
  CHECK(years[0].cells[0].base.tension == Approx(200.0 / 100.0));  // mean of ratios also 2
  const ResultSet skewed = small_result(
      one, [](std::size_t t, std::size_t) { return t % 2 == 0 ? 100.0 : 0.0; }, one,
      [](std::size_t t, std::size_t) { return t % 2 == 0 ? 100.0 : 300.0; });
  const auto ratio = compare_results({&skewed, "base.h5"}, {&skewed, "same.h5"}, {});
  CHECK(ratio[0].cells[0].base.tension == Approx(50.0 / 200.0));  // not (1 + 0) / 2
  CHECK(std::string(uwv_tension_class(ratio[0].cells[0].base.tension)) == "ruim");
  // No WW benefits under 6 months in a cell: infinite tension, zeer krap.
  const ResultSet none = small_result(one, one, one, [](std::size_t, std::size_t) { return 0.0; });
  const auto infinite = compare_results({&none, "base.h5"}, {&none, "same.h5"}, {});
  CHECK(std::isinf(infinite[0].cells[0].base.tension));
  CHECK(std::isinf(infinite[0].national_base.tension));
}

TEST_CASE("a result without WW counts is compared without tension, and says why",
          "[outputs][compare]") {
  const ResultSet base = base_result();
  const auto fill = [](std::size_t, std::size_t) { return 100.0; };
  const ResultSet old = small_result(fill, fill, fill, {});  // an older lmsim's file
  const auto years = compare_results({&base, "base.h5"}, {&old, "old.h5"}, {});
  REQUIRE(years[0].without_ww_counts == std::vector<std::string>{"old.h5"});
  CHECK(std::isnan(years[0].national_other.tension));
  CHECK(std::isnan(years[0].cells[0].other.tension));
  CHECK(years[0].cells[0].other.employed == Approx(100.0));  // the rest is compared
  const std::string notice =
      "Tension not shown: old.h5 has no WW counts (ww_under_6_months; a result file of an older "
      "lmsim); run its scenario again to compare tension.";
  CHECK(ww_counts_notice("old.h5") == notice);
  for (const TableFormat format : {TableFormat::kText, TableFormat::kMarkdown}) {
    std::string text = format_comparison(years, format, 0, "B", "O");
    CHECK_THAT(text, Contains(notice));
    for (auto at = text.find(notice); at != std::string::npos; at = text.find(notice))
      text.erase(at, notice.size());
    CHECK_THAT(text, !Contains("ension"));  // no column, no figure: only the notice names it
    CHECK_THAT(text, !Contains("gemiddeld"));
    CHECK_THAT(text, !Contains("n/a"));
  }
  // csv keeps its columns, empty (the notice goes to the terminal: lmsim compare).
  const std::string csv = format_comparison(years, TableFormat::kCsv, 0, "B", "O");
  CHECK_THAT(csv, Contains(",tension_base,tension_other,tension_change,class_base,class_other\n"));
  CHECK_THAT(csv, Contains(",,,,,\n"));
  CHECK_THAT(csv, !Contains("gemiddeld"));
}

TEST_CASE("defence has no tension class in compare and its formation is shown",
          "[outputs][compare]") {
  // O2 is defence: its cells keep employed, vacancies and shortage, without tension or class;
  // the national tension covers the UWV occupation class O1 only.
  const auto employed = [](std::size_t, std::size_t c) { return c % 2 == 1 ? 90.0 : 1000.0; };
  const auto vacancies = [](std::size_t, std::size_t c) { return c % 2 == 1 ? 80.0 : 100.0; };
  const auto shortage = [](std::size_t, std::size_t c) { return c % 2 == 1 ? 10.0 : 1.0; };
  const auto ww = [](std::size_t, std::size_t c) { return c % 2 == 1 ? 1.0 : 50.0; };
  const auto target = [](std::size_t, std::size_t c) { return c % 2 == 1 ? 100.0 : 1001.0; };
  const auto other_target = [](std::size_t, std::size_t c) { return c % 2 == 1 ? 120.0 : 1001.0; };
  const ResultSet base = small_result(employed, vacancies, shortage, ww, 24, {"O1", "DEF"}, target);
  const ResultSet other =
      small_result(employed, vacancies, shortage, ww, 24, {"O1", "DEF"}, other_target);
  const auto years = compare_results({&base, "base.h5"}, {&other, "other.h5"}, {});
  const YearComparison& y = years[0];
  CHECK(y.national_base.tension == Approx(200.0 / 100.0));  // O1 only: not (200 + 160) / 102
  CHECK(y.national_base.vacancies == Approx(360.0));        // the counts include defence
  REQUIRE(y.defence_base);
  REQUIRE(y.defence_other);
  CHECK(y.defence_base->filled == Approx(180.0));
  CHECK(y.defence_base->posts == Approx(200.0));
  CHECK(y.defence_other->posts == Approx(240.0));
  const auto defence = std::find_if(y.cells.begin(), y.cells.end(),
                                    [](const CellComparison& c) { return c.occupation == "DEF"; });
  REQUIRE(defence != y.cells.end());
  CHECK_FALSE(defence->uwv);
  CHECK(std::isnan(defence->base.tension));
  const std::string table = format_comparison(years, TableFormat::kText, 0, "B", "O");
  CHECK_THAT(
      table,
      Contains("2026 Defence formation (not a UWV occupation class): 180 of 200 posts "
               "filled, fill rate 90.0%, unfilled 20 -> 180 of 240 posts filled, fill rate 75.0%, "
               "unfilled 60"));
  CHECK_THAT(table, Contains("-      -      -  - -> -\n"));  // a defence row: no tension, no class
  CHECK_THAT(table, !Contains("zeer krap"));  // 80 / 1 would be, were defence a UWV class
  const std::string csv = format_comparison(years, TableFormat::kCsv, 0, "B", "O");
  CHECK_THAT(csv,
             Contains(",DEF,Soldiers,90.00,90.00,0.00,80.00,80.00,0.00,10.00,10.00,0.00,,,,,\n"));
  // Without target demand, no formation.
  const ResultSet no_target = small_result(employed, vacancies, shortage, ww, 24, {"O1", "DEF"});
  const auto without = compare_results({&no_target, "a.h5"}, {&no_target, "b.h5"}, {});
  CHECK_FALSE(without[0].defence_base);
  CHECK_THAT(format_comparison(without, TableFormat::kText, 0, "B", "O"),
             !Contains("Defence formation"));
}

TEST_CASE("compare_results selects years, regions and occupations", "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const ComparedResult b{&base, "base.h5"};
  const ComparedResult o{&other, "other.h5"};
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
  CHECK_THROWS_WITH(
      compare_results(b, o, {{2030}, {}, {}}),
      Contains("--year 2030: outside the years both results hold in full (2025-2026)"));
  CHECK_THROWS_WITH(compare_results(b, o, {{}, {"R3"}, {}}),
                    Contains("--region 'R3': not a code or name"));
  CHECK_THROWS_AS(compare_results(b, o, {{}, {}, {"Soldier"}}), InputError);
}

TEST_CASE("results of other data sets, horizons or dimensions are refused", "[outputs][compare]") {
  const ResultSet base = base_result();
  const ComparedResult b{&base, "base.h5"};
  SECTION("a data file differs") {
    ResultSet other = other_result();
    other.attributes[1].second = "a.csv fnv1a64:0000000000000009\nb.csv fnv1a64:0000000000000002\n";
    CHECK_THROWS_WITH(check_comparable(b, {&other, "other.h5"}),
                      Contains("other.h5: data_checksums: made from a different data set than "
                               "base.h5 (a.csv differs)"));
  }
  SECTION("no data checksums") {
    ResultSet other = other_result();
    other.attributes.erase(other.attributes.begin() + 1);
    CHECK_THROWS_WITH(check_comparable(b, {&other, "other.h5"}),
                      Contains("other.h5: data_checksums: global attribute missing"));
  }
  SECTION("other steps") {
    ResultSet other = other_result();
    other.dimensions[0].values[1] += 1.0;  // its second month starts a day later
    CHECK_THROWS_WITH(check_comparable(b, {&other, "other.h5"}),
                      Contains("other.h5: time: time axis differs from base.h5"));
  }
  SECTION("another start") {
    ResultSet other = other_result();
    other.dimensions[0].units = "days since 2026-01-01";
    CHECK_THROWS_AS(check_comparable(b, {&other, "other.h5"}), InputError);
  }
  SECTION("other regions") {
    ResultSet other = other_result();
    other.dimensions[1].labels = {"R2", "R1"};
    CHECK_THROWS_WITH(compare_results(b, {&other, "other.h5"}, {}),
                      Contains("other.h5: region: the region dimension differs from base.h5"));
  }
}

TEST_CASE("a horizon that ends earlier is compared over the years both hold",
          "[outputs][compare]") {
  const ResultSet base = base_result();  // 2025-2026
  const auto fill = [](std::size_t, std::size_t) { return 1.0; };
  const ComparedResult b{&base, "base.h5"};
  SECTION("a whole year less") {
    const ResultSet other = small_result(fill, fill, fill, fill, 12);
    const ComparedResult o{&other, "other.h5"};
    CHECK(shared_years(b, o) == std::vector<int>{2025});
    CHECK(shared_horizon_notice(b, o) ==
          "base.h5 runs 2025-2026 and other.h5 2025: compared over the years both hold in full, "
          "2025.");
    const auto years = compare_results(b, o, {});
    REQUIRE(years.size() == 1);
    CHECK(years[0].year == 2025);  // the last year both hold, not the base's last
    CHECK(years[0].national_other.employed == Approx(4 * 1.0));
    CHECK_THROWS_WITH(compare_results(b, o, {{2026}, {}, {}}),
                      Contains("--year 2026: outside the years both results hold in full (2025)"));
  }
  SECTION("a year cut short is left out") {
    const ResultSet other = small_result(fill, fill, fill, fill, 18);
    CHECK(shared_years(b, {&other, "other.h5"}) == std::vector<int>{2025});
  }
  SECTION("the same horizon needs no notice") {
    const ResultSet other = other_result();
    CHECK(shared_horizon_notice(b, {&other, "other.h5"}).empty());
  }
}

TEST_CASE("format_comparison writes a table, csv and markdown", "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const auto years =
      compare_results({&base, "base.h5"}, {&other, "other.h5"}, {{2025, 2026}, {}, {}});
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

TEST_CASE("format_comparison lists the levers of both scenarios under its header, not in csv",
          "[outputs][compare]") {
  const ResultSet base = base_result();
  const ResultSet other = other_result();
  const auto years = compare_results({&base, "base.h5"}, {&other, "other.h5"}, {{2026}, {}, {}});
  const std::vector<std::string> none = {"none"};
  const std::vector<std::string> two = {
      "defence_expansion: target_personnel = 100000; linear "
      "2026 .. 2030",
      "rvu_change: window_months = 0; step from 2026"};
  SECTION("table") {
    const std::string table =
        format_comparison(years, TableFormat::kText, 1, "B", "O",
                          outputs::format_compared_levers(none, two, TableFormat::kText));
    CHECK_THAT(table, Contains("change = other - base)\n"
                               "Levers of other: defence_expansion: target_personnel = 100000; "
                               "linear 2026 .. 2030\n"
                               "                 rvu_change: window_months = 0; step from 2026\n"
                               "Levers of base:  none\n\n2026 Netherlands:"));
  }
  SECTION("markdown") {
    const std::string markdown =
        format_comparison(years, TableFormat::kMarkdown, 1, "B", "O",
                          outputs::format_compared_levers(none, two, TableFormat::kMarkdown));
    CHECK_THAT(markdown, Contains("change = other - base).\n\nLevers of other:\n\n"
                                  "- defence_expansion: target_personnel = 100000; linear 2026 .. "
                                  "2030\n- rvu_change: window_months = 0; step from 2026\n\n"
                                  "Levers of base:\n\n- none\n\n**2026 Netherlands:"));
  }
  SECTION("csv: only the table") {
    CHECK(outputs::format_compared_levers(none, two, TableFormat::kCsv).empty());
  }
}

TEST_CASE("the header says what the annual means are of: months or the run's steps",
          "[outputs][compare]") {
  ResultSet base = base_result();
  ResultSet other = other_result();
  SECTION("monthly steps") {
    const auto years = compare_results({&base, "base.h5"}, {&other, "other.h5"}, {});
    CHECK_THAT(format_comparison(years, TableFormat::kText, 1, "B", "O"),
               Contains("(annual means of monthly values; change = other - base)"));
  }
  SECTION("steps of 6.75 weeks") {
    for (ResultSet* r : {&base, &other}) {
      auto& days = r->dimensions.front().values;
      for (std::size_t t = 0; t < days.size(); ++t)
        days[t] = TimeAxis::in_days({2025, 1}, 47.25, 24).days(static_cast<int>(t));
    }
    const auto years = compare_results({&base, "base.h5"}, {&other, "other.h5"}, {});
    CHECK_THAT(format_comparison(years, TableFormat::kMarkdown, 1, "B", "O"),
               Contains("(annual means of the values of each step; change = other - base)"));
  }
}

TEST_CASE("read_result_file reads back what write_hdf5 wrote", "[outputs][compare]") {
  test::TempDir tmp;
  const ResultSet written = other_result();
  write_hdf5(written, tmp / "r.h5", {});
  const ResultSet read =
      read_result_file(tmp / "r.h5", kComparedVariables, kOptionalComparedVariables);
  CHECK(read.dimension("time").values == written.dimension("time").values);
  CHECK(read.dimension("time").units == "days since 2025-01-01");
  CHECK(read.dimension("region").labels == written.dimension("region").labels);
  CHECK(read.dimension("occupation").labels == written.dimension("occupation").labels);
  CHECK(read.text_coordinates[0].labels == std::vector<std::string>{"Noord", "Fryslân"});
  CHECK(read.variable("shortage").data == written.variable("shortage").data);
  CHECK(result_attribute(read, "title", "r.h5") == "small");
  CHECK(read.find_variable("ww_under_6_months") != nullptr);  // optional, read where present
  CHECK(read.find_variable("target_demand") == nullptr);      // optional, absent: left out
  CHECK(result_parameter(read, "separation_rate", "r.h5") == 0.01);
  CHECK_THROWS_WITH(result_parameter(read, "no_such", "r.h5"),
                    Contains("r.h5: parameters.no_such: parameter missing"));
  const ResultSet base = base_result();
  const auto years = compare_results({&base, "base.h5"}, {&read, "r.h5"}, {});
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
    CHECK_THROWS_WITH(result_parameter(read, "separation_rate", "bare.h5"),
                      Contains("bare.h5: parameters: global attribute missing"));
  }
}

}  // namespace
}  // namespace lmsim::outputs
