#include "outputs/paired_differences.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "outputs/ensemble.hpp"
#include "outputs/number_text.hpp"
#include "outputs/table_text.hpp"

namespace lmsim::outputs {
namespace {

// The percentiles of the 95% interval (docs/compare.md, "Within the noise").
constexpr double kLowPercentile = 0.025;
constexpr double kHighPercentile = 0.975;

ChangeDistribution distribution_of_changes(const std::vector<double>& changes) {
  ChangeDistribution d;
  for (double x : changes) {
    d.mean += x / static_cast<double>(changes.size());
    d.share_higher += x > 0.0 ? 1.0 / static_cast<double>(changes.size()) : 0.0;
  }
  d.interval = paired_interval(changes);
  return d;
}

// The distributions of the changes of one cell (or the country) over the replicate pairs.
CellChanges changes_of_pairs(const std::vector<const CellComparison*>& pairs) {
  CellChanges c;
  c.region = pairs.front()->region;
  c.region_name = pairs.front()->region_name;
  c.occupation = pairs.front()->occupation;
  c.occupation_name = pairs.front()->occupation_name;
  const auto of = [&](double Figures::*member) {
    std::vector<double> changes;
    for (const CellComparison* p : pairs) changes.push_back(p->other.*member - p->base.*member);
    return distribution_of_changes(changes);
  };
  c.employed = of(&Figures::employed);
  c.vacancies = of(&Figures::vacancies);
  c.shortage = of(&Figures::shortage);
  return c;
}

std::string signed_whole(double x) {
  return whole_number(x, Language::kEnglish, true);
}

std::string share_of_pairs(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", 100.0 * share);
  return buffer;
}

// "+10 [-38, +38]": the mean change and its 95% interval.
std::string change_text(const ChangeDistribution& d) {
  return signed_whole(d.mean) + " [" + signed_whole(d.interval.low) + ", " +
         signed_whole(d.interval.high) + "]";
}

// The national line's change with its verdict.
std::string change_with_verdict(const ChangeDistribution& d) {
  return change_text(d) + (within_noise(d.interval) ? " within the noise" : "");
}

// The figures of a row whose change is within the noise ("-" for none).
std::string noisy_figures(const CellChanges& c) {
  std::string names;
  const std::pair<const char*, const ChangeDistribution*> figures[] = {
      {"employed", &c.employed}, {"vacancies", &c.vacancies}, {"shortage", &c.shortage}};
  for (const auto& [name, d] : figures) {
    if (within_noise(d->interval)) names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return names.empty() ? "-" : names;
}

}  // namespace

PairedInterval paired_interval(std::vector<double> differences) {
  if (differences.empty()) throw std::invalid_argument("paired_interval: no pairs");
  std::sort(differences.begin(), differences.end());
  return {quantile_of_sorted(differences, kLowPercentile),
          quantile_of_sorted(differences, kHighPercentile)};
}

PairedInterval paired_interval(const std::vector<double>& base, const std::vector<double>& other) {
  if (base.size() != other.size()) {
    throw std::invalid_argument("paired_interval: " + std::to_string(base.size()) + " and " +
                                std::to_string(other.size()) + " replicates do not pair");
  }
  std::vector<double> differences;
  for (std::size_t r = 0; r < base.size(); ++r) differences.push_back(other[r] - base[r]);
  return paired_interval(std::move(differences));
}

bool within_noise(const PairedInterval& interval) {
  return interval.low <= 0.0 && interval.high >= 0.0;
}

std::vector<YearChanges> changes_by_replicate(
    const std::vector<std::vector<YearComparison>>& per_replicate) {
  std::vector<YearChanges> years;
  if (per_replicate.empty()) return years;
  for (std::size_t y = 0; y < per_replicate.front().size(); ++y) {
    YearChanges changes;
    changes.year = per_replicate.front()[y].year;
    changes.area = per_replicate.front()[y].area;
    changes.pairs = per_replicate.size();
    // The country: national figures of every pair.
    std::vector<CellComparison> national;
    for (const auto& replicate : per_replicate)
      national.push_back({"NL", replicate[y].area, "", "", replicate[y].national_base,
                          replicate[y].national_other});
    std::vector<const CellComparison*> national_pairs;
    for (const CellComparison& n : national) national_pairs.push_back(&n);
    changes.national = changes_of_pairs(national_pairs);
    // Each cell: the pairs matched by region and occupation (each replicate sorts its cells by
    // its own changes).
    std::map<std::pair<std::string, std::string>, std::vector<const CellComparison*>> cells;
    for (const auto& replicate : per_replicate)
      for (const CellComparison& c : replicate[y].cells)
        cells[{c.region, c.occupation}].push_back(&c);
    for (const auto& [key, pairs] : cells) changes.cells.push_back(changes_of_pairs(pairs));
    std::stable_sort(changes.cells.begin(), changes.cells.end(),
                     [](const CellChanges& a, const CellChanges& b) {
                       return std::fabs(a.shortage.mean) > std::fabs(b.shortage.mean);
                     });
    years.push_back(std::move(changes));
  }
  return years;
}

std::string format_changes_by_replicate(const std::vector<YearChanges>& years, TableFormat format,
                                        std::size_t top) {
  if (format == TableFormat::kCsv || years.empty()) return "";
  const bool markdown = format == TableFormat::kMarkdown;
  std::ostringstream out;
  out << "\nReplicate by replicate (common random numbers, " << years.front().pairs
      << " pairs: each replicate of other against the same replicate of base); change = mean "
         "[95% interval: 2.5th, 97.5th percentile of the paired differences other - base]; a "
         "change is within the noise when its interval contains 0; shortage higher = share of "
         "pairs in which other has the larger shortage\n";
  constexpr std::size_t kRegion = 24;
  constexpr std::size_t kOccupation = 28;
  constexpr std::size_t kChange = 30;
  for (const YearChanges& y : years) {
    const CellChanges& n = y.national;
    out << "\n"
        << (markdown ? "**" : "") << y.year << " " << y.area << ": employed "
        << change_with_verdict(n.employed) << ", vacancies " << change_with_verdict(n.vacancies)
        << ", shortage " << change_with_verdict(n.shortage) << ", higher in "
        << share_of_pairs(n.shortage.share_higher) << " of pairs" << (markdown ? "**" : "") << "\n";
    const std::size_t shown_rows = top == 0 ? y.cells.size() : std::min(top, y.cells.size());
    if (markdown) {
      out << "\n| region | occupation | employed change | vacancies change | shortage change | "
             "shortage higher | within the noise |\n|---|---|--:|--:|--:|--:|---|\n";
    } else {
      out << fit("region", kRegion) << ' ' << fit("occupation", kOccupation) << "  "
          << fit("employed change", kChange, true) << "  " << fit("vacancies change", kChange, true)
          << "  " << fit("shortage change", kChange, true)
          << "  shortage higher  within the noise\n";
    }
    for (std::size_t i = 0; i < shown_rows; ++i) {
      const CellChanges& c = y.cells[i];
      const std::string higher = share_of_pairs(c.shortage.share_higher);
      if (markdown) {
        out << "| " << c.region << ' ' << c.region_name << " | " << c.occupation << ' '
            << c.occupation_name << " | " << change_text(c.employed) << " | "
            << change_text(c.vacancies) << " | " << change_text(c.shortage) << " | " << higher
            << " | " << noisy_figures(c) << " |\n";
      } else {
        out << fit(c.region + ' ' + c.region_name, kRegion) << ' '
            << fit(c.occupation + ' ' + c.occupation_name, kOccupation) << "  "
            << pad(change_text(c.employed), kChange) << "  "
            << pad(change_text(c.vacancies), kChange) << "  "
            << pad(change_text(c.shortage), kChange) << "  " << pad(higher, 15) << "  "
            << noisy_figures(c) << "\n";
      }
    }
  }
  return out.str();
}

std::string statistics_only_notice(const std::string& file) {
  return "No paired differences: " + file +
         " holds replicate statistics only (no replicate dimension), so the changes above are "
         "differences of the replicates' means, and whether they are within the noise cannot be "
         "told (that needs each replicate's change); run both scenarios with --keep-replicates "
         "and the same --replicates, seed and scale to see.";
}

}  // namespace lmsim::outputs
