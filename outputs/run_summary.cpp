#include "outputs/run_summary.hpp"

#include "outputs/tension_class.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace lmsim::outputs {
namespace {

// Sums a time x region x occupation variable over the steps of one year, for one region (or all
// with region < 0) and one occupation (or all with occupation < 0); returns the monthly mean.
double yearly_mean(const ResultSet& results, const std::string& name,
                   const std::vector<int>& year_of_step, int year, long region, long occupation) {
  const Variable& v = results.variable(name);
  const std::size_t R = results.dimension("region").size();
  const std::size_t O = results.dimension("occupation").size();
  double total = 0.0;
  int months = 0;
  for (std::size_t t = 0; t < year_of_step.size(); ++t) {
    if (year_of_step[t] != year) continue;
    ++months;
    for (std::size_t r = 0; r < R; ++r) {
      if (region >= 0 && static_cast<long>(r) != region) continue;
      for (std::size_t o = 0; o < O; ++o) {
        if (occupation >= 0 && static_cast<long>(o) != occupation) continue;
        total += v.data[(t * R + r) * O + o];
      }
    }
  }
  return months > 0 ? total / months : 0.0;
}

std::string thousands(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f", std::round(x));
  std::string digits = buffer;
  std::string out;
  const std::size_t first = digits[0] == '-' ? 1 : 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > first && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

YearlyView::YearlyView(const ResultSet& results) {
  // Time values are days since the first month; the first month's year comes from the units.
  const Dimension& time = results.dimension("time");
  int year = 0;
  int month = 0;
  std::sscanf(time.units.c_str(), "days since %d-%d", &year, &month);
  for (std::size_t t = 0; t < time.size(); ++t) {
    const int index = year * 12 + (month - 1) + static_cast<int>(t);
    year_of_step.push_back(index / 12);
    if (years.empty() || years.back() != index / 12) years.push_back(index / 12);
  }
}

std::string summarise_run(const ResultSet& results, double ww_benefit_share,
                          const std::string& title) {
  const YearlyView view(results);
  const int first = view.years.front();
  const int last = view.years.back();
  const auto& regions = results.dimension("region").labels;
  const auto& occupations = results.dimension("occupation").labels;
  const TextCoordinate* region_names = nullptr;
  const TextCoordinate* occupation_names = nullptr;
  for (const auto& c : results.text_coordinates) {
    if (c.name == "region_name") region_names = &c;
    if (c.name == "occupation_name") occupation_names = &c;
  }
  const auto mean = [&](const char* name, int year, long r = -1, long o = -1) {
    return yearly_mean(results, name, view.year_of_step, year, r, o);
  };
  const auto tension = [&](int year, long r = -1, long o = -1) {
    const double ww = ww_benefit_share * mean("unemployed_short", year, r, o);
    return ww > 0.0 ? mean("vacancies", year, r, o) / ww : INFINITY;
  };

  std::ostringstream out;
  char line[256];
  out << "lmsim run: " << title << " (" << first << "-" << last << ", " << regions.size()
      << " regions x " << occupations.size() << " occupations; annual means of monthly values)\n";
  std::snprintf(line, sizeof line, "%-28s %14d %14d\n", "Netherlands", first, last);
  out << line;
  for (const char* name : {"employed", "unemployed", "vacancies", "target_demand"}) {
    // employed: employees and zzp in their jobs (students' side jobs and working pensioners aside)
    std::snprintf(line, sizeof line, "  %-26s %14s %14s\n", name,
                  thousands(mean(name, first)).c_str(), thousands(mean(name, last)).c_str());
    out << line;
  }
  // Unemployment rate as CBS counts it: unemployed / (working + unemployed), where working
  // includes students with a side job and working pensioners.
  const auto rate = [&](int year) {
    const Variable& by_status = results.variable("population_by_status");
    const auto& statuses = results.dimension("status").labels;
    const std::size_t S = statuses.size();
    const std::size_t R = regions.size();
    double working = 0.0;
    double unemployed = 0.0;
    int months = 0;
    for (std::size_t t = 0; t < view.year_of_step.size(); ++t) {
      if (view.year_of_step[t] != year) continue;
      ++months;
      for (std::size_t r = 0; r < R; ++r) {
        for (std::size_t s = 0; s < S; ++s) {
          const double persons = by_status.data[(t * R + r) * S + s];
          const std::string& name = statuses[s];
          if (name == "employed" || name == "self_employed" || name == "student_side_job" ||
              name == "working_pensioner") {
            working += persons;
          } else if (name == "unemployed_short" || name == "unemployed_long") {
            unemployed += persons;
          }
        }
      }
    }
    return months > 0 ? 100.0 * unemployed / (working + unemployed) : 0.0;
  };
  std::snprintf(line, sizeof line, "  %-26s %13.1f%% %13.1f%%\n", "unemployment rate", rate(first),
                rate(last));
  out << line;
  std::snprintf(line, sizeof line, "  %-26s %14.2f %14.2f  (%s -> %s)\n", "tension (UWV scale)",
                tension(first), tension(last), uwv_tension_class(tension(first)),
                uwv_tension_class(tension(last)));
  out << line;

  out << "Tension by region, " << first << " -> " << last << ":\n";
  for (std::size_t r = 0; r < regions.size(); ++r) {
    const auto ri = static_cast<long>(r);
    std::snprintf(line, sizeof line, "  %-5s %-28s %6.2f -> %6.2f  %s\n", regions[r].c_str(),
                  region_names ? region_names->labels[r].c_str() : "", tension(first, ri),
                  tension(last, ri), uwv_tension_class(tension(last, ri)));
    out << line;
  }

  struct Cell {
    double tension;
    std::size_t r, o;
  };
  std::vector<Cell> cells;
  for (std::size_t r = 0; r < regions.size(); ++r) {
    for (std::size_t o = 0; o < occupations.size(); ++o) {
      cells.push_back({tension(last, static_cast<long>(r), static_cast<long>(o)), r, o});
    }
  }
  std::partial_sort(
      cells.begin(),
      cells.begin() + std::min<std::ptrdiff_t>(5, static_cast<std::ptrdiff_t>(cells.size())),
      cells.end(), [](const Cell& a, const Cell& b) { return a.tension > b.tension; });
  out << "Tightest region x occupation cells in " << last << ":\n";
  for (std::size_t i = 0; i < std::min<std::size_t>(5, cells.size()); ++i) {
    const Cell& c = cells[i];
    std::snprintf(line, sizeof line, "  %zu. %s %s, %s %s: %.2f (%s)\n", i + 1,
                  regions[c.r].c_str(), region_names ? region_names->labels[c.r].c_str() : "",
                  occupations[c.o].c_str(),
                  occupation_names ? occupation_names->labels[c.o].c_str() : "", c.tension,
                  uwv_tension_class(c.tension));
    out << line;
  }
  return out.str();
}

}  // namespace lmsim::outputs
