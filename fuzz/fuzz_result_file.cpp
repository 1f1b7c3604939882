// libFuzzer target for result files, as lmsim compare, info, export and report read them: the
// input is written to a file in a private temporary folder, then the reader of every command
// and describe_results run on it, in this process (read_whole_result_file_in_this_process: no
// child process, so the fuzzer sees every crash). An InputError is the expected answer to a
// damaged file; any other exception, a crash or a sanitizer report is a finding. The HDF5 library
// (1.10) itself crashes on some damaged files: run with -fork and -ignore_crashes and sort the
// findings with fuzz/triage_result_file.sh (docs/testing.md); lmsim's commands read result files
// in a child process first (outputs/isolated_read.hpp), so those crashes become clear errors.
#include <stdlib.h>  // NOLINT(modernize-deprecated-headers): mkdtemp is POSIX
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/error.hpp"
#include "outputs/comparison.hpp"
#include "outputs/result_description.hpp"
#include "outputs/result_file_reader.hpp"

namespace {

const std::filesystem::path& input_path() {
  static const std::filesystem::path path = [] {
    std::string folder = (std::filesystem::temp_directory_path() / "lmsim-fuzz-XXXXXX").string();
    if (mkdtemp(folder.data()) == nullptr) std::abort();
    return std::filesystem::path(folder) / "input.h5";
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  {
    std::ofstream out(input_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  }
  try {
    const lmsim::ResultSet whole =
        lmsim::outputs::read_whole_result_file_in_this_process(input_path());
    static_cast<void>(lmsim::outputs::describe_results(whole, "input.h5"));
  } catch (const lmsim::InputError&) {
    // Expected for a damaged file.
  }
  try {
    const lmsim::ResultSet compared = lmsim::outputs::read_result_file_in_this_process(
        input_path(), lmsim::outputs::kComparedVariables,
        lmsim::outputs::kOptionalComparedVariables);
    static_cast<void>(lmsim::outputs::result_parameter(compared, "separation_rate", "input.h5"));
  } catch (const lmsim::InputError&) {
    // Expected for a damaged file or one without these variables.
  }
  return 0;
}
