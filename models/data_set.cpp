#include "models/data_set.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>

#include "engine/checksum.hpp"
#include "engine/csv_table.hpp"
#include "models/plausible_ranges.hpp"

namespace lmsim::model {
namespace {

namespace fs = std::filesystem;

// Relative tolerance for totals that the data set derives from each other (defence personnel in
// labour_market.csv and defence.csv, sector and occupation totals); scenarios/data/SOURCES.md.
constexpr double kCrossFileTolerance = 1e-6;

class Reader {
 public:
  explicit Reader(DataSet& data) : data_(data) {}

  CsvTable open(const std::string& name) {
    // One read: the checksum stored with the results is that of the bytes the run used, even
    // if the file changes while lmsim runs.
    const fs::path path = data_.directory / name;
    const std::string bytes = read_data_file(path);
    data_.checksums[name] = fnv1a(bytes);
    return CsvTable::parse(bytes, path.string());
  }

 private:
  DataSet& data_;
};

// The plausible range of a column of a data file (docs/data.md, "Plausible ranges").
const PlausibleRange& range_of(const CsvTable& t, std::size_t column, std::string_view rows = {}) {
  return plausible_range(fs::path(t.file()).filename().string(), t.header().at(column), rows);
}

void require_close(const std::string& file, const std::string& what, double actual, double expected,
                   double tolerance_rel) {
  const double scale = std::max(std::fabs(expected), 1.0);
  if (std::fabs(actual - expected) > tolerance_rel * scale) {
    std::ostringstream message;
    message.precision(10);
    message << what << " is " << actual << " but should be " << expected << " (relative tolerance "
            << tolerance_rel << ")";
    throw InputError({file, 0, 0, ""}, message.str());
  }
}

// The codes of a dimension's own file, in file order; empty and repeated codes are refused.
std::vector<std::string> unique_codes(const CsvTable& t, std::size_t column,
                                      const std::string& dimension) {
  std::vector<std::string> codes;
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::string& code = t.text(r, column);
    if (code.empty()) t.fail(r, column, "empty " + dimension + " code");
    if (std::find(codes.begin(), codes.end(), code) != codes.end()) {
      t.fail(r, column, "duplicate " + dimension + " code " + code);
    }
    codes.push_back(code);
  }
  return codes;
}

// Levers pick regions, occupations and sectors by code or name (and lmsim compare regions and
// occupations by code or English name): a name given to two rows, or a name that is another
// row's code, would pick one of them silently. A row's name may equal its own code.
void require_unambiguous_names(const CsvTable& t, std::size_t name_column,
                               const std::vector<std::string>& codes,
                               const std::string& dimension) {
  const auto row = [&](std::size_t r) {
    return dimension + " " + codes[r] + " on line " + std::to_string(t.rows()[r].line);
  };
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::string& name = t.text(r, name_column);
    const std::string named = "the name '" + name + "' of " + dimension + " " + codes[r];
    for (std::size_t other = 0; other < t.rows().size(); ++other) {
      if (other < r && t.text(other, name_column) == name) {
        t.fail(r, name_column,
               named + " is also that of " + row(other) + "; give each " + dimension +
                   " its own name (a lever or lmsim compare naming it would pick one of the "
                   "two)");
      }
      if (other != r && codes[other] == name) {
        t.fail(r, name_column,
               named + " is the code of " + row(other) + "; give each " + dimension +
                   " a name that is no other's code (a lever or lmsim compare naming it would "
                   "pick " +
                   dimension + " " + codes[other] + ")");
      }
    }
  }
}

CodeIndex read_regions(Reader& reader, Dimensions& dims) {
  const CsvTable t = reader.open("regions.csv");
  const auto code = t.column("code"), name = t.column("name"), province = t.column("province");
  const std::vector<std::string> codes = unique_codes(t, code, "region");
  require_unambiguous_names(t, name, codes, "region");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    dims.region_names.push_back(t.text(r, name));
    dims.region_provinces.push_back(t.text(r, province));
  }
  return CodeIndex("region", codes);
}

