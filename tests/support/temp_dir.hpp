// Test support: a fresh temporary folder per test (removed afterwards), a copy of the default
// data set to corrupt, and running the lmsim binary. Tests never write fixed paths, so ctest
// can run them in parallel.
#pragma once

#include <filesystem>
#include <string>

namespace lmsim::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path source_dir();
std::filesystem::path default_data_dir();
// Copies scenarios/data into folder/data and returns that path.
std::filesystem::path copy_default_data(const TempDir& folder);
std::string read_text(const std::filesystem::path& file);
// Whether `folder` holds a temporary file or folder of lmsim's (engine/atomic_output.hpp).
bool has_temporary_folders(const std::filesystem::path& folder);
// The path in single quotes, for a shell command line (test paths hold no quote).
std::string quoted(const std::filesystem::path& path);
void write_text(const std::filesystem::path& file, const std::string& text);
// Replaces the first occurrence of `from` in a file; fails the test if absent.
void replace_in_file(const std::filesystem::path& file, const std::string& from,
                     const std::string& to);

struct CommandResult {
  int exit_code = 0;
  std::string output;  // stdout and stderr together
};
// Runs `lmsim <arguments>` through the shell; arguments are passed as written.
CommandResult run_lmsim(const std::string& arguments);
// Runs any shell command, capturing stdout and stderr.
CommandResult run_shell(const std::string& command);

}  // namespace lmsim::test
