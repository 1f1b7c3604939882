#include "outputs/annual_figures.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "engine/calendar.hpp"
#include "models/variable_names.hpp"
#include "outputs/tension_class.hpp"

namespace lmsim::outputs {

YearlyView::YearlyView(const ResultSet& results) {
  // Time values are days since the first day of the first month (named in the units).
  const Dimension& time = results.dimension("time");
  int year = 0;
  unsigned month = 1;
  std::sscanf(time.units.c_str(), "days since %d-%u", &year, &month);
  const long origin = days_from_civil(year, month, 1);
  for (std::size_t t = 0; t < time.size(); ++t) {
    const CivilDate date = civil_from_days(origin + static_cast<long>(std::floor(time.values[t])));
    const int step_year = date.year;
    if (date.day != 1 || time.values[t] != std::floor(time.values[t])) monthly = false;
    year_of_step.push_back(step_year);
    if (years.empty() || years.back() != step_year) years.push_back(step_year);
  }
}

double DefenceFormation::fill_rate() const {
  return posts > 0.0 ? filled / posts : NAN;
}

AnnualFigures::AnnualFigures(const ResultSet& results) : results_(results), view_(results) {
  const auto& occupations = results.dimension("occupation").labels;
  for (std::size_t o = 0; o < occupations.size(); ++o) {
    if (!is_uwv_occupation(occupations[o])) defence_ = static_cast<long>(o);
  }
}

double AnnualFigures::sum(const char* variable, int year, long region, long occupation,
                          bool uwv_only) const {
  const Variable& v = results_.variable(variable);
  const std::size_t R = results_.dimension("region").size();
  // A time x region variable (the defence formation's) has one value per region.
  const bool by_region = v.dims.size() == 2;
  const std::size_t O = by_region ? 1 : results_.dimension("occupation").size();
  double total = 0.0;
  int months = 0;
  for (std::size_t t = 0; t < view_.year_of_step.size(); ++t) {
    if (view_.year_of_step[t] != year) continue;
    ++months;
    for (std::size_t r = 0; r < R; ++r) {
      if (region >= 0 && static_cast<long>(r) != region) continue;
      for (std::size_t o = 0; o < O; ++o) {
        if (!by_region && occupation >= 0 && static_cast<long>(o) != occupation) continue;
        if (!by_region && uwv_only && defence_ && static_cast<long>(o) == *defence_) continue;
        total += v.data[(t * R + r) * O + o];
      }
    }
  }
  return months > 0 ? total / months : 0.0;
}

double AnnualFigures::mean(const char* variable, int year, long region, long occupation) const {
  return sum(variable, year, region, occupation, false);
}

bool AnnualFigures::has_tension() const {
  return results_.find_variable(model::variables::kVacancies) != nullptr &&
         results_.find_variable(model::variables::kWwUnder6Months) != nullptr;
}

double AnnualFigures::tension(int year, long region, long occupation) const {
  const bool uwv_only = occupation < 0;
  const double ww = sum(model::variables::kWwUnder6Months, year, region, occupation, uwv_only);
  return ww > 0.0 ? sum(model::variables::kVacancies, year, region, occupation, uwv_only) / ww
                  : INFINITY;
}

bool AnnualFigures::has_defence_formation() const {
  return defence_ && results_.find_variable(model::variables::kEmployed) != nullptr &&
         results_.find_variable(model::variables::kTargetDemand) != nullptr;
}

DefenceFormation AnnualFigures::defence_formation(int year, long region) const {
  if (results_.find_variable(model::variables::kDefencePosts) != nullptr &&
      results_.find_variable(model::variables::kDefenceFilled) != nullptr) {
    return {mean(model::variables::kDefenceFilled, year, region),
            mean(model::variables::kDefencePosts, year, region)};
  }
  return {mean(model::variables::kEmployed, year, region, *defence_),
          mean(model::variables::kTargetDemand, year, region, *defence_)};
}

double AnnualFigures::unemployment_rate(int year, long region) const {
  const Variable& by_status = results_.variable(model::variables::kPopulationByStatus);
  const auto& statuses = results_.dimension("status").labels;
  const std::size_t S = statuses.size();
  const std::size_t R = results_.dimension("region").size();
  double working = 0.0;
  double unemployed = 0.0;
  for (std::size_t t = 0; t < view_.year_of_step.size(); ++t) {
    if (view_.year_of_step[t] != year) continue;
    for (std::size_t r = 0; r < R; ++r) {
      if (region >= 0 && static_cast<long>(r) != region) continue;
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
  return working + unemployed > 0.0 ? 100.0 * unemployed / (working + unemployed) : 0.0;
}

}  // namespace lmsim::outputs