void read_occupations(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("occupations.csv");
  const auto code = t.column("code"), nl = t.column("name_nl"), en = t.column("name_en");
  const auto hours = t.column("weekly_hours"), zzp = t.column("zzp_share"),
             heavy = t.column("heavy_work_share");
  const std::vector<std::string> codes = unique_codes(t, code, "occupation");
  require_unambiguous_names(t, nl, codes, "occupation");
  require_unambiguous_names(t, en, codes, "occupation");
  const PlausibleRange &hours_range = range_of(t, hours), &zzp_range = range_of(t, zzp),
                       &heavy_range = range_of(t, heavy);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    data.dims.occupation_names_nl.push_back(t.text(r, nl));
    data.dims.occupation_names_en.push_back(t.text(r, en));
    data.weekly_hours.push_back(plausible_value(t, r, hours, hours_range));
    data.zzp_share.push_back(plausible_value(t, r, zzp, zzp_range));
    data.heavy_work_share.push_back(plausible_value(t, r, heavy, heavy_range));
  }
  data.dims.occupations = CodeIndex("occupation", codes);
}

void read_sectors(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("sectors.csv");
  const auto code = t.column("code"), nl = t.column("name_nl"), en = t.column("name_en"),
             employed = t.column("employed");
  const std::vector<std::string> codes = unique_codes(t, code, "sector");
  require_unambiguous_names(t, nl, codes, "sector");
  const PlausibleRange& employed_range = range_of(t, employed);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    data.dims.sector_names_nl.push_back(t.text(r, nl));
    data.dims.sector_names_en.push_back(t.text(r, en));
    data.sector_employed.push_back(plausible_value(t, r, employed, employed_range));
  }
  data.dims.sectors = CodeIndex("sector", codes);
}

// A wide matrix file: first column holds the row code, the other columns are named by the column
// codes (all of them, in any order). With shares = true every row must sum to 1.
Eigen::MatrixXd read_wide_matrix(Reader& reader, const std::string& name, const std::string& key,
                                 const CodeIndex& rows, const CodeIndex& columns, bool shares) {
  const CsvTable t = reader.open(name);
  const auto key_column = t.column(key);
  std::vector<std::size_t> column_of(columns.size());
  std::vector<const PlausibleRange*> range(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    column_of[c] = t.column(columns.code(c));
    range[c] = &range_of(t, column_of[c]);
  }
  if (t.header().size() != columns.size() + 1) {
    t.fail_file("expected the column '" + key + "' and one column per code (" +
                std::to_string(columns.size()) + "), found " + std::to_string(t.header().size()) +
                " columns");
  }
  Eigen::MatrixXd matrix = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(rows.size()),
                                                 static_cast<Eigen::Index>(columns.size()));
  CoverageCheck coverage(t, rows.size(), "one row per " + key);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t i = rows.at(t, r, key_column);
    coverage.mark(r, key_column, i, t.text(r, key_column));
    std::vector<double> values(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      values[c] = plausible_value(t, r, column_of[c], *range[c]);
    }
    if (shares) normalise_share_row(t, r, values);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(c)) = values[c];
    }
  }
  coverage.require_complete([&](std::size_t i) { return key + " " + rows.code(i); });
  return matrix;
}

// population.csv is the first file keyed by region. A code it names on several lines that
// regions.csv lacks is a row missing from regions.csv (deleted, or its code changed there), not a
// mistake on each of those lines, so the message names regions.csv; a code on one line only is a
// typing error of that line, refused with a suggestion by CodeIndex::at.
void refuse_region_missing_from_regions_file(const CsvTable& t, std::size_t region_column,
                                             const CodeIndex& regions,
                                             const fs::path& regions_file) {
  std::map<std::string, long> lines_naming;
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::string& code = t.text(r, region_column);
    if (!code.empty() && !regions.contains(code)) ++lines_naming[code];
  }
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::string& code = t.text(r, region_column);
    const auto unknown = lines_naming.find(code);
    if (unknown == lines_naming.end() || unknown->second < 2) continue;
    const std::string file = fs::path(t.file()).filename().string();
    throw InputError({regions_file.string(), 0, 0, ""},
                     "no row for region " + code + ", which " + file + " names on line " +
                         std::to_string(t.rows()[r].line) + " and " +
                         std::to_string(unknown->second - 1) +
                         " other lines; add the region's row to regions.csv, or correct the code "
                         "in " +
                         file);
  }
}

