// lmsim validate SCENARIO: checks a scenario, its parameters and its data set, and prints what
// was loaded. Runs nothing.
#include <iostream>

#include "cli/command.hpp"
#include "cli/run_setup.hpp"
#include "models/occupational_network.hpp"

namespace lmsim::cli {

int validate_command(const Arguments& args) {
  CommonOptions common;
  po::options_description options("validate options");
  po::positional_options_description positional;
  add_scenario_options(options, positional, common);
  if (auto stop =
          parse_arguments("validate", "Checks a scenario and its data set without running it.",
                          args, options, positional)) {
    return *stop;
  }
  const PreparedRun run = prepare_run(common);
  const model::DataSet& data = *run.data;
  double population = 0.0;
  for (double p : data.population) population += p;
  const double employed = data.employed.sum();
  const double unemployed = data.unemployed.sum();
  std::printf("Scenario %s is valid.\n", common.scenario.c_str());
  std::printf("  title        %s\n", run.scenario.title.c_str());
  std::printf("  horizon      %04d-%02d .. %04d-%02d\n", run.scenario.start.year,
              run.scenario.start.month, run.scenario.end.year, run.scenario.end.month);
  std::printf("  inherits     %zu file(s)\n", run.scenario.chain.size());
  std::printf("  overrides    %zu parameter(s), %zu lever(s)\n", run.scenario.parameters.size(),
              run.scenario.levers.size());
  std::printf("  data         %s (%zu files)\n", data.directory.string().c_str(),
              data.checksums.size());
  std::printf("  regions      %zu\n", data.dims.region_count());
  std::printf("  occupations  %zu\n", data.dims.occupation_count());
  if (data.occupational_network) {
    // A published network's data hold only employment; unemployment and vacancies start at
    // separation_rate and vacancy_rate times it (docs/validation.md).
    std::printf("  time step    %s, %d steps\n", run.scenario.time_step.c_str(),
                run.scenario.steps);
    std::printf("  network      %s (occupational network data)\n",
                model::read_occupational_network(run.scenario.network).network.c_str());
    std::printf("  employment   %.0f\n", employed);
    return kExitSuccess;
  }
  std::printf("  sectors      %zu\n", data.dims.sectors.size());
  std::printf("  population   %.0f (aged 15-74)\n", population);
  std::printf("  labour force %.0f (employed %.0f, unemployed %.0f, %.1f%%)\n",
              employed + unemployed, employed, unemployed,
              100.0 * unemployed / (employed + unemployed));
  std::printf("  vacancies    %.0f\n", data.vacancies.sum());
  return kExitSuccess;
}

}  // namespace lmsim::cli
