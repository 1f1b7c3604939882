// libFuzzer target for the scenario-file parser: the input is written to a scenario file in a
// private temporary directory, read with lmsim::load_scenario and its levers built against the
// default data set. load_scenario resolves a relative `base` against the directory of the file
// (not the working directory), so relative bases land in that temporary directory. The process
// does not chdir there: libFuzzer reads the seed corpus and writes artifacts by the paths given
// on its command line, which are usually relative. (An absolute base, or one with "..", still
// names a file outside; the parser only reads it.) An
// InputError is the expected answer to bad input; any other exception, a crash or a sanitizer
// report is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/error.hpp"
#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/lever.hpp"

namespace {

namespace fs = std::filesystem;

struct Harness {
  lmsim::model::DataSet data;
  fs::path dir;
  fs::path file;

  Harness() {
    data = lmsim::model::load_data_set(fs::path(LMSIM_SOURCE_DIR) / "scenarios" / "data");
    std::string dir_template = (fs::temp_directory_path() / "lmsim-fuzz-scenario-XXXXXX").string();
    if (mkdtemp(dir_template.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    dir = dir_template;
    file = dir / "input.toml";
  }
  ~Harness() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

Harness& harness() {
  static Harness h;
  return h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  Harness& h = harness();
  {
    std::ofstream out(h.file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
    if (!out) std::abort();
  }
  try {
    const lmsim::Scenario scenario = lmsim::load_scenario(h.file);
    const lmsim::model::LeverList levers = lmsim::model::build_levers(scenario.levers, h.data);
    static_cast<void>(levers);
  } catch (const lmsim::InputError&) {
    // Expected for bad input.
  }
  return 0;
}