void read_population(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("population.csv");
  const auto region = t.column("region"), age = t.column("age"), education = t.column("education"),
             persons = t.column("persons");
  refuse_region_missing_from_regions_file(t, region, data.dims.regions,
                                          data.directory / "regions.csv");
  const CodeIndex educations("education", {"low", "mid", "high"});
  const std::size_t cells = data.dims.region_count() * kAgeEducationCells;
  data.population.assign(cells, 0.0);
  CoverageCheck coverage(t, cells, "population by region, age 15..74 and education");
  const PlausibleRange& persons_range = range_of(t, persons);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t reg = data.dims.regions.at(t, r, region);
    const long a = t.integer(r, age);
    if (a < kFirstAge || a > kLastAge) t.fail(r, age, "age must lie in 15..74");
    const std::size_t e = educations.at(t, r, education);
    const std::size_t cell = data.population_index(reg, static_cast<std::size_t>(a - kFirstAge), e);
    coverage.mark(r, region, cell,
                  t.text(r, region) + " age " + t.text(r, age) + " " + t.text(r, education));
    data.population[cell] = plausible_value(t, r, persons, persons_range);
  }
  coverage.require_complete([&](std::size_t cell) {
    const std::size_t e = cell % kEducationLevels;
    const std::size_t a = (cell / kEducationLevels) % kAges;
    const std::size_t reg = cell / kAgeEducationCells;
    return data.dims.regions.code(reg) + " age " + std::to_string(a + kFirstAge) + " " +
           kEducationCodes[e];
  });
  // A region in thousands, or with a digit too many, stays within the range of a cell.
  const PlausibleRange& region_range = range_of(t, persons, "region total");
  for (std::size_t reg = 0; reg < data.dims.region_count(); ++reg) {
    const auto first =
        data.population.begin() + static_cast<std::ptrdiff_t>(reg * kAgeEducationCells);
    const double total = std::accumulate(first, first + kAgeEducationCells, 0.0);
    require_plausible_total(t, persons, "region " + data.dims.regions.code(reg), total,
                            region_range);
  }
}

void read_labour_market(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("labour_market.csv");
  const auto region = t.column("region"), occupation = t.column("occupation");
  const auto employed = t.column("employed"), unemployed = t.column("unemployed"),
             vacancies = t.column("vacancies");
  const auto R = static_cast<Eigen::Index>(data.dims.region_count());
  const auto O = static_cast<Eigen::Index>(data.dims.occupation_count());
  data.employed = Eigen::MatrixXd::Zero(R, O);
  data.unemployed = Eigen::MatrixXd::Zero(R, O);
  data.vacancies = Eigen::MatrixXd::Zero(R, O);
  CoverageCheck coverage(t, static_cast<std::size_t>(R * O), "one row per region and occupation");
  const PlausibleRange &employed_range = range_of(t, employed),
                       &unemployed_range = range_of(t, unemployed),
                       &vacancies_range = range_of(t, vacancies);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const auto i = static_cast<Eigen::Index>(data.dims.regions.at(t, r, region));
    const auto j = static_cast<Eigen::Index>(data.dims.occupations.at(t, r, occupation));
    coverage.mark(r, region, static_cast<std::size_t>(i * O + j),
                  t.text(r, region) + " " + t.text(r, occupation));
    data.employed(i, j) = plausible_value(t, r, employed, employed_range);
    data.unemployed(i, j) = plausible_value(t, r, unemployed, unemployed_range);
    data.vacancies(i, j) = plausible_value(t, r, vacancies, vacancies_range);
  }
  coverage.require_complete([&](std::size_t cell) {
    return data.dims.regions.code(cell / static_cast<std::size_t>(O)) + " " +
           data.dims.occupations.code(cell % static_cast<std::size_t>(O));
  });
}

