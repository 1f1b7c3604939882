// What the stock-flow engine records each month: the variables of docs/output.md (docs/model.md,
// section 8) by time x region x occupation, population by status per region, regional rates,
// employee retirements and the national flow ledger, and by calendar year the population and the
// employee retirements by region and single year of age, in a ResultSet that outputs/ writes to
// HDF5.
#pragma once

#include <array>

#include "engine/result_set.hpp"
#include "models/stock_flow_model.hpp"

namespace lmsim::model {

class Recorder {
 public:
  // Every variable a recorder can record, in the order of variable_names() and of the file.
  enum Output : std::size_t {
    kEmployed,
    kUnemployed,
    kUnemployedShort,
    kWwUnder6Months,
    kVacancies,
    kHires,
    kSeparations,
    kJobToJob,
    kOpenings,
    kTargetDemand,
    kShortage,
    kFteSupply,
    kTension,
    kPopulationByStatus,
    kParticipation,
    kUnemploymentRate,
    kPotentialLabourForce,
    kNetCommuting,
    kRetirementsEmployees,
    kFlows,
    kPopulationByAge,
    kRetirementsEmployeesByAge,
    kDefencePosts,
    kDefenceFilled,
    kOutputs
  };
  // variables: the names of the variables to record (OutputSelection of a scenario); empty:
  // every variable. Dimensions and coordinates are always there.
  explicit Recorder(const StockFlowModel& model, const std::vector<std::string>& variables = {});
  // The names of every variable a recorder can record, in the order of the result file.
  static const std::vector<std::string>& variable_names();
  void observe(const LabourMarketState& state, int step);
  const ResultSet& results() const { return results_; }
  ResultSet& results() { return results_; }

 private:
  // sums: the block sums of every status (LabourMarketState::block_sums), taken once a step.
  // The working persons of each work cell as `employed` counts them (employee jobs by work
  // region and zzp), once a step for the cells and the defence formation.
  static std::vector<double> working_by_work_cell(const LabourMarketState& state,
                                                  const std::vector<Eigen::VectorXd>& sums);
  void record_cells(const LabourMarketState& state, int step,
                    const std::vector<Eigen::VectorXd>& sums, const std::vector<double>& working);
  void record_regions(const LabourMarketState& state, int step,
                      const std::vector<Eigen::VectorXd>& sums);
  // The annual variables by age: the step's values added to its year, and population_by_age
  // divided by the steps of the year at its last step.
  void record_by_age(const LabourMarketState& state, int step);
  // Defensie's formation and posts filled per work region (data sets with DEF only).
  void record_defence(const LabourMarketState& state, int step, const std::vector<double>& working);

  // The data of a recorded variable from the given offset, or nullptr when it is not recorded.
  double* recorded(Output output, std::size_t offset);

  const StockFlowModel& model_;
  ResultSet results_;
  // Where each output is in results_.variables, found once; kNotRecorded where it is not.
  static constexpr std::size_t kNotRecorded = static_cast<std::size_t>(-1);
  std::array<std::size_t, kOutputs> slot_;
  // The steps of each calendar year of the run (the year dimension).
  std::vector<int> steps_in_year_;
};

}  // namespace lmsim::model
