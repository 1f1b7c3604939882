// The data a run starts from: the files of a data directory (scenarios/data/ by default),
// read and checked. Every file is validated on load (columns present, codes known, numbers
// finite and within their plausible range (plausible_ranges.hpp), every key exactly once, share
// rows summing to 1) and the files are checked against each other; any violation is an
// InputError naming file, line and column.
// scenarios/data/SOURCES.md says where each number comes from.
#pragma once

#include <Eigen/Dense>
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "models/demand_outlook.hpp"
#include "models/dimensions.hpp"
#include "models/population_outlook.hpp"

namespace lmsim::model {

// Population shares by status in status_by_age.csv, in this column order.
enum class InitialStatus : std::size_t {
  kEmployed,
  kUnemployed,
  kStudent,
  kStudentSideJob,
  kInactivePotential,
  kInactive,
  kRetired,
  kDisabled,
  kCount
};
inline constexpr std::array<const char*, static_cast<std::size_t>(InitialStatus::kCount)>
    kInitialStatusColumns = {"employed",           "unemployed", "student", "student_side_job",
                             "inactive_potential", "inactive",   "retired", "disabled"};

struct AgeRates {  // per single year of age 15..74, annual unless named otherwise
  std::vector<double> mortality, disability, early_retirement, emigration, immigration_share,
      school_leaving, job_to_job_quarterly;
};

// Defensie's three streams of personnel (docs/levers.md, defence_expansion).
inline constexpr std::size_t kDefenceStreamCount = 3;
inline constexpr std::array<const char*, kDefenceStreamCount> kDefenceStreams = {
    "military", "civilian", "reservist"};

// One stream's row of defence_streams.csv (scenarios/data/SOURCES.md).
struct DefenceStream {
  double personnel = 0.0;              // persons in post at the start
  double outflow_rate = 0.0;           // share leaving a year
  double growth_share = 0.0;           // share of the growth when a target is one total
  double civilian_job_share = 0.0;     // share who also hold a civilian job (reservists)
  double civilian_hours_served = 0.0;  // share of that job's hours given up for the service
};

struct CalibrationTarget {
  std::string key;
  double value = 0.0;
  std::string unit;
  std::string period;
  double tolerance_rel = 0.0;
  std::string source;
};

// How the products with the occupational mobility network are evaluated: dense (lmsim's 14
// occupations, where every pair is linked) or sparse (a published network of hundreds of
// occupations with a few neighbours each); kAuto also takes the rank-one form of a network whose
// rows are all the same (occupational_mobility.hpp). The results agree to rounding.
enum class MobilityStorage { kAuto, kDense, kSparse };

struct DataSet {
  std::filesystem::path directory;
  Dimensions dims;
  // True for the data of a published occupational network model (network_data_set.hpp): one
  // region, no supply side, rates and initial state as published instead of calibrated.
  bool occupational_network = false;
  MobilityStorage mobility_storage = MobilityStorage::kAuto;

  // occupations.csv, per occupation
  std::vector<double> weekly_hours, zzp_share, heavy_work_share;
  // sectors.csv and sector_occupation.csv (sector x occupation, rows sum to 1)
  std::vector<double> sector_employed;
  Eigen::MatrixXd sector_occupation;
  // population.csv: persons by [region][age][education], flattened
  std::vector<double> population;
  // labour_market.csv: region x occupation
  Eigen::MatrixXd employed, unemployed, vacancies;
  // defence.csv
  Eigen::VectorXd defence_personnel;
  // defence_streams.csv (military, civilian, reservist, in kDefenceStreams' order) and
  // defence_recruitment.csv (gross recruits a year at most, by year and stream; the last year
  // holds after the table)
  std::vector<DefenceStream> defence_streams;
  std::map<int, std::array<double, kDefenceStreamCount>> defence_recruitment;
  // regional_mobility.csv (home x work) and occupational_mobility.csv (from x to), row-stochastic
  Eigen::MatrixXd regional_mobility, occupational_mobility;
  // education_occupation.csv: occupation x education, rows sum to 1
  Eigen::MatrixXd education_occupation;
  // status_by_age.csv: [age][education][status] shares, rows sum to 1
  std::vector<std::array<double, static_cast<std::size_t>(InitialStatus::kCount)>> status_by_age;
  AgeRates age_rates;
  // aow_age.csv and rvu.csv, by calendar year
  std::map<int, int> aow_age_months;
  // aow_age.csv's status per year where the file has the column: "law" or "expected"
  std::map<int, std::string> aow_age_status;
  std::map<int, int> rvu_max_months_before_aow;
  std::map<int, double> rvu_threshold_eur_month;
  // migration.csv, per occupation
  std::vector<double> labour_migrants_per_year, labour_migrant_stay_years;
  // labour_migrant_regions.csv: R x O, each home region's share of the occupation's labour
  // migrants arriving; a column sums to 1, or is 0 everywhere for an occupation without arrivals
  Eigen::MatrixXd labour_migrant_arrivals_share;
  std::vector<CalibrationTarget> calibration_targets;
  // demand_outlook.csv (or the file a scenario names); empty where the data set has none
  DemandOutlook demand_outlook;
  // population_outlook.csv; empty where the data set has none (the parameters' levels hold)
  PopulationOutlook population_outlook;
  // FNV-1a 64-bit checksum of every file read, stored with results
  std::map<std::string, std::uint64_t> checksums;

  std::size_t population_index(std::size_t region, std::size_t age, std::size_t education) const {
    return (region * kAges + age) * kEducationLevels + education;
  }
  const CalibrationTarget& target(const std::string& key) const;
  int aow_age_months_in(int year) const;  // the last listed year holds after the table ends
  int rvu_window_months_in(int year) const;
  // Gross recruits a year at most of a stream in a year (defence_recruitment.csv).
  double defence_recruitment_in(int year, std::size_t stream) const;
};

// demand_outlook names the outlook file of the directory: empty takes demand_outlook.csv where
// the directory has one (and flat demand where it has none); a name given must exist.
DataSet load_data_set(const std::filesystem::path& directory,
                      const std::string& demand_outlook = {});

// Names of the files load_data_set reads, in the order it reads them.
const std::vector<std::string>& data_file_names();

}  // namespace lmsim::model