void read_defence(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("defence.csv");
  const auto region = t.column("region"), personnel = t.column("personnel");
  data.defence_personnel =
      Eigen::VectorXd::Zero(static_cast<Eigen::Index>(data.dims.region_count()));
  CoverageCheck coverage(t, data.dims.region_count(), "one row per region");
  const PlausibleRange& personnel_range = range_of(t, personnel);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t i = data.dims.regions.at(t, r, region);
    coverage.mark(r, region, i, t.text(r, region));
    data.defence_personnel(static_cast<Eigen::Index>(i)) =
        plausible_value(t, r, personnel, personnel_range);
  }
  coverage.require_complete([&](std::size_t i) { return "region " + data.dims.regions.code(i); });
}

void read_status_by_age(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("status_by_age.csv");
  const auto age = t.column("age"), education = t.column("education");
  const CodeIndex educations("education", {"low", "mid", "high"});
  constexpr auto kStatuses = static_cast<std::size_t>(InitialStatus::kCount);
  std::array<std::size_t, kStatuses> columns{};
  std::array<const PlausibleRange*, kStatuses> ranges{};
  for (std::size_t s = 0; s < kStatuses; ++s) {
    columns[s] = t.column(kInitialStatusColumns[s]);
    ranges[s] = &range_of(t, columns[s]);
  }
  data.status_by_age.assign(kAgeEducationCells, {});
  CoverageCheck coverage(t, kAgeEducationCells, "one row per age 15..74 and education");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const long a = t.integer(r, age);
    if (a < kFirstAge || a > kLastAge) t.fail(r, age, "age must lie in 15..74");
    const std::size_t e = educations.at(t, r, education);
    const std::size_t cell = static_cast<std::size_t>(a - kFirstAge) * kEducationLevels + e;
    coverage.mark(r, age, cell, "age " + t.text(r, age) + " " + t.text(r, education));
    std::vector<double> shares(kStatuses);
    for (std::size_t s = 0; s < kStatuses; ++s) {
      shares[s] = plausible_value(t, r, columns[s], *ranges[s]);
    }
    normalise_share_row(t, r, shares);
    for (std::size_t s = 0; s < kStatuses; ++s) data.status_by_age[cell][s] = shares[s];
  }
  coverage.require_complete([&](std::size_t cell) {
    return "age " + std::to_string(cell / kEducationLevels + kFirstAge) + " " +
           kEducationCodes[cell % kEducationLevels];
  });
}

void read_age_rates(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("age_rates.csv");
  const auto age = t.column("age");
  AgeRates& rates = data.age_rates;
  const std::vector<std::pair<const char*, std::vector<double>*>> columns = {
      {"mortality", &rates.mortality},
      {"disability", &rates.disability},
      {"early_retirement", &rates.early_retirement},
      {"emigration", &rates.emigration},
      {"immigration_share", &rates.immigration_share},
      {"school_leaving", &rates.school_leaving},
      {"job_to_job_quarterly", &rates.job_to_job_quarterly}};
  std::vector<std::size_t> index;
  std::vector<const PlausibleRange*> ranges;
  for (const auto& [name, target] : columns) {
    index.push_back(t.column(name));
    ranges.push_back(&range_of(t, index.back()));
    target->assign(kAges, 0.0);
  }
  CoverageCheck coverage(t, kAges, "one row per age 15..74");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const long a = t.integer(r, age);
    if (a < kFirstAge || a > kLastAge) t.fail(r, age, "age must lie in 15..74");
    const auto cell = static_cast<std::size_t>(a - kFirstAge);
    coverage.mark(r, age, cell, "age " + t.text(r, age));
    for (std::size_t c = 0; c < columns.size(); ++c) {
      (*columns[c].second)[cell] = plausible_value(t, r, index[c], *ranges[c]);
    }
  }
  coverage.require_complete([&](std::size_t a) { return "age " + std::to_string(a + kFirstAge); });
  double immigration_sum = 0.0;
  for (double s : rates.immigration_share) immigration_sum += s;
  if (std::fabs(immigration_sum - 1.0) > kShareRenormaliseTolerance) {
    t.fail_file("column immigration_share sums to " + std::to_string(immigration_sum) +
                " over the ages, not 1");
  }
  for (double& s : rates.immigration_share) s /= immigration_sum;
}

