#include "outputs/comparison.hpp"
#include "outputs/assumptions.hpp"
#include "outputs/time_coordinate.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "engine/error.hpp"
#include "models/variable_names.hpp"
#include "outputs/annual_figures.hpp"
#include "outputs/label_selection.hpp"
#include "outputs/region_groups.hpp"
#include "outputs/table_text.hpp"

namespace lmsim::outputs {
namespace {

const std::string& attribute(const ComparedResult& r, const std::string& name) {
  for (const auto& [key, value] : r.results->attributes) {
    if (key == name) return value;
  }
  throw InputError({r.file, 0, 0, name},
                   "global attribute missing (is this a result file written by lmsim run?)");
}

// "file fnv1a64:0123..." lines of the data_checksums attribute, by data file.
std::map<std::string, std::string> checksums(const ComparedResult& r) {
  std::map<std::string, std::string> sums;
  std::istringstream lines(attribute(r, "data_checksums"));
  std::string file;
  std::string sum;
  while (lines >> file >> sum) sums[file] = sum;
  return sums;
}

const std::vector<std::string>& labels_of(const ComparedResult& r, const std::string& dim) {
  for (const Dimension& d : r.results->dimensions) {
    if (d.name == dim) return d.labels;
  }
  throw InputError({r.file, 0, 0, dim}, "dimension missing");
}

const Dimension& time_of(const ComparedResult& r) {
  for (const Dimension& d : r.results->dimensions) {
    if (d.name == "time") return d;
  }
  throw InputError({r.file, 0, 0, "time"}, "dimension missing");
}

const std::vector<std::string>* names_of(const ResultSet& results, const std::string& name) {
  for (const TextCoordinate& c : results.text_coordinates) {
    if (c.name == name) return &c.labels;
  }
  return nullptr;
}

std::string horizon(const YearlyView& view, const Dimension& time, const std::string& file) {
  return step_count(iso_dates(time, file)) + ", " + std::to_string(view.years.front()) + "-" +
         std::to_string(view.years.back());
}

// The same units, and the time values of the shorter axis are the first of the longer's: the
// same start and steps, the ends may differ.
bool one_starts_the_other(const Dimension& a, const Dimension& b) {
  if (a.units != b.units) return false;
  const std::size_t n = std::min(a.values.size(), b.values.size());
  return n > 0 &&
         std::equal(a.values.begin(), a.values.begin() + static_cast<long>(n), b.values.begin());
}

// The years of a view with the number of its steps in each.
std::map<int, std::size_t> steps_by_year(const YearlyView& view) {
  std::map<int, std::size_t> steps;
  for (int year : view.year_of_step) ++steps[year];
  return steps;
}

std::string year_range(const std::vector<int>& years) {
  if (years.empty()) return "none";
  return std::to_string(years.front()) +
         (years.size() > 1 ? "-" + std::to_string(years.back()) : "");
}

// Monthly means over one year of the variables needed, per cell.
class YearMeans {
 public:
  YearMeans(const ComparedResult& r, const std::vector<int>& year_of_step, int year) {
    const ResultSet& results = *r.results;
    const std::size_t O = results.dimension("occupation").size();
    cells_ = results.dimension("region").size() * O;
    for (const std::string& code : results.dimension("occupation").labels)
      uwv_occupation_.push_back(is_uwv_occupation(code));
    for (std::size_t t = 0; t < year_of_step.size(); ++t) {
      if (year_of_step[t] == year) steps_.push_back(t);
    }
    std::vector<std::string> names = kComparedVariables;
    names.insert(names.end(), kOptionalComparedVariables.begin(), kOptionalComparedVariables.end());
    for (const std::string& name : names) {
      const Variable* v = results.find_variable(name);
      if (v == nullptr) {
        const bool optional =
            std::find(kOptionalComparedVariables.begin(), kOptionalComparedVariables.end(), name) !=
            kOptionalComparedVariables.end();
        if (!optional) throw InputError({r.file, 0, 0, name}, "variable missing");
        means_.emplace_back();  // absent: empty
        continue;
      }
      // The defence formation's variables are by region only (time x region).
      const bool by_region =
          name == model::variables::kDefencePosts || name == model::variables::kDefenceFilled;
      const std::size_t values = by_region ? results.dimension("region").size() : cells_;
      if (v->data.size() != year_of_step.size() * values) {
        throw InputError({r.file, 0, 0, name}, "has the wrong number of values");
      }
      std::vector<double> mean(values, 0.0);
      for (std::size_t t : steps_) {
        for (std::size_t c = 0; c < values; ++c) mean[c] += v->data[t * values + c];
      }
      for (double& m : mean) m /= static_cast<double>(steps_.size());
      means_.push_back(std::move(mean));
    }
  }

