#include "engine/atomic_folder.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <system_error>

#include "engine/error.hpp"

namespace lmsim {
namespace {

namespace fs = std::filesystem;

constexpr std::array<int, 3> kNotedSignals = {SIGINT, SIGTERM, SIGHUP};

volatile std::sig_atomic_t g_interruption = 0;
volatile std::sig_atomic_t g_child = 0;
std::array<struct sigaction, kNotedSignals.size()> g_old_actions{};

extern "C" void note_interruption(int signal_number) {
  g_interruption = signal_number;
  if (g_child > 0) ::kill(static_cast<pid_t>(g_child), signal_number);
}

// Notes the signals instead of dying of them, except one the caller ignores (nohup).
void note_interruptions() {
  g_interruption = 0;
  struct sigaction note {};
  note.sa_handler = note_interruption;
  sigemptyset(&note.sa_mask);
  for (std::size_t i = 0; i < kNotedSignals.size(); ++i) {
    ::sigaction(kNotedSignals[i], nullptr, &g_old_actions[i]);
    if (g_old_actions[i].sa_handler != SIG_IGN) ::sigaction(kNotedSignals[i], &note, nullptr);
  }
}

void restore_signal_handlers() {
  g_child = 0;
  for (std::size_t i = 0; i < kNotedSignals.size(); ++i) {
    ::sigaction(kNotedSignals[i], &g_old_actions[i], nullptr);
  }
}

fs::path without_trailing_slash(fs::path path) {
  // --out annex/ names the folder itself, not an empty name inside it.
  return path.has_filename() ? path : path.parent_path();
}

fs::path parent_of(const fs::path& final_path) {
  return final_path.has_parent_path() ? final_path.parent_path() : fs::path(".");
}

bool is_empty_folder(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec) && fs::is_empty(path, ec) && !ec;
}

// The folder the temporary one is made in, after the checks and the removal of what killed
// commands left there.
fs::path checked_parent(const fs::path& final_path, bool overwrite,
                        const AtomicFolder::ReplaceCheck& replaceable) {
  AtomicFolder::check(final_path, overwrite, replaceable);
  const fs::path parent = parent_of(final_path);
  remove_stale_temporaries(parent);
  return parent;
}

}  // namespace

void AtomicFolder::check(const fs::path& final_path, bool overwrite,
                         const ReplaceCheck& replaceable) {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(final_path, ec);
  if (fs::exists(status)) {
    if (!fs::is_directory(status)) {
      throw InputError({final_path.string(), 0, 0, ""},
                       "exists and is not a folder; choose a new folder for the output");
    }
    if (!is_empty_folder(final_path)) {
      if (!overwrite) {
        throw InputError({final_path.string(), 0, 0, ""},
                         "the output folder already exists; pass --overwrite to replace it");
      }
      if (std::string why = replaceable(final_path); !why.empty()) {
        throw InputError({final_path.string(), 0, 0, ""}, why);
      }
    }
  }
  const fs::path parent = parent_of(final_path);
  if (!fs::is_directory(parent, ec)) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "the folder " + parent.string() + " does not exist");
  }
  if (::access(parent.c_str(), W_OK | X_OK) != 0) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "cannot write in the folder " + parent.string() + ": " + std::strerror(errno));
  }
  check_file_name_length(final_path);
}

AtomicFolder::AtomicFolder(fs::path final_path, bool overwrite, const ReplaceCheck& replaceable)
    : final_(without_trailing_slash(std::move(final_path))),
      overwrite_(overwrite),
      temporary_(checked_parent(final_, overwrite, replaceable), LockedTemporary::Kind::kFolder) {
  note_interruptions();
}

AtomicFolder::~AtomicFolder() {
  restore_signal_handlers();
}

void AtomicFolder::publish() {
  stop_if_interrupted();
  temporary_.publish(final_, overwrite_);
  published_ = true;
}

void AtomicFolder::stop_if_interrupted() {
  const int signal_number = g_interruption;
  if (signal_number == 0) return;
  std::error_code ec;
  if (!published_) fs::remove_all(temporary_.path(), ec);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

int AtomicFolder::interruption() {
  return g_interruption;
}

void AtomicFolder::pass_interruptions_to(int child_pid) {
  g_child = child_pid;
}

}  // namespace lmsim