// A table by calendar year with consecutive years.
template <class Value, class Read>
std::map<int, Value> read_yearly(const CsvTable& t, std::size_t value_column, Read read) {
  const auto year = t.column("year");
  std::map<int, Value> result;
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const long y = t.integer(r, year);
    if (y < 2000 || y > 2100) t.fail(r, year, "year must lie in 2000..2100");
    if (!result.empty() && y != result.rbegin()->first + 1) {
      t.fail(r, year, "years must be consecutive and ascending");
    }
    result[static_cast<int>(y)] = read(r, value_column);
  }
  return result;
}

void read_pension_rules(Reader& reader, DataSet& data) {
  {
    const CsvTable t = reader.open("aow_age.csv");
    const auto months = t.column("aow_age_months");
    const PlausibleRange& months_range = range_of(t, months);
    data.aow_age_months = read_yearly<int>(t, months, [&](std::size_t r, std::size_t c) {
      return static_cast<int>(plausible_value(t, r, c, months_range));
    });
    // Whether a year's age is set by law or expected from the legal rule (docs/data.md); the
    // run summary and the annex say from which year the path is expected.
    if (t.has_column("status")) {
      const auto status = t.column("status");
      data.aow_age_status = read_yearly<std::string>(t, status, [&](std::size_t r, std::size_t c) {
        const std::string& text = t.text(r, c);
        if (text != "law" && text != "expected") t.fail(r, c, "status must be law or expected");
        return text;
      });
    }
  }
  const CsvTable t = reader.open("rvu.csv");
  const auto window = t.column("max_months_before_aow"),
             threshold = t.column("threshold_eur_month");
  const PlausibleRange &window_range = range_of(t, window),
                       &threshold_range = range_of(t, threshold);
  data.rvu_max_months_before_aow = read_yearly<int>(t, window, [&](std::size_t r, std::size_t c) {
    return static_cast<int>(plausible_value(t, r, c, window_range));
  });
  data.rvu_threshold_eur_month = read_yearly<double>(
      t, threshold,
      [&](std::size_t r, std::size_t c) { return plausible_value(t, r, c, threshold_range); });
}

void read_defence_streams(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("defence_streams.csv");
  const auto stream = t.column("stream"), personnel = t.column("personnel"),
             outflow = t.column("outflow_rate"), growth_share = t.column("growth_share"),
             job_share = t.column("civilian_job_share"),
             hours_served = t.column("civilian_hours_served");
  const CodeIndex streams("stream",
                          std::vector<std::string>(kDefenceStreams.begin(), kDefenceStreams.end()));
  data.defence_streams.assign(kDefenceStreamCount, DefenceStream{});
  CoverageCheck coverage(t, kDefenceStreamCount, "one row per stream");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t s = streams.at(t, r, stream);
    coverage.mark(r, stream, s, t.text(r, stream));
    DefenceStream& d = data.defence_streams[s];
    d.personnel = plausible_value(t, r, personnel, range_of(t, personnel));
    d.outflow_rate = plausible_value(t, r, outflow, range_of(t, outflow));
    d.growth_share = plausible_value(t, r, growth_share, range_of(t, growth_share));
    d.civilian_job_share = plausible_value(t, r, job_share, range_of(t, job_share));
    d.civilian_hours_served = plausible_value(t, r, hours_served, range_of(t, hours_served));
  }
  coverage.require_complete(
      [&](std::size_t s) { return std::string("stream ") + streams.code(s); });
  double shares = 0.0;
  for (const DefenceStream& d : data.defence_streams) shares += d.growth_share;
  require_close(t.file(), "growth_share summed over the streams", shares, 1.0, 1e-9);
}

void read_defence_recruitment(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("defence_recruitment.csv");
  std::array<std::size_t, kDefenceStreamCount> columns{};
  for (std::size_t s = 0; s < kDefenceStreamCount; ++s) columns[s] = t.column(kDefenceStreams[s]);
  data.defence_recruitment = read_yearly<std::array<double, kDefenceStreamCount>>(
      t, columns[0], [&](std::size_t r, std::size_t) {
        std::array<double, kDefenceStreamCount> recruits{};
        for (std::size_t s = 0; s < kDefenceStreamCount; ++s)
          recruits[s] = plausible_value(t, r, columns[s], range_of(t, columns[s]));
        return recruits;
      });
  if (data.defence_recruitment.empty())
    throw InputError({t.file(), 0, 0, "year"}, "no year of recruitment capacity");
}

