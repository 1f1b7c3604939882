#include "models/plausible_ranges.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace lmsim::model {
namespace {

constexpr std::string_view kShareHint = "write 40% as 0.40";
constexpr std::string_view kRateHint = "write 4% as 0.04";

// The bounds and their sources are explained in docs/data.md, "Plausible ranges"; change both
// together (a test checks that the page lists every range as this table has it).
const std::vector<PlausibleRange> kRanges = {
    {"occupations.csv", "weekly_hours", "", 12, 48, false,
     "average contract hours a week of the occupation's workers",
     "at most 48 hours a week on average (Working Hours Act); at least 12, the hours a week from "
     "which CBS counted a person as employed until 2015",
     ""},
    {"occupations.csv", "zzp_share", "", 0, 1, false, "a share of the occupation's employed",
     "a share", kShareHint},
    {"occupations.csv", "heavy_work_share", "", 0, 1, false, "a share of the occupation's workers",
     "a share", kShareHint},
    {"sectors.csv", "employed", "", 0, 12'000'000, false, "employed persons of the sector",
     "the national employed, 9.85 million in 2025 (CBS), plus 20%", ""},
    {"sector_occupation.csv", "*", "", 0, 1, false, "a share of the sector's employed", "a share",
     kShareHint},
    {"population.csv", "persons", "", 0, 30'000, false,
     "persons of one region, single year of age and education",
     "a fifth (one year) of the largest five-year age group of a region, 121,270 aged 25-29 in "
     "AM18 (CBS 2021), plus 25%",
     "persons are plain numbers, not thousands"},
    {"population.csv", "persons", "region total", 50'000, 2'200'000, false,
     "persons aged 15-74 of a region, the sum of its rows",
     "half the smallest and twice the largest region aged 15-74 in 2024, 106,922 in AM35 and "
     "1,099,151 in AM22 (CBS)",
     "persons are plain numbers, not thousands"},
    {"labour_market.csv", "employed", "", 0, 1'600'000, false,
     "employed residents of one region in one occupation",
     "twice the employed of the largest region, 779,438 in AM22 (CBS 2023)", ""},
    {"labour_market.csv", "unemployed", "", 0, 64'000, false,
     "unemployed residents of one region in one occupation",
     "twice the unemployed of the largest region, 31,998 in AM22 (CBS 2023)", ""},
    {"labour_market.csv", "vacancies", "", 0, 91'000, false,
     "open vacancies of one region in one occupation",
     "twice the unemployed of the largest region (31,998 in AM22, CBS 2023) times the highest "
     "national ratio, 142 vacancies per 100 unemployed (CBS 2022Q2)",
     ""},
    {"defence.csv", "personnel", "", 0, 200'000, true, "defence personnel working in the region",
     "the national defence personnel, 80,000 in December 2025, planned to be scalable to 200,000 "
     "(Ministry of Defence)",
     ""},
    {"defence_streams.csv", "personnel", "", 0, 200'000, true,
     "persons in post in the stream at the start",
     "the national defence personnel, 80,000 in December 2025, planned to be scalable to 200,000 "
     "(Ministry of Defence)",
     ""},
    {"defence_streams.csv", "outflow_rate", "", 0, 0.5, false,
     "the share of the stream's personnel leaving Defensie in a year",
     "half; about 7% a year in 2024-2025 (scenarios/data/SOURCES.md)", kRateHint},
    {"defence_streams.csv", "growth_share", "", 0, 1, false,
     "the stream's share of the growth when a target is given as one total", "a share", kShareHint},
    {"defence_streams.csv", "civilian_job_share", "", 0, 1, false,
     "the share of the stream's personnel who also hold a civilian job", "a share", kShareHint},
    {"defence_streams.csv", "civilian_hours_served", "", 0, 1, false,
     "the share of their civilian job's hours they give up for their service", "a share",
     kShareHint},
    {"defence_recruitment.csv", "military", "", 0, 100'000, true,
     "military recruits a year at most",
     "more than ten times Defensie's aim of 9,000 military recruits a year from 2029 "
     "(Defensienota 2024)",
     ""},
    {"defence_recruitment.csv", "civilian", "", 0, 100'000, true,
     "civilian recruits a year at most", "as for military recruits", ""},
    {"defence_recruitment.csv", "reservist", "", 0, 100'000, true,
     "reservist recruits a year at most", "as for military recruits", ""},
    {"regional_mobility.csv", "*", "", 0, 1, false,
     "a share of the home region's commuters working in that region", "a share", kShareHint},
    {"occupational_mobility.csv", "*", "", 0, 1, false,
     "a probability of applying to that occupation", "a probability", kShareHint},
    {"education_occupation.csv", "*", "", 0, 1, false,
     "a share of the occupation's workers with that education", "a share", kShareHint},
    {"status_by_age.csv", "*", "", 0, 1, false, "a share of the persons of that age and education",
     "a share", kShareHint},
    {"age_rates.csv", "mortality", "", 0, 0.2, false, "the probability of dying within a year",
     "ten times the highest of the data, 0.021 at 74 (scaled to 49,000 deaths aged 15-74 in "
     "2024, CBS)",
     kRateHint},
    {"age_rates.csv", "disability", "", 0, 0.1, false,
     "the probability of an employee entering WIA within a year",
     "ten times the highest of the data, 0.01 at 60-64 (the UWV WIA inflow pattern)", kRateHint},
    {"age_rates.csv", "early_retirement", "", 0, 1, false,
     "the probability of an employee retiring before the AOW age within a year", "a probability",
     kRateHint},
    {"age_rates.csv", "emigration", "", 0, 0.4, false,
     "the probability of emigrating within a year",
     "ten times the highest of the data, 0.037 at 28 (scaled to 186,000 emigrants aged 15-74 in "
     "2024, CBS), rounded up",
     kRateHint},
    {"age_rates.csv", "immigration_share", "", 0, 1, false, "the share of immigrants of that age",
     "a share", kShareHint},
    {"age_rates.csv", "school_leaving", "", 0, 1, false,
     "the probability of a student leaving school within a year", "a probability", kRateHint},
    {"age_rates.csv", "job_to_job_quarterly", "", 0, 0.5, false,
     "the probability of an employee changing employer within a quarter",
     "five times the highest of the data, 10% a quarter under 25 (the model description)",
     kRateHint},
    {"aow_age.csv", "aow_age_months", "", 780, 851, true, "the AOW age in months",
     "65 years to 70 years and 11 months, the ages the model keeps to the month "
     "(models/age_slots.hpp); the AOW age is 67 years (804 months) in 2025-2027 and 67 years "
     "and 3 months from 2028 (law)",
     "give the age in months: 67 years and 3 months is 807"},
    {"rvu.csv", "max_months_before_aow", "", 0, 60, true,
     "the months before the AOW age in which the RVU exemption applies",
     "5 years, within the ages the model keeps to the month; the law allows 36 months (Wet LB "
     "1964, article 32ba)",
     "give the window in months"},
    {"rvu.csv", "threshold_eur_month", "", 1'000, 8'000, false,
     "the RVU threshold in euros a month",
     "less than half the 2025 threshold (2,273) to twice the 2045 one (3,871, the 2026 threshold "
     "of 2,657 indexed 2% a year)",
     ""},
    {"migration.csv", "labour_migrants_per_year", "", 0, 277'000, true,
     "labour migrants of the occupation arriving in a year",
     "all immigrants aged 15-74 in a year, 277,000 in 2024 (CBS)", ""},
    {"migration.csv", "mean_stay_years", "", 0.25, 60, false,
     "the mean stay of labour migrants in years",
     "a quarter of a year (seasonal work) to 60 years, ages 15 to 74", "give the stay in years"},
    {"labour_migrant_regions.csv", "arrivals_share", "", 0, 1, false,
     "the home region's share of the occupation's labour migrants arriving", "a share", kShareHint},
    {"calibration_targets.csv", "value", "unit fraction", 0, 1, false, "a fraction", "a fraction",
     kShareHint},
    {"calibration_targets.csv", "value", "other units", 0, 20'000'000, true,
     "a count of persons or vacancies",
     "the population of the Netherlands, 18.05 million on 1 January 2025 (CBS), plus 10%", ""},
    {"calibration_targets.csv", "tolerance_rel", "", 0, 1, false, "a relative tolerance",
     "a fraction of the target", ""},
    {"population_outlook.csv", "entrants_at_15", "", 0, 400'000, true,
     "persons reaching 15 in a year who enter the model",
     "twice the 197,000 persons who turned 15 in 2024 (CBS)", ""},
    {"population_outlook.csv", "immigration", "", 0, 1'000'000, true,
     "immigrants aged 15-74 in a year",
     "277,000 immigrants aged 15-74 in 2024 (CBS), a record, times about 3.6", ""},
    {"population_outlook.csv", "emigration", "", 0, 1'000'000, true,
     "emigrants aged 15-74 in a year", "as immigration: 186,000 emigrants aged 15-74 in 2024 (CBS)",
     ""},
};

std::string format_bound(double value) {
  std::array<char, 64> buffer{};
  const auto [end, ec] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  return std::string(buffer.data(), ec == std::errc() ? end : buffer.data());
}

// A count in whole units is digits only (after a '+'): "1.200" is then a thousands point, not 1.2.
bool written_as_whole_number(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool parses_as_number(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

// A count in whole units. Text, NaN, infinities and negative values get the messages they get in
// any number column; a number with a decimal point or an exponent is refused as a count.
double whole_value(const CsvTable& table, std::size_t row, std::size_t column,
                   const PlausibleRange& range) {
  const std::string& text = table.text(row, column);
  if (written_as_whole_number(text)) return static_cast<double>(table.integer(row, column));
  if (!parses_as_number(text)) (void)table.integer(row, column);  // "... is not a whole number"
  (void)table.non_negative(row, column);                          // not finite, or negative
  table.fail(row, column,
             "'" + text + "' is not a whole number: " + std::string(range.what) +
                 " is a count, written in digits only (1200, not 1.200: a point here would be "
                 "a thousands separator)");
}

std::string explanation(const PlausibleRange& range) {
  std::string text =
      " (" + std::string(range.what) + "; source: " + std::string(range.source) + ")";
  if (!range.hint.empty()) text += "; " + std::string(range.hint);
  return text;
}

}  // namespace

const std::vector<PlausibleRange>& plausible_ranges() {
  return kRanges;
}

const PlausibleRange& plausible_range(std::string_view file, std::string_view column,
                                      std::string_view rows) {
  for (const std::string_view name : {column, std::string_view("*")}) {
    for (const PlausibleRange& range : kRanges) {
      if (range.file == file && range.column == name && range.rows == rows) return range;
    }
  }
  throw std::logic_error("no plausible range for " + std::string(file) + " column " +
                         std::string(column));
}

std::string format_range(const PlausibleRange& range) {
  return "[" + format_bound(range.min) + ", " + format_bound(range.max) + "]";
}

double plausible_value(const CsvTable& table, std::size_t row, std::size_t column,
                       const PlausibleRange& range) {
  const double value =
      range.whole ? whole_value(table, row, column, range) : table.non_negative(row, column);
  const std::string& text = table.text(row, column);
  if (value < range.min || value > range.max) {
    table.fail(row, column,
               "value " + text + " is outside the plausible range " + format_range(range) +
                   " for " + table.header().at(column) + explanation(range));
  }
  return value;
}

void require_plausible_total(const CsvTable& table, std::size_t column, const std::string& whose,
                             double value, const PlausibleRange& range) {
  if (value >= range.min && value <= range.max) return;
  const std::string& name = table.header().at(column);
  throw InputError({table.file(), 0, 0, name}, "the " + name + " of " + whose + " sum to " +
                                                   std::to_string(std::lround(value)) +
                                                   ", outside the plausible range " +
                                                   format_range(range) + explanation(range));
}

}  // namespace lmsim::model
