#include "models/processes/month.hpp"

#include "models/model_description.hpp"

namespace lmsim::model {

MonthSchedule month_schedule(std::size_t regions) {
  MonthSchedule schedule(regions);
  for_each_process(MonthProcesses{}, [&](auto process, std::size_t /*position*/) {
    using Process = typename decltype(process)::type;
    if constexpr (Process::kScope == Scope::kWholeMarket) {
      schedule.add(Process::kName, Process::apply);
    } else {
      schedule.add_per_part(Process::kName, Process::apply);
    }
  });
  return schedule;
}

}  // namespace lmsim::model