// Whole persons; the plausible ranges of migration.csv and labour_market.csv (docs/data.md)
// keep the figures far inside what llround can hold.
std::string persons_text(double persons) {
  return std::to_string(std::llround(persons));
}

void read_migration(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("migration.csv");
  const auto occupation = t.column("occupation"), inflow = t.column("labour_migrants_per_year"),
             stay = t.column("mean_stay_years");
  const std::size_t O = data.dims.occupation_count();
  data.labour_migrants_per_year.assign(O, 0.0);
  data.labour_migrant_stay_years.assign(O, 1.0);
  CoverageCheck coverage(t, O, "one row per occupation");
  const PlausibleRange &inflow_range = range_of(t, inflow), &stay_range = range_of(t, stay);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::size_t o = data.dims.occupations.at(t, r, occupation);
    coverage.mark(r, occupation, o, t.text(r, occupation));
    data.labour_migrants_per_year[o] = plausible_value(t, r, inflow, inflow_range);
    const double years = plausible_value(t, r, stay, stay_range);
    data.labour_migrant_stay_years[o] = years;
    // The recent labour migrants (inflow x mean stay) are part of the occupation's employees
    // (docs/model.md: the employed of labour_market.csv less its zzp_share); more of them than
    // employees means a misplaced digit or a wrong unit.
    const double employees =
        data.employed.col(static_cast<Eigen::Index>(o)).sum() * (1.0 - data.zzp_share[o]);
    if (data.labour_migrants_per_year[o] * years > employees) {
      t.fail(r, inflow,
             "labour migrants x mean stay (" +
                 persons_text(data.labour_migrants_per_year[o] * years) +
                 ") exceed the occupation's employees (employed in labour_market.csv less its "
                 "zzp_share: " +
                 persons_text(employees) + ")");
    }
  }
  coverage.require_complete(
      [&](std::size_t o) { return "occupation " + data.dims.occupations.code(o); });
}

// Each region's share of an occupation's labour migrants arriving (docs/data.md): the shares of
// an occupation sum to 1, or are all 0 where no labour migrants of it arrive.
void read_labour_migrant_regions(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("labour_migrant_regions.csv");
  const auto region = t.column("region"), occupation = t.column("occupation"),
             share = t.column("arrivals_share");
  const auto R = static_cast<Eigen::Index>(data.dims.region_count());
  const auto O = static_cast<Eigen::Index>(data.dims.occupation_count());
  data.labour_migrant_arrivals_share = Eigen::MatrixXd::Zero(R, O);
  CoverageCheck coverage(t, static_cast<std::size_t>(R * O), "one row per region and occupation");
  const PlausibleRange& share_range = range_of(t, share);
  std::vector<std::size_t> last_row(static_cast<std::size_t>(O), 0);  // for the sum's message
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const auto i = static_cast<Eigen::Index>(data.dims.regions.at(t, r, region));
    const auto j = static_cast<Eigen::Index>(data.dims.occupations.at(t, r, occupation));
    coverage.mark(r, region, static_cast<std::size_t>(i * O + j),
                  t.text(r, region) + " " + t.text(r, occupation));
    data.labour_migrant_arrivals_share(i, j) = plausible_value(t, r, share, share_range);
    last_row[static_cast<std::size_t>(j)] = r;
  }
  coverage.require_complete([&](std::size_t cell) {
    return data.dims.regions.code(cell / static_cast<std::size_t>(O)) + " " +
           data.dims.occupations.code(cell % static_cast<std::size_t>(O));
  });
  for (Eigen::Index j = 0; j < O; ++j) {
    const double sum = data.labour_migrant_arrivals_share.col(j).sum();
    const bool arrivals = data.labour_migrants_per_year[static_cast<std::size_t>(j)] > 0.0;
    if (std::fabs(sum - 1.0) <= 1e-6 || (sum == 0.0 && !arrivals)) continue;
    t.fail(last_row[static_cast<std::size_t>(j)], share,
           "the shares of occupation " + data.dims.occupations.code(static_cast<std::size_t>(j)) +
               " sum to " + std::to_string(sum) +
               (arrivals ? ", not 1 (its labour migrants in migration.csv must arrive somewhere)"
                         : ", neither 1 nor 0"));
  }
}

