#include "outputs/lever_contributions.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "outputs/number_text.hpp"
#include "outputs/table_text.hpp"

namespace lmsim::outputs {
namespace {

// The figures a split covers, with their names in headers and the csv.
constexpr std::pair<const char*, double Figures::*> kSplitFigures[] = {
    {"employed", &Figures::employed},
    {"vacancies", &Figures::vacancies},
    {"shortage", &Figures::shortage}};

double Figures::*member_of(SplitFigure figure) {
  switch (figure) {
    case SplitFigure::kVacancies:
      return &Figures::vacancies;
    case SplitFigure::kShortage:
      return &Figures::shortage;
    case SplitFigure::kEmployed:
      break;
  }
  return &Figures::employed;
}

const char* name_of(SplitFigure figure) {
  switch (figure) {
    case SplitFigure::kVacancies:
      return "vacancies";
    case SplitFigure::kShortage:
      return "shortage";
    case SplitFigure::kEmployed:
      break;
  }
  return "employed";
}

// a - b of the split figures; tension, which is not split, is left NaN.
Figures difference(const Figures& a, const Figures& b) {
  Figures d;
  for (const auto& [name, member] : kSplitFigures) d.*member = a.*member - b.*member;
  d.tension = NAN;
  return d;
}

// The split of one row (the country or a cell): base and full from the comparison of the base
// with the full scenario, each lever's contribution from the full scenario and the run without it.
LeverSplit split_of(const Figures& base, const Figures& full,
                    const std::vector<const Figures*>& full_without) {
  LeverSplit split;
  split.base = base;
  split.full = full;
  Figures sum;
  for (const Figures* without : full_without) {
    split.contributions.push_back(difference(full, *without));
    for (const auto& [name, member] : kSplitFigures)
      sum.*member += split.contributions.back().*member;
  }
  split.interaction = difference(difference(full, base), sum);
  return split;
}

using CellKey = std::pair<std::string, std::string>;  // region, occupation

// The "other" figures of a comparison's cells, by region and occupation (the cells of each
// comparison are sorted by its own change).
std::map<CellKey, const Figures*> other_by_cell(const YearComparison& year) {
  std::map<CellKey, const Figures*> cells;
  for (const CellComparison& c : year.cells) cells[{c.region, c.occupation}] = &c.other;
  return cells;
}

YearSplit split_year(std::size_t y, const std::vector<YearComparison>& full,
                     const std::vector<std::vector<YearComparison>>& without,
                     SplitFigure ranked_by) {
  const YearComparison& year = full[y];
  YearSplit split;
  split.year = year.year;
  split.area = year.area;
  split.monthly = year.monthly;
  std::vector<const Figures*> national_without;
  std::vector<std::map<CellKey, const Figures*>> cells_without;
  for (const auto& lever_left_out : without) {
    if (lever_left_out.size() != full.size() || lever_left_out[y].year != year.year ||
        lever_left_out[y].cells.size() != year.cells.size()) {
      throw std::logic_error("runs without one lever compared for other years or cells");
    }
    national_without.push_back(&lever_left_out[y].national_other);
    cells_without.push_back(other_by_cell(lever_left_out[y]));
  }
  split.national = split_of(year.national_base, year.national_other, national_without);
  for (const CellComparison& c : year.cells) {
    std::vector<const Figures*> cell_without;
    for (const auto& cells : cells_without) {
      const auto it = cells.find({c.region, c.occupation});
      if (it == cells.end()) throw std::logic_error("a cell missing from a run without one lever");
      cell_without.push_back(it->second);
    }
    split.cells.push_back({c.region, c.region_name, c.occupation, c.occupation_name,
                           split_of(c.base, c.other, cell_without)});
  }
  const auto member = member_of(ranked_by);
  std::stable_sort(
      split.cells.begin(), split.cells.end(), [member](const CellSplit& a, const CellSplit& b) {
        return std::fabs(effect_of(a.split).*member) > std::fabs(effect_of(b.split).*member);
      });
  return split;
}

// --- formatting ---

constexpr std::size_t kRowLabel = 32;  // national rows: "  1 labour_migration_decline"
constexpr std::size_t kNumber = 11;    // national figures: "+12,345,678"
constexpr std::size_t kRegion = 24;
constexpr std::size_t kOccupation = 28;
constexpr std::size_t kCellNumber = 9;  // a cell's effect and contributions: "+123,456"
constexpr const char* kInteraction = "interaction";
constexpr std::size_t kCellInteraction = 11;  // as wide as its header

// The lever's type: its summary line up to the colon.
std::string lever_type(const std::string& summary) {
  return summary.substr(0, summary.find(':'));
}

std::string averaged_values(const std::vector<YearSplit>& years) {
  const bool monthly = years.empty() || years.front().monthly;
  return monthly ? "annual means of monthly values" : "annual means of the values of each step";
}

std::string figures_row(const std::string& label, const Figures& figures, bool sign) {
  std::string row = fit(label, kRowLabel);
  for (const auto& [name, member] : kSplitFigures)
    row += ' ' + pad(whole_number(figures.*member, Language::kEnglish, sign), kNumber);
  return row + "\n";
}

std::string national_rows(const YearSplit& y, const std::vector<std::string>& levers) {
  std::string text = fit(std::to_string(y.year) + " " + y.area, kRowLabel);
  for (const auto& [name, member] : kSplitFigures) text += ' ' + pad(name, kNumber);
  text += "\n";
  const LeverSplit& s = y.national;
  text += figures_row("base (no levers)", s.base, false);
  text += figures_row("full scenario", s.full, false);
  text += figures_row("effect (full - base)", effect_of(s), true);
  for (std::size_t i = 0; i < s.contributions.size(); ++i) {
    text += figures_row("  " + std::to_string(i + 1) + " " + lever_type(levers[i]),
                        s.contributions[i], true);
  }
  text += figures_row(std::string("  ") + kInteraction, s.interaction, true);
  return text;
}

std::size_t shown(const YearSplit& y, std::size_t top) {
  return top == 0 ? y.cells.size() : std::min(top, y.cells.size());
}

std::string cell_rows(const YearSplit& y, std::size_t top, SplitFigure figure) {
  const std::size_t n = shown(y, top);
  if (n == 0) return "";
  const auto member = member_of(figure);
  std::ostringstream out;
  out << "Region x occupation, largest effect on " << name_of(figure) << " first"
      << (n < y.cells.size()
              ? " (top " + std::to_string(n) + " of " + std::to_string(y.cells.size()) + ")"
              : "")
      << ": the effect on " << name_of(figure) << " and its split over the levers\n"
      << fit("region", kRegion) << ' ' << fit("occupation", kOccupation) << ' '
      << pad("effect", kCellNumber);
  const std::size_t levers = y.national.contributions.size();
  for (std::size_t i = 0; i < levers; ++i) out << ' ' << pad(std::to_string(i + 1), kCellNumber);
  out << ' ' << pad(kInteraction, kCellInteraction) << "\n";
  for (std::size_t r = 0; r < n; ++r) {
    const CellSplit& c = y.cells[r];
    out << fit(c.region + ' ' + c.region_name, kRegion) << ' '
        << fit(c.occupation + ' ' + c.occupation_name, kOccupation) << ' '
        << pad(whole_number(effect_of(c.split).*member, Language::kEnglish, true), kCellNumber);
    for (const Figures& contribution : c.split.contributions)
      out << ' ' << pad(whole_number(contribution.*member, Language::kEnglish, true), kCellNumber);
    out << ' '
        << pad(whole_number(c.split.interaction.*member, Language::kEnglish, true),
               kCellInteraction)
        << "\n";
  }
  return out.str();
}

std::string format_table(const std::vector<YearSplit>& years, std::size_t top,
                         const std::string& scenario_label, const std::vector<std::string>& levers,
                         SplitFigure figure) {
  std::ostringstream out;
  out << "Contributions of the levers of " << scenario_label << " (" << averaged_values(years)
      << ")\n"
      << "contribution of a lever = full scenario - the scenario without that lever; interaction "
         "= effect - the sum of the contributions; base = the scenario without any lever\n";
  for (std::size_t i = 0; i < levers.size(); ++i)
    out << (i == 0 ? "Levers: " : "        ") << i + 1 << " " << levers[i] << "\n";
  for (const YearSplit& y : years)
    out << "\n" << national_rows(y, levers) << cell_rows(y, top, figure);
  return out.str();
}

// The csv lines of one row (the country or a cell): `place` holds its first columns.
void csv_parts(std::ostringstream& out, const std::string& place, const LeverSplit& split,
               const std::vector<std::string>& levers) {
  const auto line = [&](const std::string& part, const std::string& lever, const Figures& f) {
    out << place << ',' << part << ',' << lever;
    for (const auto& [name, member] : kSplitFigures) out << ',' << exact_number(f.*member);
    out << '\n';
  };
  line("base", ",", split.base);
  line("full", ",", split.full);
  line("effect", ",", effect_of(split));
  for (std::size_t i = 0; i < split.contributions.size(); ++i) {
    line("contribution", std::to_string(i + 1) + ',' + csv_field(lever_type(levers[i])),
         split.contributions[i]);
  }
  line(kInteraction, ",", split.interaction);
}

std::string format_csv(const std::vector<YearSplit>& years, std::size_t top,
                       const std::vector<std::string>& levers) {
  std::ostringstream out;
  out << "year,region,region_name,occupation,occupation_name,part,lever,lever_type";
  for (const auto& [name, member] : kSplitFigures) out << ',' << name;
  out << '\n';
  for (const YearSplit& y : years) {
    const std::string year = std::to_string(y.year);
    csv_parts(out, year + ",," + csv_field(y.area) + ",,", y.national, levers);
    for (std::size_t r = 0; r < shown(y, top); ++r) {
      const CellSplit& c = y.cells[r];
      csv_parts(out,
                year + ',' + csv_field(c.region) + ',' + csv_field(c.region_name) + ',' +
                    csv_field(c.occupation) + ',' + csv_field(c.occupation_name),
                c.split, levers);
    }
  }
  return out.str();
}

}  // namespace

Figures effect_of(const LeverSplit& split) {
  return difference(split.full, split.base);
}

std::optional<SplitFigure> split_figure_from_name(const std::string& name) {
  for (const SplitFigure figure :
       {SplitFigure::kEmployed, SplitFigure::kVacancies, SplitFigure::kShortage}) {
    if (name == name_of(figure)) return figure;
  }
  return std::nullopt;
}

std::vector<YearSplit> split_by_lever(const std::vector<YearComparison>& full,
                                      const std::vector<std::vector<YearComparison>>& without,
                                      SplitFigure ranked_by) {
  std::vector<YearSplit> years;
  for (std::size_t y = 0; y < full.size(); ++y)
    years.push_back(split_year(y, full, without, ranked_by));
  return years;
}

std::string format_lever_split(const std::vector<YearSplit>& years, TableFormat format,
                               std::size_t top, const std::string& scenario_label,
                               const std::vector<std::string>& levers, SplitFigure figure) {
  switch (format) {
    case TableFormat::kCsv:
      return format_csv(years, top, levers);
    case TableFormat::kMarkdown:
    case TableFormat::kText:
      break;
  }
  return format_table(years, top, scenario_label, levers, figure);
}

}  // namespace lmsim::outputs
