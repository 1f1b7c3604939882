// The processes of one month, in the order both engines run them (docs/model.md, "The month's
// processes"). A new process is a header in this folder (process_list.hpp says what it holds),
// its test in tests/models/processes/ and one line here.
#pragma once

#include "engine/process_schedule.hpp"
#include "models/processes/demography.hpp"
#include "models/processes/disability.hpp"
#include "models/processes/jobs_follow_employees.hpp"
#include "models/processes/labour_demand.hpp"
#include "models/processes/levers.hpp"
#include "models/processes/migration.hpp"
#include "models/processes/participation.hpp"
#include "models/processes/process_list.hpp"
#include "models/processes/regional_totals.hpp"
#include "models/processes/retirement.hpp"
#include "models/processes/search_and_matching.hpp"
#include "models/processes/target_demand.hpp"
#include "models/processes/training.hpp"
#include "models/processes/ww_benefits.hpp"

namespace lmsim::model {

using MonthProcesses =
    ProcessList<process::Levers, process::TargetDemand, process::Demography, process::Migration,
                process::Retirement, process::Disability, process::Participation, process::Training,
                process::JobsFollowEmployees, process::RegionalTotals, process::LabourDemand,
                process::SearchAndMatching, process::WwBenefits>;

using MonthSchedule = ProcessSchedule<ModelDescription, LabourMarketState>;

// The month of the stock-flow engine: the list's processes on the cells, the per-region ones
// for the regions in parallel.
MonthSchedule month_schedule(std::size_t regions);

}  // namespace lmsim::model