void read_calibration_targets(Reader& reader, DataSet& data) {
  const CsvTable t = reader.open("calibration_targets.csv");
  const auto key = t.column("key"), value = t.column("value"), unit = t.column("unit"),
             period = t.column("period"), tolerance = t.column("tolerance_rel"),
             source = t.column("source");
  const PlausibleRange &fraction_range = range_of(t, value, "unit fraction"),
                       &count_range = range_of(t, value, "other units"),
                       &tolerance_range = range_of(t, tolerance);
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    for (const auto& existing : data.calibration_targets) {
      if (existing.key == t.text(r, key)) t.fail(r, key, "duplicate target " + existing.key);
    }
    const bool fraction = t.text(r, unit).starts_with("fraction");
    data.calibration_targets.push_back(
        {t.text(r, key), plausible_value(t, r, value, fraction ? fraction_range : count_range),
         t.text(r, unit), t.text(r, period), plausible_value(t, r, tolerance, tolerance_range),
         t.text(r, source)});
  }
}

double population_total(const DataSet& data) {
  double total = 0.0;
  for (double p : data.population) total += p;
  return total;
}

void check_consistency(const DataSet& data) {
  const fs::path& dir = data.directory;
  if (const std::string def = "DEF"; data.dims.occupations.contains(def)) {
    const auto o = static_cast<Eigen::Index>(data.dims.occupations[def]);
    for (Eigen::Index r = 0; r < data.employed.rows(); ++r) {
      require_close((dir / "labour_market.csv").string(),
                    "employed DEF in " + data.dims.regions.code(static_cast<std::size_t>(r)) +
                        " (defence personnel, which defence.csv gives as the expected value)",
                    data.employed(r, o), data.defence_personnel(r), kCrossFileTolerance);
    }
  }
  double sectors = 0.0;
  for (double s : data.sector_employed) sectors += s;
  require_close((dir / "sectors.csv").string(),
                "total employed over sectors (expected: total employed of labour_market.csv)",
                sectors, data.employed.sum(), kCrossFileTolerance);

  // Data against the national facts they were scaled to (calibration_targets.csv).
  const auto check_target = [&](const std::string& file, const std::string& key, double actual) {
    const CalibrationTarget& target = data.target(key);
    require_close((dir / file).string(),
                  "total " + key + " (target " + key + " in calibration_targets.csv)", actual,
                  target.value, target.tolerance_rel);
  };
  check_target("population.csv", "population_15_74", population_total(data));
  check_target("labour_market.csv", "employed", data.employed.sum());
  check_target("labour_market.csv", "unemployed", data.unemployed.sum());
  check_target("labour_market.csv", "vacancies", data.vacancies.sum());
  check_target("defence.csv", "defence_personnel", data.defence_personnel.sum());
  double stream_personnel = 0.0;
  for (const DefenceStream& d : data.defence_streams) stream_personnel += d.personnel;
  require_close((dir / "defence_streams.csv").string(),
                "personnel summed over the streams (expected: the total of defence.csv)",
                stream_personnel, data.defence_personnel.sum(), kCrossFileTolerance);

  // The status shares applied to the population must give the labour-market totals.
  double employed = 0.0;
  double unemployed = 0.0;
  for (std::size_t reg = 0; reg < data.dims.region_count(); ++reg) {
    for (std::size_t cell = 0; cell < kAgeEducationCells; ++cell) {
      const double persons = data.population[reg * kAgeEducationCells + cell];
      const auto& shares = data.status_by_age[cell];
      employed += persons * (shares[static_cast<std::size_t>(InitialStatus::kEmployed)] +
                             shares[static_cast<std::size_t>(InitialStatus::kStudentSideJob)]);
      unemployed += persons * shares[static_cast<std::size_t>(InitialStatus::kUnemployed)];
    }
  }
  constexpr double kStatusShareTolerance = 0.005;  // SOURCES.md, status_by_age.csv
  require_close((dir / "status_by_age.csv").string(),
                "employed implied by status shares x population", employed, data.employed.sum(),
                kStatusShareTolerance);
  require_close((dir / "status_by_age.csv").string(),
                "unemployed implied by status shares x population", unemployed,
                data.unemployed.sum(), kStatusShareTolerance);
}

}  // namespace

