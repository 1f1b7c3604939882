#include "outputs/sweep_results.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>

#include "engine/sampling/sensitivity.hpp"
#include "models/variable_names.hpp"
#include "outputs/annual_figures.hpp"

namespace lmsim::outputs {

const std::vector<std::string> kNationalOutputs = {
    model::variables::kEmployed, model::variables::kUnemployed, model::variables::kVacancies,
    model::variables::kUnemploymentRate, model::variables::kTension};
// Employed by region gives a regional planner the range of jobs beside the rates (docs/sweep.md,
// "The result file": its size per point).
const std::vector<std::string> kRegionalOutputs = {
    model::variables::kUnemploymentRate, model::variables::kTension, model::variables::kEmployed};

namespace {

struct OutputDescription {
  const char* units;
  const char* long_name;
  const char* long_name_nl;
};

OutputDescription describe(const std::string& output) {
  if (output == model::variables::kEmployed)
    return {"persons", "employed persons (employees and zzp), annual mean", "werkzame personen"};
  if (output == model::variables::kUnemployed)
    return {"persons", "unemployed persons, annual mean", "werkloze personen"};
  if (output == model::variables::kVacancies)
    return {"vacancies", "open vacancies, annual mean", "openstaande vacatures"};
  if (output == model::variables::kUnemploymentRate)
    return {"percent", "unemployment rate (CBS definition), annual mean",
            "werkloosheidspercentage"};
  return {"1",
          "tension: vacancies per WW benefit under 6 months (UWV), annual means, UWV occupation "
          "classes (defence aside)",
          "spanningsindicator (UWV)"};
}

// Tension of results without WW counts (a model that does not record them) is missing (NaN).
double tension_or_nan(const AnnualFigures& figures, int year, long region = -1) {
  return figures.has_tension() ? figures.tension(year, region)
                               : std::numeric_limits<double>::quiet_NaN();
}

double national(const AnnualFigures& figures, const std::string& output, int year) {
  if (output == model::variables::kUnemploymentRate) return figures.unemployment_rate(year);
  if (output == model::variables::kTension) return tension_or_nan(figures, year);
  return figures.mean(output.c_str(), year);
}

double regional(const AnnualFigures& figures, const std::string& output, int year, long region) {
  if (output == model::variables::kTension) return tension_or_nan(figures, year, region);
  if (output == model::variables::kEmployed) return figures.mean(output.c_str(), year, region);
  return figures.unemployment_rate(year, region);
}

// A point x parameter variable from a matrix of the same shape (row-major in the file).
void add_point_by_parameter(ResultSet& set, const char* name, const char* units,
                            const Eigen::MatrixXd& matrix, const char* long_name,
                            const char* long_name_nl) {
  Variable& v = set.add_variable(name, {"point", "parameter"}, units, long_name, long_name_nl);
  const auto columns = static_cast<std::size_t>(matrix.cols());
  for (Eigen::Index p = 0; p < matrix.rows(); ++p)
    for (Eigen::Index j = 0; j < matrix.cols(); ++j)
      v.data[static_cast<std::size_t>(p) * columns + static_cast<std::size_t>(j)] = matrix(p, j);
}

}  // namespace

std::size_t SweepSummaryLayout::values_per_point() const {
  return years.size() * (kNationalOutputs.size() + kRegionalOutputs.size() * regions.size());
}

std::vector<double> summarise_point(const ResultSet& run, const SweepSummaryLayout& layout) {
  const AnnualFigures figures(run);
  std::vector<double> values;
  values.reserve(layout.values_per_point());
  for (const auto& output : kNationalOutputs)
    for (int year : layout.years) values.push_back(national(figures, output, year));
  for (const auto& output : kRegionalOutputs) {
    for (int year : layout.years) {
      for (std::size_t r = 0; r < layout.regions.size(); ++r)
        values.push_back(regional(figures, output, year, static_cast<long>(r)));
    }
  }
  return values;
}

std::vector<double> mean_of_replicates(const std::vector<std::vector<double>>& replicates) {
  std::vector<double> mean(replicates.front().size(), 0.0);
  for (const auto& r : replicates)
    for (std::size_t i = 0; i < mean.size(); ++i) mean[i] += r[i];
  for (double& m : mean) m /= static_cast<double>(replicates.size());
  return mean;
}

ResultSet sweep_result_set(const SweepSummaryLayout& layout,
                           const std::vector<SweepParameter>& parameters,
                           const Eigen::MatrixXd& unit_sample, const Eigen::MatrixXd& values,
                           const std::vector<std::vector<double>>& values_by_point) {
  const std::size_t points = values_by_point.size();
  const std::size_t P = parameters.size();
  const std::size_t Y = layout.years.size();
  const std::size_t R = layout.regions.size();
  ResultSet set;
  Dimension point{"point", {}, {}, "1", "sweep point"};
  for (std::size_t p = 0; p < points; ++p) point.values.push_back(static_cast<double>(p));
  Dimension parameter{"parameter", {}, {}, "", "uncertain parameter"};
  for (const auto& p : parameters) parameter.labels.push_back(p.name);
  Dimension year{"year", {}, {}, "year", "calendar year"};
  for (int y : layout.years) year.values.push_back(y);
  Dimension region{"region", {}, layout.regions, "", "labour-market region"};
  Dimension output{"output", {}, kNationalOutputs, "", "national output"};
  set.dimensions = {point, parameter, year, region, output};
  set.text_coordinates.push_back(
      {"distribution", "parameter", {}, "distribution of the parameter"});
  set.text_coordinates.push_back({"parameter_unit", "parameter", {}, "unit of the parameter"});
  for (const auto& p : parameters) {
    set.text_coordinates[0].labels.push_back(p.distribution);
    set.text_coordinates[1].labels.push_back(p.unit);
  }

  // The names, so that a region can be chosen by name (lmsim report --region Midden-Utrecht).
  if (layout.region_names.size() == R)
    set.text_coordinates.push_back({"region_name", "region", layout.region_names, "region name"});
  add_point_by_parameter(set, "parameter_value", "", values,
                         "value of each parameter at each point",
                         "waarde van elke parameter in elk punt");
  add_point_by_parameter(set, "design_sample", "1", unit_sample,
                         "the design's sample of the unit interval behind each value",
                         "steekproef van het ontwerp in het eenheidsinterval");
  std::size_t offset = 0;
  for (const auto& name : kNationalOutputs) {
    const OutputDescription d = describe(name);
    Variable& v = set.add_variable(name, {"point", "year"}, d.units, d.long_name, d.long_name_nl);
    for (std::size_t p = 0; p < points; ++p)
      for (std::size_t y = 0; y < Y; ++y) v.data[p * Y + y] = values_by_point[p][offset + y];
    offset += Y;
  }
  for (const auto& name : kRegionalOutputs) {
    const OutputDescription d = describe(name);
    Variable& v = set.add_variable("region_" + name, {"point", "year", "region"}, d.units,
                                   std::string(d.long_name) + ", by region", d.long_name_nl);
    for (std::size_t p = 0; p < points; ++p)
      for (std::size_t i = 0; i < Y * R; ++i)
        v.data[p * Y * R + i] = values_by_point[p][offset + i];
    offset += Y * R;
  }
  // Which parameters drive the spread: PRCC of each national output in each year.
  Variable prcc{"prcc",
                {"output", "year", "parameter"},
                std::vector<double>(kNationalOutputs.size() * Y * P, 0.0),
                "1",
                "partial rank correlation coefficient of the output with the parameter",
                "partiele rangcorrelatie van de uitkomst met de parameter"};
  for (std::size_t k = 0; k < kNationalOutputs.size(); ++k) {
    const Variable& out = set.variable(kNationalOutputs[k]);
    for (std::size_t y = 0; y < Y; ++y) {
      Eigen::VectorXd column(static_cast<Eigen::Index>(points));
      for (std::size_t p = 0; p < points; ++p)
        column(static_cast<Eigen::Index>(p)) = out.data[p * Y + y];
      // An output that is NaN at some point (a rate of an empty region, say) has no ranks: its
      // coefficients are NaN rather than the end of a sweep whose points are all done.
      const bool ranked = !column.hasNaN();
      const std::vector<double> r =
          ranked ? sampling::partial_rank_correlation(values, column)
                 : std::vector<double>(P, std::numeric_limits<double>::quiet_NaN());
      for (std::size_t j = 0; j < P; ++j) prcc.data[(k * Y + y) * P + j] = r[j];
    }
  }
  set.variables.push_back(std::move(prcc));
  return set;
}

std::string format_sensitivity(const ResultSet& sweep) {
  const Dimension& years = sweep.dimension("year");
  const auto& names = sweep.dimension("parameter").labels;
  const auto& outputs = sweep.dimension("output").labels;
  const Variable& prcc = sweep.variable("prcc");
  const std::size_t Y = years.size();
  const std::size_t P = names.size();
  // The name column is 34 wide, or as wide as the longest name (lever keys can be longer).
  std::size_t width = 34;
  for (const auto& name : names) width = std::max(width, name.size());
  const auto name_cell = [width](const std::string& name) {
    return "  " + name + std::string(width - name.size(), ' ');
  };
  std::ostringstream out;
  char cell[64];
  out << "Partial rank correlation with each parameter, " << years.values.back()
      << " (near +1 or -1: the parameter drives the output; near 0: it does not)\n";
  out << name_cell("parameter");
  for (const auto& o : outputs) {
    std::snprintf(cell, sizeof cell, " %12.12s", o.c_str());
    out << cell;
  }
  out << "\n";
  for (std::size_t j = 0; j < P; ++j) {
    out << name_cell(names[j]);
    for (std::size_t k = 0; k < outputs.size(); ++k) {
      std::snprintf(cell, sizeof cell, " %12.2f", prcc.data[(k * Y + (Y - 1)) * P + j]);
      out << cell;
    }
    out << "\n";
  }
  return out.str();
}

}  // namespace lmsim::outputs
