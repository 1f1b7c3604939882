#include "engine/atomic_folder.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include "engine/error.hpp"

namespace lmsim {
namespace {

namespace fs = std::filesystem;

volatile std::sig_atomic_t g_interruption = 0;
volatile std::sig_atomic_t g_child = 0;
struct sigaction g_old_int {};
struct sigaction g_old_term {};

extern "C" void note_interruption(int signal_number) {
  g_interruption = signal_number;
  if (g_child > 0) ::kill(static_cast<pid_t>(g_child), signal_number);
}

std::string system_message(int error) {
  return std::error_code(error, std::generic_category()).message();
}

bool same_file(int fd, const fs::path& path) {
  struct stat opened {};
  struct stat named {};
  return ::fstat(fd, &opened) == 0 && ::lstat(path.c_str(), &named) == 0 &&
         opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

// A temporary folder left by a command that was killed: no process holds its lock any more.
// The lock is taken before removing, so two commands never remove the same folder while its
// owner still lives, and the folder is checked to be the one locked.
void remove_if_abandoned(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;
  if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && same_file(fd, folder)) {
    std::error_code ec;
    fs::remove_all(folder, ec);
  }
  ::close(fd);
}

void remove_abandoned_temporary_folders(const fs::path& parent) {
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().rfind(kTemporaryFolderPrefix, 0) == 0 &&
        it->is_directory(ec) && !it->is_symlink(ec)) {
      remove_if_abandoned(it->path());
    }
  }
}

fs::path parent_of(const fs::path& final_path) {
  return final_path.has_parent_path() ? final_path.parent_path() : fs::path(".");
}

bool is_empty_folder(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec) && fs::is_empty(path, ec) && !ec;
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
}

AtomicFolder::AtomicFolder(fs::path final_path, bool overwrite, const ReplaceCheck& replaceable)
    : final_(std::move(final_path)), overwrite_(overwrite) {
  // A trailing slash (--out annex/) names the folder itself, not an empty name inside it.
  if (!final_.has_filename()) final_ = final_.parent_path();
  check(final_, overwrite, replaceable);
  const fs::path parent = parent_of(final_);
  remove_abandoned_temporary_folders(parent);
  // The lock is taken on the folder itself; a folder removed as abandoned between mkdtemp and
  // flock (the window before the lock) is noticed by same_file, and another one is made.
  for (int attempt = 0; attempt < 100 && lock_fd_ < 0; ++attempt) {
    std::string name = (parent / (std::string(kTemporaryFolderPrefix) + "XXXXXX")).string();
    if (::mkdtemp(name.data()) == nullptr) {
      throw RuntimeError("cannot create a temporary folder in " + parent.string() + ": " +
                         system_message(errno));
    }
    const int fd = ::open(name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0 && ::flock(fd, LOCK_EX) == 0 && same_file(fd, name)) {
      temporary_ = name;
      lock_fd_ = fd;
    } else if (fd >= 0) {
      ::close(fd);
    }
  }
  if (lock_fd_ < 0) throw RuntimeError("cannot lock a temporary folder in " + parent.string());
  g_interruption = 0;
  struct sigaction note {};
  note.sa_handler = note_interruption;
  sigemptyset(&note.sa_mask);
  sigaction(SIGINT, &note, &g_old_int);
  sigaction(SIGTERM, &note, &g_old_term);
}

AtomicFolder::~AtomicFolder() {
  if (!published_) {
    std::error_code ec;
    fs::remove_all(temporary_, ec);
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);
  restore_signal_handlers();
}

void AtomicFolder::restore_signal_handlers() {
  g_child = 0;
  sigaction(SIGINT, &g_old_int, nullptr);
  sigaction(SIGTERM, &g_old_term, nullptr);
}

void AtomicFolder::publish() {
  stop_if_interrupted();
  if (::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, final_.c_str(), RENAME_NOREPLACE) == 0) {
    published_ = true;
    return;
  }
  if (errno != EEXIST) {
    throw RuntimeError("cannot move " + temporary_.string() + " to " + final_.string() + ": " +
                       system_message(errno));
  }
  // An empty folder is replaced as it is (rename fails if it is no longer empty).
  if (is_empty_folder(final_) && ::rename(temporary_.c_str(), final_.c_str()) == 0) {
    published_ = true;
    return;
  }
  if (!overwrite_) {
    throw InputError({final_.string(), 0, 0, ""},
                     "the output folder already exists; pass --overwrite to replace it");
  }
  if (::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, final_.c_str(), RENAME_EXCHANGE) != 0) {
    throw RuntimeError("cannot replace " + final_.string() + " by " + temporary_.string() + ": " +
                       system_message(errno));
  }
  published_ = true;
  // The old tree now lies under the temporary name; if this process dies before it is gone,
  // the next command in this folder removes it (it is not locked).
  std::error_code ec;
  fs::remove_all(temporary_, ec);
}

void AtomicFolder::stop_if_interrupted() {
  const int signal_number = g_interruption;
  if (signal_number == 0) return;
  std::error_code ec;
  if (!published_) fs::remove_all(temporary_, ec);
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
