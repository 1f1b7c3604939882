#include "models/network_data_set.hpp"

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_set>

#include "engine/checksum.hpp"
#include "engine/csv_table.hpp"
#include "engine/text_file.hpp"

namespace lmsim::model {
namespace {

namespace fs = std::filesystem;

// Rows of a published network must sum to 1 as stored (the published model uses them as they
// are; lmsim does not rescale them).
constexpr double kRowSumTolerance = 1e-9;

// Hours per week of every occupation: the network data have none, so an FTE is a person at the
// default of full_time_hours.
constexpr double kNeutralWeeklyHours = 38.0;

std::string read_checked(const fs::path& directory, const std::string& name,
                         const SourceLocation& named_at, DataSet& data) {
  if (name.empty()) throw InputError(named_at, "expected a file name");
  const fs::path path = directory / name;
  if (nothing_at(path)) {
    throw InputError(named_at, path.string() +
                                   " not found (the file is looked up in the data "
                                   "directory, " +
                                   directory.string() + ")");
  }
  std::string bytes = read_data_file(path);
  data.checksums[name] = fnv1a(bytes);
  return bytes;
}

void read_occupations(const OccupationalNetworkSpec& spec, const fs::path& directory,
                      DataSet& data) {
  const std::string bytes = read_checked(directory, spec.occupations, spec.at("occupations"), data);
  const CsvTable t = CsvTable::parse(bytes, (directory / spec.occupations).string());
  const std::size_t id = t.column(spec.id_column);
  const std::size_t employment = t.column(spec.employment_column);
  const bool named = !spec.name_column.empty();
  const std::size_t name = named ? t.column(spec.name_column) : id;
  std::vector<std::string> codes;
  std::unordered_set<std::string> seen;
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const std::string& code = t.text(r, id);
    if (code.empty()) t.fail(r, id, "empty occupation code");
    if (!seen.insert(code).second) t.fail(r, id, "duplicate occupation code " + code);
    codes.push_back(code);
    data.dims.occupation_names_en.push_back(named ? t.text(r, name) : code);
  }
  if (codes.empty()) t.fail_file("no occupations");
  data.dims.occupations = CodeIndex("occupation", codes);
  data.dims.occupation_names_nl = data.dims.occupation_names_en;
  const auto O = static_cast<Eigen::Index>(codes.size());
  data.employed = Eigen::MatrixXd::Zero(1, O);
  for (std::size_t r = 0; r < t.rows().size(); ++r)
    data.employed(0, static_cast<Eigen::Index>(r)) = t.non_negative(r, employment);
}

// A square matrix without header, one row per occupation in the order of the occupations file.
Eigen::MatrixXd read_network_matrix(const OccupationalNetworkSpec& spec, const fs::path& directory,
                                    std::size_t n, DataSet& data) {
  const std::string bytes = read_checked(directory, spec.network, spec.at("network"), data);
  const std::string file = (directory / spec.network).string();
  // As the CSV files: a UTF-8 byte-order mark is skipped; UTF-16 and old Mac line ends are
  // refused for what they are, not as numbers that cannot be read.
  const std::string_view content = utf8_text(bytes, file, FirstLine::kData);
  Eigen::MatrixXd matrix =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  std::size_t row = 0;
  long line = 0;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(start, end - start);
    start = end + 1;
    ++line;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.empty()) continue;
    if (row == n) {
      throw InputError({file, line, 1, ""}, "more than " + std::to_string(n) +
                                                " rows: the network must be square, one row and "
                                                "one column per occupation of " +
                                                spec.occupations);
    }
    std::size_t column = 0;
    double sum = 0.0;
    std::size_t field = 0;
    while (field <= text.size()) {
      std::size_t comma = text.find(',', field);
      if (comma == std::string_view::npos) comma = text.size();
      const std::string_view cell = text.substr(field, comma - field);
      // The location is made only for a message: a 464 x 464 network has 215,296 cells.
      const auto at = [&] { return SourceLocation{file, line, static_cast<long>(field) + 1, ""}; };
      if (column == n) {
        throw InputError(at(), "more than " + std::to_string(n) +
                                   " values in a row: the network must be square, one column "
                                   "per occupation of " +
                                   spec.occupations);
      }
      // Most cells of a sparse network are a plain 0, which the zeroed matrix already holds.
      if (cell != "0") {
        double value = 0.0;
        const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (ec != std::errc() || ptr != cell.data() + cell.size() || !std::isfinite(value) ||
            value < 0.0) {
          throw InputError(at(),
                           "expected a finite number >= 0, found '" + std::string(cell) + "'");
        }
        matrix(static_cast<Eigen::Index>(row), static_cast<Eigen::Index>(column)) = value;
        sum += value;
      }
      ++column;
      field = comma + 1;
    }
    if (column != n) {
      throw InputError({file, line, 1, ""}, std::to_string(column) + " values, expected " +
                                                std::to_string(n) + " (one per occupation)");
    }
    if (std::fabs(sum - 1.0) > kRowSumTolerance) {
      throw InputError({file, line, 1, ""},
                       "the row sums to " + std::to_string(sum) +
                           ", not 1: each row gives the shares of an occupation's applications "
                           "and must sum to 1");
    }
    ++row;
  }
  if (row != n) {
    throw InputError({file, line, 1, ""}, std::to_string(row) + " rows, expected " +
                                              std::to_string(n) + " (one per occupation)");
  }
  return matrix;
}