  bool has_ww_counts() const { return !means_[kWw].empty(); }
  bool uwv(std::size_t cell) const { return uwv_occupation_[cell % uwv_occupation_.size()]; }

  // Figures of a set of cells (sums of their means; tension of the sums over the cells of UWV's
  // occupation classes, NaN where there are none or no WW counts).
  Figures figures(const std::vector<std::size_t>& cells) const {
    Figures f;
    double vacancies = 0.0;
    double ww = 0.0;
    bool any_uwv = false;
    for (std::size_t c : cells) {
      f.employed += means_[kEmployed][c];
      f.vacancies += means_[kVacancies][c];
      f.shortage += means_[kShortage][c];
      if (!uwv(c) || !has_ww_counts()) continue;
      any_uwv = true;
      vacancies += means_[kVacancies][c];
      ww += means_[kWw][c];
    }
    f.tension = !any_uwv ? NAN : (ww > 0.0 ? vacancies / ww : INFINITY);
    return f;
  }

  // The defence formation: Defensie's posts and posts filled (defence_posts, defence_filled) where
  // the results hold them; else the target demand and employed of the defence cells, where there
  // are defence and target demand.
  // One region's (region >= 0) or the country's.
  std::optional<Formation> defence(long region = -1) const {
    const auto in_scope = [region](std::size_t r) {
      return region < 0 || static_cast<long>(r) == region;
    };
    if (!means_[kDefencePosts].empty() && !means_[kDefenceFilled].empty()) {
      Formation formation;
      for (std::size_t r = 0; r < means_[kDefencePosts].size(); ++r) {
        if (!in_scope(r)) continue;
        formation.posts += means_[kDefencePosts][r];
        formation.filled += means_[kDefenceFilled][r];
      }
      return formation;
    }
    if (means_[kTarget].empty()) return std::nullopt;
    std::optional<Formation> formation;
    for (std::size_t c = 0; c < cells_; ++c) {
      if (uwv(c) || !in_scope(c / uwv_occupation_.size())) continue;
      if (!formation) formation = Formation{};
      formation->filled += means_[kEmployed][c];
      formation->posts += means_[kTarget][c];
    }
    return formation;
  }
  std::size_t cells() const { return cells_; }

