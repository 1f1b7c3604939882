#include "engine/atomic_output.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <system_error>

#include "engine/error.hpp"

namespace lmsim {
namespace {

// Paths of the live temporary files, readable from a signal handler (plain char arrays, no
// allocation). A handful is plenty: one per output of the running command.
constexpr std::size_t kMaxLive = 8;
std::array<std::array<char, 4096>, kMaxLive> g_live_paths{};
std::array<std::atomic<bool>, kMaxLive> g_live_used{};

int register_live(const std::string& path) {
  for (std::size_t i = 0; i < kMaxLive; ++i) {
    bool expected = false;
    if (g_live_used[i].compare_exchange_strong(expected, true)) {
      std::strncpy(g_live_paths[i].data(), path.c_str(), g_live_paths[i].size() - 1);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_live(int slot) {
  if (slot >= 0) g_live_used[static_cast<std::size_t>(slot)] = false;
}

extern "C" void remove_live_files_and_exit(int signal_number) {
  for (std::size_t i = 0; i < kMaxLive; ++i) {
    if (g_live_used[i]) ::unlink(g_live_paths[i].data());
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

void AtomicOutput::check(const std::filesystem::path& final_path, bool overwrite) {
  std::error_code ec;
  // The finished file is renamed onto the final name, which would replace a device, a pipe or a
  // socket there (--out /dev/null) with a regular file; a folder cannot be replaced at all. A
  // symbolic link is replaced by the file, its target left alone.
  const auto type = std::filesystem::symlink_status(final_path, ec).type();
  if (type != std::filesystem::file_type::not_found && type != std::filesystem::file_type::none &&
      type != std::filesystem::file_type::regular && type != std::filesystem::file_type::symlink) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "output exists and is not a regular file (a folder, device or pipe); name a "
                     "file for the results");
  }
  if (std::filesystem::exists(final_path, ec) && !overwrite) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "output file already exists; pass --overwrite to replace it");
  }
  const auto folder =
      final_path.has_parent_path() ? final_path.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(folder, ec)) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "output folder " + folder.string() + " does not exist");
  }
  // The temporary file is created in the folder: say why it cannot be (permission, read-only
  // disk) now, rather than as a failed HDF5 call after the run.
  if (::access(folder.c_str(), W_OK | X_OK) != 0) {
    throw InputError(
        {final_path.string(), 0, 0, ""},
        "cannot write in output folder " + folder.string() + ": " + std::strerror(errno));
  }
}

AtomicOutput::AtomicOutput(std::filesystem::path final_path, bool overwrite)
    : final_(std::move(final_path)) {
  check(final_, overwrite);
  temporary_ = final_;
  temporary_ += ".tmp." + std::to_string(::getpid());
  slot_ = register_live(temporary_.string());
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) {
    std::error_code ec;
    std::filesystem::remove(temporary_, ec);
  }
  unregister_live(slot_);
}

void AtomicOutput::commit() {
  std::error_code ec;
  std::filesystem::rename(temporary_, final_, ec);
  if (ec) {
    throw RuntimeError("cannot move " + temporary_.string() + " to " + final_.string() + ": " +
                       ec.message());
  }
  committed_ = true;
}

void install_temporary_file_cleanup() {
  std::signal(SIGINT, remove_live_files_and_exit);
  std::signal(SIGTERM, remove_live_files_and_exit);
}

}  // namespace lmsim