// The neutral rest of a data set: no population outside the labour market, no supply-side
// rates, no migration, one sector.
void fill_neutral_supply_side(DataSet& data) {
  const std::size_t O = data.dims.occupation_count();
  const auto Oi = static_cast<Eigen::Index>(O);
  data.weekly_hours.assign(O, kNeutralWeeklyHours);
  data.zzp_share.assign(O, 0.0);
  data.heavy_work_share.assign(O, 0.0);
  data.dims.sectors = CodeIndex("sector", {kNetworkRegionCode});
  data.dims.sector_names_en = {"all occupations"};
  data.dims.sector_names_nl = {"alle beroepen"};
  data.sector_employed = {data.employed.sum()};
  data.sector_occupation = data.employed / std::max(data.employed.sum(), 1e-300);
  data.population.assign(kAgeEducationCells, 0.0);
  data.unemployed = Eigen::MatrixXd::Zero(1, Oi);
  data.vacancies = Eigen::MatrixXd::Zero(1, Oi);
  data.defence_personnel = Eigen::VectorXd::Zero(1);
  data.regional_mobility = Eigen::MatrixXd::Ones(1, 1);
  data.education_occupation =
      Eigen::MatrixXd::Zero(Oi, static_cast<Eigen::Index>(kEducationLevels));
  data.education_occupation.col(1).setOnes();
  std::array<double, static_cast<std::size_t>(InitialStatus::kCount)> inactive{};
  inactive[static_cast<std::size_t>(InitialStatus::kInactive)] = 1.0;
  data.status_by_age.assign(kAgeEducationCells, inactive);
  for (auto* rates :
       {&data.age_rates.mortality, &data.age_rates.disability, &data.age_rates.early_retirement,
        &data.age_rates.emigration, &data.age_rates.immigration_share,
        &data.age_rates.school_leaving, &data.age_rates.job_to_job_quarterly}) {
    rates->assign(kAges, 0.0);
  }
  data.aow_age_months = {{2000, 67 * 12}};
  data.rvu_max_months_before_aow = {{2000, 0}};
  data.rvu_threshold_eur_month = {{2000, 0.0}};
  data.labour_migrants_per_year.assign(O, 0.0);
  data.labour_migrant_stay_years.assign(O, 0.0);
  data.labour_migrant_arrivals_share =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(data.dims.region_count()), Oi);
}

}  // namespace

DataSet load_network_data_set(const OccupationalNetworkSpec& spec, const fs::path& directory) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw InputError({directory.string(), 0, 0, ""}, "data directory not found");
  }
  DataSet data;
  data.directory = directory;
  data.occupational_network = true;
  data.dims.regions = CodeIndex("region", {kNetworkRegionCode});
  data.dims.region_names = {"one region (occupational network)"};
  data.dims.region_provinces = {""};
  read_occupations(spec, directory, data);
  const std::size_t O = data.dims.occupation_count();
  data.occupational_mobility =
      spec.network == "complete"
          ? Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(O), static_cast<Eigen::Index>(O),
                                      1.0 / static_cast<double>(O))
          : read_network_matrix(spec, directory, O, data);
  fill_neutral_supply_side(data);
  return data;
}

}  // namespace lmsim::model
