// What a process of the month is to the two engines, and the list that orders them
// (docs/model.md, "The month's processes"). A process is a struct in processes/<name>.hpp with
//   kName    its name in the result file's `processes` attribute and in the benchmarks;
//   kScope   whether it acts on the whole market or on one home region at a time (the regions
//            then do not interact, and the stock-flow engine runs them in parallel);
//   kAgents  how the agent-based engine runs it (AgentRole);
//   apply    its effect on the cells of the expected state (stock-flow engine);
//   person   its events for one person in the month, with the same rates: for kPersonSupply,
//            returning false when the person leaves the model; for kPersonMarket, decided by
//            the person's uniform of the month (search_and_matching).
// The list is a type, so that the agents' month is a sequence of inlined calls.
#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

namespace lmsim::model {

enum class Scope { kWholeMarket, kHomeRegion };

enum class AgentRole {
  kOnCounts,       // the same apply on the state that counts the agents (levers, demand)
  kPersonSupply,   // events of each person in the month's supply pass (`person`)
  kPersonMarket,   // events of each person in the labour-market pass (abm/matching_step.hpp;
                   // ww_benefits counts its recipients there by the rule of ww_benefits.hpp)
  kByConstruction  // what the agents do by themselves: an agent keeps its job when it moves
                   // (jobs follow employees), and the tallies add up the regions
};

// Where a person's supply events of the month begin: at the start, or, for newcomers, where the
// stock-flow engine adds them (15-year-olds in demography before school leaving, immigrants in
// migration before retirement), so that they meet the rest of the month as they do there.
enum class SupplyStage { kWholeMonth, kFromSchoolLeaving, kFromRetirement };

template <class... Process>
struct ProcessList {
  static constexpr std::size_t size = sizeof...(Process);
};

// Calls f(std::type_identity<Process>{}, position) for each process of the list, in order.
template <class... Process, class F>
constexpr void for_each_process(ProcessList<Process...> /*list*/, F&& f) {
  std::size_t position = 0;
  (f(std::type_identity<Process>{}, position++), ...);
}

// The position of the first and of the last process with the role (size if none).
template <class... Process>
constexpr std::size_t first_with_role(ProcessList<Process...> list, AgentRole role) {
  std::size_t found = list.size;
  for_each_process(list, [&](auto process, std::size_t i) {
    if (decltype(process)::type::kAgents == role && found == list.size) found = i;
  });
  return found;
}
template <class... Process>
constexpr std::size_t last_with_role(ProcessList<Process...> list, AgentRole role) {
  std::size_t found = list.size;
  for_each_process(list, [&](auto process, std::size_t i) {
    if (decltype(process)::type::kAgents == role) found = i;
  });
  return found;
}

// The position of a process in the list (size if absent).
template <class Wanted, class... Process>
constexpr std::size_t position_of(ProcessList<Process...> list) {
  std::size_t found = list.size;
  for_each_process(list, [&](auto process, std::size_t i) {
    if (std::is_same_v<typename decltype(process)::type, Wanted>) found = i;
  });
  return found;
}

// The names of the list's processes, in order.
template <class... Process>
std::vector<std::string> process_names(ProcessList<Process...> /*list*/) {
  return {std::string(Process::kName)...};
}

// Runs the person rules of the supply processes in the list's order; stops when one returns
// false (the person has left the model).
template <class Person, class Process>
bool person_supply_event(Person& person) {
  if constexpr (Process::kAgents == AgentRole::kPersonSupply) {
    return Process::person(person);
  } else {
    return true;
  }
}
template <class Person, class... Process>
bool person_supply_events(ProcessList<Process...> /*list*/, Person& person) {
  return (person_supply_event<Person, Process>(person) && ...);
}

}  // namespace lmsim::model
