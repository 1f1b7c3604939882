// What the file-based fuzz targets share: a private temporary folder (mkdtemp, removed when the
// process ends) and writing one input into it as a file, which the parser under test then reads
// by its path.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace lmsim::fuzz {

class InputFolder {
 public:
  // prefix: the folder's name before mkdtemp's six random characters, e.g. "lmsim-fuzz-sweep-".
  explicit InputFolder(const std::string& prefix) {
    std::string name = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
    if (mkdtemp(name.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    path_ = name;
  }
  ~InputFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  InputFolder(const InputFolder&) = delete;
  InputFolder& operator=(const InputFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes the fuzzer's bytes to the file `name` in the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::uint8_t* bytes,
                              std::size_t size) const {
    const std::filesystem::path file = path_ / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
    if (!out) std::abort();
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace lmsim::fuzz
