#include "tests/support/temp_dir.hpp"

#include "engine/atomic_output.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace lmsim::test {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device device;
  path_ = std::filesystem::temp_directory_path() /
          ("lmsim-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
           std::to_string(device()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path source_dir() {
  return LMSIM_SOURCE_DIR;
}
std::filesystem::path default_data_dir() {
  return source_dir() / "scenarios" / "data";
}

std::filesystem::path copy_default_data(const TempDir& folder) {
  const auto target = folder / "data";
  std::filesystem::copy(default_data_dir(), target, std::filesystem::copy_options::recursive);
  return target;
}

bool has_temporary_folders(const std::filesystem::path& folder) {
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (is_temporary_name(entry.path().filename().string())) return true;
  }
  return false;
}

std::string quoted(const std::filesystem::path& path) {
  return "'" + path.string() + "'";
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_text(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
}

void replace_in_file(const std::filesystem::path& file, const std::string& from,
                     const std::string& to) {
  std::string text = read_text(file);
  const auto at = text.find(from);
  if (at == std::string::npos)
    throw std::runtime_error("'" + from + "' not found in " + file.string());
  text.replace(at, from.size(), to);
  write_text(file, text);
}

CommandResult run_lmsim(const std::string& arguments) {
  return run_shell(std::string(LMSIM_BINARY) + " " + arguments);
}

CommandResult run_shell(const std::string& shell_command) {
  const std::string command = shell_command + " 2>&1";
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace lmsim::test
