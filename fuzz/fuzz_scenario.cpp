// libFuzzer target for the scenario-file parser: the input is written to a scenario file in a
// private temporary directory, read with lmsim::load_scenario and its levers built against the
// default data set. load_scenario resolves a relative `base` against the directory of the file
// (not the working directory), so relative bases land in that temporary directory. The process
// does not chdir there: libFuzzer reads the seed corpus and writes artifacts by the paths given
// on its command line, which are usually relative. (An absolute base, or one with "..", still
// names a file outside; the parser only reads it.) An
// InputError is the expected answer to bad input; any other exception, a crash or a sanitizer
// report is a finding.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/error.hpp"
#include "engine/scenario.hpp"
#include "fuzz/input_folder.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"

namespace {

namespace fs = std::filesystem;

struct Harness {
  lmsim::model::DataSet data =
      lmsim::model::load_data_set(fs::path(LMSIM_SOURCE_DIR) / "scenarios" / "data");
  lmsim::fuzz::InputFolder folder{"lmsim-fuzz-scenario-"};
};

Harness& harness() {
  static Harness h;
  return h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  Harness& h = harness();
  const fs::path file = h.folder.write("input.toml", bytes, size);
  try {
    const lmsim::Scenario scenario = lmsim::load_scenario(file);
    const lmsim::model::LeverList levers = lmsim::model::build_levers(scenario.levers, h.data);
    static_cast<void>(levers);
  } catch (const lmsim::InputError&) {
    // Expected for bad input.
  }
  return 0;
}
