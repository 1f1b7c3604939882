// Benchmark of the agent-based engine on the baseline: a 1-in-SCALE sample of the persons (1:
// every person, about 13.6 million agents), 2025-01..2040-12 (192 monthly records), including
// the HDF5 write. Prints the wall time of each phase, person-steps per second, agents, bytes per
// agent and peak memory, so benchmarks/README.md can record them. Usage:
//   abm_benchmark [DATA_DIR] [--scale K] [--threads N] [--last YYYY] [--out FILE]
// --threads 0 (the default) uses every core.
#include <oneapi/tbb/global_control.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "engine/parameter_registry.hpp"
#include "models/abm/agent_based_model.hpp"
#include "models/abm/distribution_recorder.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "outputs/hdf5_writer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double peak_memory_gb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);  // ru_maxrss is in KiB
}

}  // namespace

int run_benchmark(int argc, char** argv) {
  std::filesystem::path data_dir = std::filesystem::path(LMSIM_SOURCE_DIR) / "scenarios" / "data";
  std::filesystem::path out = std::filesystem::temp_directory_path() / "lmsim-abm-benchmark.h5";
  std::uint32_t scale = 1;
  int threads = 0;
  int last_year = 2040;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc) {
      scale = static_cast<std::uint32_t>(std::stoul(argv[++i]));
    } else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
      threads = std::stoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--last") == 0 && i + 1 < argc) {
      last_year = std::stoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
      out = argv[++i];
    } else {
      data_dir = argv[i];
    }
  }
  std::unique_ptr<oneapi::tbb::global_control> thread_limit;
  if (threads > 0) {
    thread_limit = std::make_unique<oneapi::tbb::global_control>(
        oneapi::tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  }
  const auto start = Clock::now();
  const lmsim::model::DataSet data = lmsim::model::load_data_set(data_dir);
  const lmsim::ParameterValues values(lmsim::model::model_parameter_registry());
  const lmsim::model::StockFlowModel model(data, lmsim::model::resolve_parameters(values),
                                           lmsim::TimeAxis({2025, 1}, {last_year, 12}));
  const double setup = seconds_since(start);
  const auto agents_start = Clock::now();
  lmsim::model::abm::AgentBasedModel abm(model.description(), {scale, 20250101, 0});
  lmsim::model::Recorder recorder(model);
  lmsim::model::abm::DistributionRecorder distributions(recorder.results());
  lmsim::model::LabourMarketState state = abm.initial_state();
  const double initial_agents = static_cast<double>(abm.agents().size());
  const double sampling = seconds_since(agents_start);
  const auto months_start = Clock::now();
  abm.run(state, [&](const lmsim::model::LabourMarketState& s, int t) {
    recorder.observe(s, t);
    distributions.observe(abm, t);
  });
  const double months = seconds_since(months_start);
  const auto write_start = Clock::now();
  lmsim::outputs::WriteOptions options;  // the defaults of lmsim run
  options.overwrite = true;
  lmsim::outputs::write_hdf5(recorder.results(), out, options);
  const double write = seconds_since(write_start);
  const double total = seconds_since(start);
  std::filesystem::remove(out);

  const auto& times = abm.step_times();
  std::printf("scale 1:%u, threads %s, months %d, agents at start %.0f\n", scale,
              threads > 0 ? std::to_string(threads).c_str() : "all", times.months + 1,
              initial_agents);
  std::printf("data, calibration     %7.2f s\n", setup);
  std::printf("initial agents        %7.2f s\n", sampling);
  std::printf("months                %7.2f s\n", months);
  std::printf("  supply rates        %7.2f s\n", times.supply_rates);
  std::printf("  supply pass         %7.2f s\n", times.supply_pass);
  std::printf("  newcomers, counts   %7.2f s\n", times.newcomers);
  std::printf("  labour-market rates %7.2f s\n", times.labour_market_rates);
  std::printf("  labour-market pass  %7.2f s\n", times.labour_market_pass);
  std::printf("  bookkeeping         %7.2f s\n", times.bookkeeping);
  std::printf("HDF5 write            %7.2f s\n", write);
  std::printf("total                 %7.2f s\n", total);
  std::printf("person-steps per second %.3g (months only)\n", times.person_months / months);
  std::printf("bytes per agent: %zu in the table + 4 for the month's labour-market word\n",
              abm.agents().bytes_per_person());
  std::printf("peak memory %.2f GB\n", peak_memory_gb());
  return 0;
}

// Bad arguments or data end with one line and exit status 2, never an uncaught exception.
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::printf(
          "usage: abm_benchmark [DATA_DIR] [--scale K] [--threads N] [--last YEAR] [--out FILE]\n");
      return 0;
    }
  }
  try {
    return run_benchmark(argc, argv);
  } catch (const std::invalid_argument&) {
    std::fprintf(stderr, "abm_benchmark: error: an option's value is not a number\n");
    return 2;
  } catch (const std::out_of_range&) {
    std::fprintf(stderr, "abm_benchmark: error: an option's value is out of range\n");
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "abm_benchmark: error: %s\n", e.what());
    return 2;
  }
}