 private:
  // Positions in means_: kComparedVariables, then kOptionalComparedVariables.
  static constexpr std::size_t kEmployed = 0, kVacancies = 1, kShortage = 2, kWw = 3, kTarget = 4,
                               kDefencePosts = 5, kDefenceFilled = 6;
  std::size_t cells_ = 0;
  std::vector<bool> uwv_occupation_;
  std::vector<std::size_t> steps_;
  std::vector<std::vector<double>> means_;  // per variable, per cell; empty when absent
};

// --- formatting ---

// Rounded with thousands separators; with a sign when `sign`.
std::string thousands(double x, bool sign = false) {
  return whole_number(x, Language::kEnglish, sign);
}

std::string fixed(double x, int decimals, bool sign = false) {
  if (!std::isfinite(x)) return std::isnan(x) ? "n/a" : (x > 0 ? "inf" : "-inf");
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.*f" : "%.*f", decimals, x);
  std::string out = buffer;
  // "-0.00" and "+0.00" read as changes; print a plain zero
  if (out.find_first_of("123456789") == std::string::npos)
    out.erase(0, out[0] == '-' || out[0] == '+' ? 1 : 0);
  return out;
}

std::string csv_number(double x, int decimals) {
  if (!std::isfinite(x)) return std::isnan(x) ? "nan" : (x > 0 ? "inf" : "-inf");
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  return buffer;
}

bool shows_tension(const YearComparison& y) {
  return y.without_ww_counts.empty();
}

// A cell's tension and class in the table: "-" for defence, which has no UWV class.
std::string tension_text(const CellComparison& c, double tension, bool sign = false) {
  return c.uwv ? fixed(tension, 2, sign) : "-";
}
std::string class_text(const CellComparison& c, double tension) {
  return c.uwv ? uwv_tension_class(tension) : "-";
}

std::string formation_text(const Formation& f) {
  return formation_fill_text(f.filled, f.posts, Language::kEnglish);
}

// The year's line on the defence formation; empty where the results have none.
std::string defence_line(const YearComparison& y) {
  if (!y.defence_base || !y.defence_other) return "";
  return std::to_string(y.year) +
         " Defence formation (not a UWV occupation class): " + formation_text(*y.defence_base) +
         " -> " + formation_text(*y.defence_other);
}

// "YEAR AREA: employed base -> other (change), ..." of a pair of figures.
std::string figures_line(const YearComparison& y, const std::string& area, const Figures& b,
                         const Figures& o) {
  std::ostringstream out;
  out << y.year << " " << area << ": employed " << thousands(b.employed) << " -> "
      << thousands(o.employed) << " (" << thousands(o.employed - b.employed, true)
      << "), vacancies " << thousands(b.vacancies) << " -> " << thousands(o.vacancies) << " ("
      << thousands(o.vacancies - b.vacancies, true) << "), shortage " << thousands(b.shortage)
      << " -> " << thousands(o.shortage) << " (" << thousands(o.shortage - b.shortage, true) << ")";
  if (shows_tension(y)) {
    out << ", tension " << fixed(b.tension, 2) << " -> " << fixed(o.tension, 2) << " ("
        << uwv_tension_class(b.tension) << " -> " << uwv_tension_class(o.tension) << ")";
  }
  return out.str();
}

std::string summary_line(const YearComparison& y) {
  return figures_line(y, y.area, y.national_base, y.national_other);
}

// The subtotal of each selected region and group, with a group's members and a province's
// approximation note.
std::string area_lines(const YearComparison& y) {
  std::string text;
  for (const AreaComparison& a : y.areas) {
    std::string members;
    for (const std::string& r : a.regions) members += (members.empty() ? "" : " ") + r;
    const std::string area = (a.group ? "group " : "region ") + a.code +
                             (a.name.empty() ? "" : " " + a.name) +
                             (a.group ? " (" + members + ")" : "");
    text += figures_line(y, area, a.base, a.other) + "\n";
    if (!a.note.empty()) text += "  " + a.code + " " + a.note + "\n";
  }
  return text;
}

// The lines under a year's summary: the selected regions and groups, why tension is missing, and
// the defence formation.
std::string notes(const YearComparison& y) {
  std::string text = area_lines(y);
  for (const std::string& file : y.without_ww_counts) text += ww_counts_notice(file) + "\n";
  const std::string defence = defence_line(y);
  if (!defence.empty()) text += defence + "\n";
  for (const RegionFormation& f : y.defence_regions) {
    text += std::to_string(y.year) + " Defence formation in " + f.region +
            (f.region_name.empty() ? "" : " " + f.region_name) + ": " + formation_text(f.base) +
            " -> " + formation_text(f.other) + "\n";
  }
  return text;
}

std::size_t shown(const YearComparison& y, std::size_t top) {
  return top == 0 ? y.cells.size() : std::min(top, y.cells.size());
}

std::string format_csv(const std::vector<YearComparison>& years, std::size_t top) {
  std::ostringstream out;
  out << "year,region,region_name,occupation,occupation_name,"
         "employed_base,employed_other,employed_change,"
         "vacancies_base,vacancies_other,vacancies_change,"
         "shortage_base,shortage_other,shortage_change,"
         "tension_base,tension_other,tension_change,class_base,class_other\n";
  for (const YearComparison& y : years) {
    for (std::size_t i = 0; i < shown(y, top); ++i) {
      const CellComparison& c = y.cells[i];
      out << y.year << ',' << csv_field(c.region) << ',' << csv_field(c.region_name) << ','
          << csv_field(c.occupation) << ',' << csv_field(c.occupation_name);
      for (const auto member : {&Figures::employed, &Figures::vacancies, &Figures::shortage}) {
        out << ',' << csv_number(c.base.*member, 2) << ',' << csv_number(c.other.*member, 2) << ','
            << csv_number(c.other.*member - c.base.*member, 2);
      }
      // Empty where tension is not shown: for defence, and without WW counts.
      if (c.uwv && shows_tension(y)) {
        out << ',' << csv_number(c.base.tension, 4) << ',' << csv_number(c.other.tension, 4) << ','
            << csv_number(c.other.tension - c.base.tension, 4) << ','
            << uwv_tension_class(c.base.tension) << ',' << uwv_tension_class(c.other.tension)
            << '\n';
      } else {
        out << ",,,,,\n";
      }
    }
  }
  return out.str();
}

// What the header says the figures are.
std::string averaged_values(const std::vector<YearComparison>& years) {
  const bool monthly = years.empty() || years.front().monthly;
  return monthly ? "annual means of monthly values" : "annual means of the values of each step";
}

// The notes of a year as a markdown list, so that each stays a line of its own; an indented
// note (a province's approximation) is an item under the line before it.
std::string notes_as_markdown_list(const std::string& lines) {
  std::string list;
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    const bool indented = line.rfind("  ", 0) == 0;
    list += (indented ? "  - " + line.substr(2) : "- " + line) + "\n";
  }
  return list;
}

std::string format_markdown(const std::vector<YearComparison>& years, std::size_t top,
                            const std::string& base_label, const std::string& other_label,
                            const std::string& levers) {
  std::ostringstream out;
  out << "Comparing " << other_label << " with " << base_label << " (" << averaged_values(years)
      << "; change = other - base).\n"
      << levers;
  for (const YearComparison& y : years) {
    const bool tension = shows_tension(y);
    const std::string lines = notes_as_markdown_list(notes(y));
    out << "\n**" << summary_line(y) << "**\n\n"
        << lines << (lines.empty() ? "" : "\n")
        << "| region | occupation | employed base | employed other | employed change "
           "| vacancies base | vacancies other | vacancies change | shortage base "
           "| shortage other | shortage change |"
        << (tension ? " tension base | tension other | class |" : "") << "\n"
        << "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|" << (tension ? "--:|--:|---|" : "")
        << "\n";
    for (std::size_t i = 0; i < shown(y, top); ++i) {
      const CellComparison& c = y.cells[i];
      out << "| " << c.region << ' ' << c.region_name << " | " << c.occupation << ' '
          << c.occupation_name;
      for (const auto member : {&Figures::employed, &Figures::vacancies, &Figures::shortage}) {
        out << " | " << thousands(c.base.*member) << " | " << thousands(c.other.*member) << " | "
            << thousands(c.other.*member - c.base.*member, true);
      }
      if (tension) {
        out << " | " << tension_text(c, c.base.tension) << " | " << tension_text(c, c.other.tension)
            << " | " << class_text(c, c.base.tension) << " -> " << class_text(c, c.other.tension);
      }
      out << " |\n";
    }
    if (shown(y, top) < y.cells.size()) {
      out << "\n" << y.cells.size() - shown(y, top) << " more rows not shown.\n";
    }
  }
  return out.str();
}

std::string format_table(const std::vector<YearComparison>& years, std::size_t top,
                         const std::string& base_label, const std::string& other_label,
                         const std::string& levers) {
  constexpr std::size_t kRegion = 24;
  constexpr std::size_t kOccupation = 28;
  constexpr std::size_t kNumber = 9;
  constexpr std::size_t kTension = 6;
  std::ostringstream out;
  out << "Comparing " << other_label << " with " << base_label << " (" << averaged_values(years)
      << "; change = other - base)\n"
      << levers;
  for (const YearComparison& y : years) {
    const bool tension = shows_tension(y);
    out << "\n" << summary_line(y) << "\n" << notes(y);
    const std::size_t n = shown(y, top);
    out << "Region x occupation, largest change in shortage first"
        << (n < y.cells.size()
                ? " (top " + std::to_string(n) + " of " + std::to_string(y.cells.size()) + ")"
                : "")
        << ":\n";
    const std::string group = std::string(3 * kNumber + 2, ' ');
    std::string names = fit("", kRegion) + ' ' + fit("", kOccupation);
    for (const char* name : {"employed", "vacancies", "shortage"}) {
      names += "  " + fit(name, group.size());
    }
    if (tension) names += "  " + fit("tension", 3 * kTension + 2) + "  class";
    while (!names.empty() && names.back() == ' ') names.pop_back();
    out << names << "\n" << fit("region", kRegion) << ' ' << fit("occupation", kOccupation);
    for (int i = 0; i < 3; ++i) {
      out << "  " << fit("base", kNumber, true) << ' ' << fit("other", kNumber, true) << ' '
          << fit("change", kNumber, true);
    }
    if (tension) {
      out << "  " << fit("base", kTension, true) << ' ' << fit("other", kTension, true) << ' '
          << fit("change", kTension, true) << "  base -> other";
    }
    out << "\n";
    for (std::size_t i = 0; i < n; ++i) {
      const CellComparison& c = y.cells[i];
      out << fit(c.region + ' ' + c.region_name, kRegion) << ' '
          << fit(c.occupation + ' ' + c.occupation_name, kOccupation);
      for (const auto member : {&Figures::employed, &Figures::vacancies, &Figures::shortage}) {
        out << "  " << pad(thousands(c.base.*member), kNumber) << ' '
            << pad(thousands(c.other.*member), kNumber) << ' '
            << pad(thousands(c.other.*member - c.base.*member, true), kNumber);
      }
      if (tension) {
        out << "  " << pad(tension_text(c, c.base.tension), kTension) << ' '
            << pad(tension_text(c, c.other.tension), kTension) << ' '
            << pad(tension_text(c, c.other.tension - c.base.tension, true), kTension) << "  "
            << class_text(c, c.base.tension) << " -> " << class_text(c, c.other.tension);
      }
      out << "\n";
    }
  }
  return out.str();
}

}  // namespace

