// libFuzzer target for the data set: every data CSV through the loader and its checks
// (models/data_set.cpp), not only the CSV parser. The first byte of the input picks one of the
// data files; the rest of the input replaces that file in a private copy of scenarios/data, and
// load_data_set reads the whole directory. An InputError is the expected answer to a broken
// file; any other exception, a crash or a sanitizer report is a finding. The copy is restored
// after each input, so every input is judged against otherwise valid data.
#include <stdlib.h>  // NOLINT(modernize-deprecated-headers): mkdtemp is POSIX

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "models/data_set.hpp"

namespace {

namespace fs = std::filesystem;

// A private copy of the shipped data set, made once per process.
const fs::path& data_copy() {
  static const fs::path folder = [] {
    std::string name = (fs::temp_directory_path() / "lmsim-fuzz-data-XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr) std::abort();
    const fs::path copy = fs::path(name) / "data";
    fs::copy(fs::path(LMSIM_SOURCE_DIR) / "scenarios" / "data", copy);
    return copy;
  }();
  return folder;
}

void write_file(const fs::path& path, const char* bytes, std::size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes, static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  if (size == 0) return 0;
  const std::vector<std::string> files = lmsim::model::data_file_names();
  const fs::path target = data_copy() / files[bytes[0] % files.size()];
  const fs::path original = fs::path(LMSIM_SOURCE_DIR) / "scenarios" / "data" / target.filename();
  write_file(target, reinterpret_cast<const char*>(bytes + 1), size - 1);
  try {
    static_cast<void>(lmsim::model::load_data_set(data_copy()));
  } catch (const lmsim::InputError&) {
    // Expected for a broken file.
  }
  fs::copy_file(original, target, fs::copy_options::overwrite_existing);
  return 0;
}
