// Benchmark of one baseline run of the stock-flow engine: 35 regions x 14 occupations x 60 ages
// x 3 education levels, 192 monthly steps, one thread unless --threads says otherwise (the
// region-local processes run regions in parallel), including the HDF5 write. Prints the wall
// time of each phase (best of --repeat runs) so benchmarks/README.md can record where the time
// goes. Usage: stock_flow_benchmark [DATA_DIR] [--repeat N] [--threads N] [--out FILE]
#include <oneapi/tbb/global_control.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "engine/parameter_registry.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "outputs/hdf5_writer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int run_benchmark(int argc, char** argv) {
  std::filesystem::path data_dir = std::filesystem::path(LMSIM_SOURCE_DIR) / "scenarios" / "data";
  std::filesystem::path out = std::filesystem::temp_directory_path() / "lmsim-benchmark.h5";
  int repeat = 5;
  int threads = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::stoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
      threads = std::stoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
      out = argv[++i];
    } else {
      data_dir = argv[i];
    }
  }
  const oneapi::tbb::global_control thread_limit(
      oneapi::tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  std::printf("threads: %d\n", threads);
  double best_total = 1e300, best_load = 0, best_setup = 0, best_steps = 0, best_write = 0;
  for (int r = 0; r < repeat; ++r) {
    const auto start = Clock::now();
    const lmsim::model::DataSet data = lmsim::model::load_data_set(data_dir);
    const double load = seconds_since(start);
    const auto setup_start = Clock::now();
    const lmsim::ParameterValues values(lmsim::model::model_parameter_registry());
    const lmsim::model::StockFlowModel model(data, lmsim::model::resolve_parameters(values),
                                             lmsim::TimeAxis({2025, 1}, {2040, 12}));
    lmsim::model::LabourMarketState state = model.initial_state();
    lmsim::model::Recorder recorder(model);
    const double setup = seconds_since(setup_start);
    const auto steps_start = Clock::now();
    model.run(state,
              [&](const lmsim::model::LabourMarketState& s, int t) { recorder.observe(s, t); });
    const double steps = seconds_since(steps_start);
    const auto write_start = Clock::now();
    lmsim::outputs::WriteOptions options;  // the defaults of lmsim run
    options.overwrite = true;
    lmsim::outputs::write_hdf5(recorder.results(), out, options);
    const double write = seconds_since(write_start);
    const double total = seconds_since(start);
    if (total < best_total) {
      best_total = total;
      best_load = load;
      best_setup = setup;
      best_steps = steps;
      best_write = write;
    }
  }
  std::filesystem::remove(out);
  // Where the time of a step goes: the processes timed one by one on a separate run.
  {
    const lmsim::model::DataSet data = lmsim::model::load_data_set(data_dir);
    const lmsim::ParameterValues values(lmsim::model::model_parameter_registry());
    const lmsim::model::StockFlowModel model(data, lmsim::model::resolve_parameters(values),
                                             lmsim::TimeAxis({2025, 1}, {2040, 12}));
    lmsim::model::LabourMarketState state = model.initial_state();
    lmsim::model::Recorder recorder(model);
    std::vector<double> seconds;
    double recording = 0.0;
    for (int t = 1; t < model.time().steps(); ++t) {
      model.step_timed(state, t, seconds);
      const auto start = Clock::now();
      recorder.observe(state, t);
      recording += seconds_since(start);
    }
    const auto names = model.process_names();
    std::printf("per process, 191 steps:\n");
    for (std::size_t i = 0; i < names.size(); ++i)
      std::printf("  %-22s %8.4f s\n", names[i].c_str(), seconds[i]);
    std::printf("  %-22s %8.4f s\n", "recording", recording);
  }
  std::printf(
      "stock-flow baseline, 35 regions x 14 occupations x 60 ages x 3 education, 192 months, best "
      "of %d\n",
      repeat);
  std::printf("  load data        %8.4f s\n", best_load);
  std::printf("  initial state + calibration %8.4f s\n", best_setup);
  std::printf("  191 steps + recording       %8.4f s  (%.3f ms per step)\n", best_steps,
              1000.0 * best_steps / 191.0);
  std::printf("  HDF5 write       %8.4f s\n", best_write);
  std::printf("  total            %8.4f s\n", best_total);
  return 0;
}

// Bad arguments or data end with one line and exit status 2, never an uncaught exception.
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::printf(
          "usage: stock_flow_benchmark [DATA_DIR] [--repeat N] [--threads N] [--out FILE]\n");
      return 0;
    }
  }
  try {
    return run_benchmark(argc, argv);
  } catch (const std::invalid_argument&) {
    std::fprintf(stderr, "stock_flow_benchmark: error: an option's value is not a number\n");
    return 2;
  } catch (const std::out_of_range&) {
    std::fprintf(stderr, "stock_flow_benchmark: error: an option's value is out of range\n");
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stock_flow_benchmark: error: %s\n", e.what());
    return 2;
  }
}