const std::vector<std::string> kComparedVariables = {
    model::variables::kEmployed, model::variables::kVacancies, model::variables::kShortage};
const std::vector<std::string> kOptionalComparedVariables = {
    model::variables::kWwUnder6Months, model::variables::kTargetDemand,
    model::variables::kDefencePosts, model::variables::kDefenceFilled};

std::string ww_counts_notice(const std::string& file) {
  return "Tension not shown: " + file + " has no WW counts (" + model::variables::kWwUnder6Months +
         "; a result file of an older lmsim); run its scenario again to compare tension.";
}

void check_comparable(const ComparedResult& base, const ComparedResult& other) {
  const auto base_sums = checksums(base);
  const auto other_sums = checksums(other);
  if (base_sums != other_sums) {
    std::string differing;
    for (const auto& [file, sum] : base_sums) {
      const auto it = other_sums.find(file);
      if (it == other_sums.end() || it->second != sum)
        differing += (differing.empty() ? "" : ", ") + file;
    }
    for (const auto& [file, sum] : other_sums) {
      if (base_sums.find(file) == base_sums.end())
        differing += (differing.empty() ? "" : ", ") + file;
    }
    throw InputError({other.file, 0, 0, "data_checksums"},
                     "made from a different data set than " + base.file + " (" + differing +
                         (differing.find(',') == std::string::npos ? " differs" : " differ") +
                         "); only results of the same data set can be compared");
  }
  const Dimension& base_time = time_of(base);
  const Dimension& other_time = time_of(other);
  if (!one_starts_the_other(base_time, other_time)) {
    throw InputError({other.file, 0, 0, "time"},
                     "time axis differs from " + base.file + " (" +
                         horizon(YearlyView(*other.results), other_time, other.file) + ", '" +
                         other_time.units + "' against " +
                         horizon(YearlyView(*base.results), base_time, base.file) + ", '" +
                         base_time.units +
                         "'); only results that start in the same month, with the same steps, "
                         "can be compared");
  }
  for (const char* dim : {"region", "occupation"}) {
    if (labels_of(base, dim) != labels_of(other, dim)) {
      throw InputError({other.file, 0, 0, dim},
                       std::string("the ") + dim + " dimension differs from " + base.file + " (" +
                           std::to_string(labels_of(other, dim).size()) + " against " +
                           std::to_string(labels_of(base, dim).size()) +
                           " codes, or other codes or order)");
    }
  }
}

