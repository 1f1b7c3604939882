#include "models/demand_outlook.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

namespace lmsim::model {
namespace {

constexpr const char* kNational = "NL";
// A growth beyond 10% a year in either direction for a whole occupation is a misplaced decimal
// point (a percentage written as a fraction's hundredfold) rather than an outlook: the largest
// yearly change of an occupation class in CBS 85276NED since 2013 is about 6% (docs/data.md,
// "The outlook").
constexpr double kLargestGrowth = 0.10;
constexpr long kFirstYear = 2000, kLastYear = 2100;

struct Key {
  std::size_t region;  // region_count() for NL
  std::size_t occupation;
  int year;
  auto operator<=>(const Key&) const = default;
};

double growth_of(const CsvTable& t, std::size_t r, std::size_t column) {
  const double g = t.number(r, column);
  if (std::fabs(g) > kLargestGrowth) {
    t.fail(r, column,
           "growth " + t.text(r, column) + " a year lies outside [-0.1, 0.1]; write 0.7% as 0.007");
  }
  return g;
}

}  // namespace

double DemandOutlook::growth_in(int year, std::size_t cell) const {
  if (growth.empty()) return 0.0;
  const int y = std::clamp(year, first_year, last_year);
  return growth[static_cast<std::size_t>(y - first_year)][cell];
}

DemandOutlook read_demand_outlook(const CsvTable& t, const Dimensions& dims) {
  const auto region = t.column("region"), occupation = t.column("occupation"),
             year = t.column("year"), growth = t.column("growth"), source = t.column("source");
  const std::size_t R = dims.region_count();
  const std::size_t O = dims.occupation_count();
  std::map<Key, std::pair<double, std::size_t>> given;  // growth and row
  DemandOutlook outlook;
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const bool national = t.text(r, region) == kNational;
    const std::size_t h = national ? R : dims.regions.at(t, r, region);
    const std::size_t o = dims.occupations.at(t, r, occupation);
    const long y = t.integer(r, year);
    if (y < kFirstYear || y > kLastYear) t.fail(r, year, "year must lie in 2000..2100");
    const Key key{h, o, static_cast<int>(y)};
    if (const auto it = given.find(key); it != given.end()) {
      t.fail(r, region,
             "duplicate row for " + t.text(r, region) + " " + t.text(r, occupation) + " " +
                 t.text(r, year) + " (first on line " +
                 std::to_string(t.rows()[it->second.second].line) + ")");
    }
    given[key] = {growth_of(t, r, growth), r};
    const std::string& tag = t.text(r, source);
    if (tag.empty()) t.fail(r, source, "empty source: name where the growth comes from");
    if (std::find(outlook.sources.begin(), outlook.sources.end(), tag) == outlook.sources.end())
      outlook.sources.push_back(tag);
  }
  int first = kLastYear, last = kFirstYear;
  for (const auto& entry : given) {
    if (entry.first.region != R) continue;
    first = std::min(first, entry.first.year);
    last = std::max(last, entry.first.year);
  }
  if (first > last) t.fail_file("no NL rows: every year needs a national growth per occupation");
  outlook.first_year = first;
  outlook.last_year = last;
  outlook.growth.assign(static_cast<std::size_t>(last - first + 1), std::vector<double>(R * O));
  for (int y = first; y <= last; ++y) {
    for (std::size_t o = 0; o < O; ++o) {
      const auto national = given.find({R, o, y});
      if (national == given.end()) {
        t.fail_file("no NL row for occupation " + dims.occupations.code(o) + " in " +
                    std::to_string(y) + ": every year from " + std::to_string(first) + " to " +
                    std::to_string(last) + " needs one for every occupation");
      }
      for (std::size_t h = 0; h < R; ++h) {
        const auto regional = given.find({h, o, y});
        outlook.growth[static_cast<std::size_t>(y - first)][h * O + o] =
            (regional != given.end() ? regional : national)->second.first;
      }
    }
  }
  for (const auto& entry : given) {
    const int y = entry.first.year;
    if (entry.first.region != R && (y < first || y > last)) {
      t.fail(entry.second.second, year,
             "a regional row for " + std::to_string(y) +
                 ", a year without NL rows (the NL rows cover " + std::to_string(first) + "-" +
                 std::to_string(last) + ")");
    }
  }
  return outlook;
}

}  // namespace lmsim::model