const std::vector<std::string>& data_file_names() {
  static const std::vector<std::string> names = {"regions.csv",
                                                 "occupations.csv",
                                                 "sectors.csv",
                                                 "sector_occupation.csv",
                                                 "population.csv",
                                                 "labour_market.csv",
                                                 "defence.csv",
                                                 "defence_streams.csv",
                                                 "defence_recruitment.csv",
                                                 "regional_mobility.csv",
                                                 "occupational_mobility.csv",
                                                 "education_occupation.csv",
                                                 "status_by_age.csv",
                                                 "age_rates.csv",
                                                 "aow_age.csv",
                                                 "rvu.csv",
                                                 "migration.csv",
                                                 "labour_migrant_regions.csv",
                                                 "calibration_targets.csv"};
  return names;
}

const CalibrationTarget& DataSet::target(const std::string& key) const {
  for (const auto& t : calibration_targets) {
    if (t.key == key) return t;
  }
  throw InputError({(directory / "calibration_targets.csv").string(), 0, 0, key},
                   "required calibration target is missing");
}

namespace {

// The value of a yearly table in a year: the first year's before it, the last year's after it.
int value_in_year(const std::map<int, int>& by_year, int year) {
  auto it = by_year.upper_bound(year);
  if (it == by_year.begin()) return it->second;
  return std::prev(it)->second;
}

}  // namespace

int DataSet::aow_age_months_in(int year) const {
  return value_in_year(aow_age_months, year);
}

int DataSet::rvu_window_months_in(int year) const {
  return value_in_year(rvu_max_months_before_aow, year);
}

double DataSet::defence_recruitment_in(int year, std::size_t stream) const {
  auto it = defence_recruitment.upper_bound(year);
  if (it != defence_recruitment.begin()) --it;
  return it->second[stream];
}

namespace {

void read_demand_outlook_file(Reader& reader, DataSet& data, const std::string& name) {
  const std::string file = name.empty() ? kDefaultDemandOutlook : name;
  std::error_code ec;
  if (name.empty() && !fs::exists(data.directory / file, ec)) return;  // flat demand
  data.demand_outlook = read_demand_outlook(reader.open(file), data.dims);
  data.demand_outlook.file = file;
}

void read_population_outlook_file(Reader& reader, DataSet& data) {
  std::error_code ec;
  if (!fs::exists(data.directory / kPopulationOutlook, ec)) return;  // constant flows
  data.population_outlook = read_population_outlook(reader.open(kPopulationOutlook));
}

}  // namespace

DataSet load_data_set(const fs::path& directory, const std::string& demand_outlook) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw InputError({directory.string(), 0, 0, ""}, "data directory not found");
  }
  DataSet data;
  data.directory = directory;
  Reader reader(data);
  data.dims.regions = read_regions(reader, data.dims);
  read_occupations(reader, data);
  read_sectors(reader, data);
  data.sector_occupation = read_wide_matrix(reader, "sector_occupation.csv", "sector",
                                            data.dims.sectors, data.dims.occupations, true);
  read_population(reader, data);
  read_labour_market(reader, data);
  read_defence(reader, data);
  read_defence_streams(reader, data);
  read_defence_recruitment(reader, data);
  data.regional_mobility = read_wide_matrix(reader, "regional_mobility.csv", "home",
                                            data.dims.regions, data.dims.regions, true);
  data.occupational_mobility = read_wide_matrix(reader, "occupational_mobility.csv", "from",
                                                data.dims.occupations, data.dims.occupations, true);
  data.education_occupation =
      read_wide_matrix(reader, "education_occupation.csv", "occupation", data.dims.occupations,
                       CodeIndex("education", {"low", "mid", "high"}), true);
  read_status_by_age(reader, data);
  read_age_rates(reader, data);
  read_pension_rules(reader, data);
  read_migration(reader, data);
  read_labour_migrant_regions(reader, data);
  read_calibration_targets(reader, data);
  read_demand_outlook_file(reader, data, demand_outlook);
  read_population_outlook_file(reader, data);
  check_consistency(data);
  return data;
}

}  // namespace lmsim::model