std::vector<int> shared_years(const ComparedResult& base, const ComparedResult& other) {
  const auto in_base = steps_by_year(YearlyView(*base.results));
  const auto in_other = steps_by_year(YearlyView(*other.results));
  std::vector<int> years;
  for (const auto& [year, steps] : in_base) {
    const auto found = in_other.find(year);
    if (found != in_other.end() && found->second == steps) years.push_back(year);
  }
  return years;
}

std::string shared_horizon_notice(const ComparedResult& base, const ComparedResult& other) {
  const YearlyView base_view(*base.results), other_view(*other.results);
  if (base_view.year_of_step == other_view.year_of_step) return "";
  return base.file + " runs " + year_range(base_view.years) + " and " + other.file + " " +
         year_range(other_view.years) + ": compared over the years both hold in full, " +
         year_range(shared_years(base, other)) + ".";
}

std::vector<YearComparison> compare_results(const ComparedResult& base, const ComparedResult& other,
                                            const ComparisonRequest& request,
                                            const std::vector<RegionGroup>& groups) {
  check_comparable(base, other);
  const ResultSet& results = *base.results;
  const YearlyView view(results);
  const YearlyView other_view(*other.results);  // its horizon may end apart from the base's
  const std::vector<int> both = shared_years(base, other);
  if (both.empty()) {
    throw InputError({other.file, 0, 0, "time"}, "holds no calendar year in full that " +
                                                     base.file + " also holds: nothing to compare");
  }
  std::vector<int> years = request.years;
  if (years.empty()) years.push_back(both.back());
  for (int year : years) {
    if (std::find(both.begin(), both.end(), year) == both.end()) {
      throw InputError("--year " + std::to_string(year) +
                       ": outside the years both results hold in full (" + year_range(both) + ")");
    }
  }
  const auto& regions = results.dimension("region").labels;
  const auto& occupations = results.dimension("occupation").labels;
  const auto* region_names = names_of(results, "region_name");
  const auto* occupation_names = names_of(results, "occupation_name");
  const std::vector<RegionSelection> areas =
      select_regions(request.regions, regions, region_names, groups, "--region");
  const std::vector<std::size_t> chosen_regions =
      request.regions.empty() ? select_labels({}, regions, region_names, "--region")
                              : selected_regions(areas);
  const std::vector<std::size_t> chosen_occupations =
      select_labels(request.occupations, occupations, occupation_names, "--occupation");

  std::vector<YearComparison> comparison;
  for (int year : years) {
    const YearMeans base_means(base, view.year_of_step, year);
    const YearMeans other_means(other, other_view.year_of_step, year);
    YearComparison y;
    y.year = year;
    if (regions.size() == 1) y.area = "total";
    y.monthly = view.monthly;
    std::vector<std::size_t> all(base_means.cells());
    for (std::size_t c = 0; c < all.size(); ++c) all[c] = c;
    y.national_base = base_means.figures(all);
    y.national_other = other_means.figures(all);
    y.defence_base = base_means.defence();
    y.defence_other = other_means.defence();
    for (std::size_t r : chosen_regions) {
      if (request.regions.empty()) break;
      const auto b = base_means.defence(static_cast<long>(r));
      const auto o = other_means.defence(static_cast<long>(r));
      if (b && o && (b->posts > 0.0 || o->posts > 0.0))
        y.defence_regions.push_back({regions[r], region_names ? (*region_names)[r] : "", *b, *o});
    }
    for (const auto* r : {&base, &other}) {
      const bool has = r == &base ? base_means.has_ww_counts() : other_means.has_ww_counts();
      if (!has) y.without_ww_counts.push_back(r->file);
    }
    for (std::size_t r : chosen_regions) {
      for (std::size_t o : chosen_occupations) {
        const std::vector<std::size_t> cell = {r * occupations.size() + o};
        y.cells.push_back({regions[r], region_names ? (*region_names)[r] : "", occupations[o],
                           occupation_names ? (*occupation_names)[o] : "", base_means.figures(cell),
                           other_means.figures(cell), is_uwv_occupation(occupations[o])});
      }
    }
    for (const RegionSelection& area : areas) {
      std::vector<std::size_t> cells;
      std::vector<std::string> members;
      for (std::size_t r : area.regions) {
        if (area.group) members.push_back(regions[r]);
        for (std::size_t o : chosen_occupations) cells.push_back(r * occupations.size() + o);
      }
      y.areas.push_back({area.code, area.name, area.group, members, area.note,
                         base_means.figures(cells), other_means.figures(cells)});
    }
    std::stable_sort(y.cells.begin(), y.cells.end(),
                     [](const CellComparison& a, const CellComparison& b) {
                       return std::fabs(a.other.shortage - a.base.shortage) >
                              std::fabs(b.other.shortage - b.base.shortage);
                     });
    comparison.push_back(std::move(y));
  }
  return comparison;
}

std::string format_comparison(const std::vector<YearComparison>& years, TableFormat format,
                              std::size_t top, const std::string& base_label,
                              const std::string& other_label, const std::string& levers) {
  switch (format) {
    case TableFormat::kCsv:
      return format_csv(years, top);
    case TableFormat::kMarkdown:
      return format_markdown(years, top, base_label, other_label, levers);
    case TableFormat::kText:
      break;
  }
  return format_table(years, top, base_label, other_label, levers);
}

}  // namespace lmsim::outputs
