#include "engine/atomic_output.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>

#include "engine/error.hpp"

namespace lmsim {
namespace {

namespace fs = std::filesystem;

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

fs::path folder_of(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

std::string system_message(int error_number) {
  return std::generic_category().message(error_number);
}

// Whether `path` names the file or folder open as `fd` (a stale-temporary cleaner may have
// removed it between its creation and its lock, see remove_stale_temporaries).
bool names_open_entry(const fs::path& path, int fd) {
  struct stat by_name {};
  struct stat by_fd {};
  return ::lstat(path.c_str(), &by_name) == 0 && ::fstat(fd, &by_fd) == 0 &&
         by_name.st_dev == by_fd.st_dev && by_name.st_ino == by_fd.st_ino;
}

mode_t current_umask() {
  const mode_t mask = ::umask(0);  // the only way to read it is to set it
  ::umask(mask);
  return mask;
}

// Makes a temporary entry in `folder`, open and locked; returns its descriptor.
int make_locked_entry(const fs::path& folder, LockedTemporary::Kind kind, fs::path& path) {
  // A stale-temporary cleaner in another process may take the lock of the new entry before we
  // do and remove it: then the name no longer leads to our entry, and we try again.
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = (folder / kTemporaryPrefix).string() + "XXXXXX";
    int fd = -1;
    if (kind == LockedTemporary::Kind::kFile) {
      fd = ::mkostemp(name.data(), O_CLOEXEC);
    } else if (::mkdtemp(name.data()) != nullptr) {
      fd = ::open(name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (fd < 0) {
      throw RuntimeError("cannot create a temporary file in " + folder.string() + ": " +
                         system_message(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && names_open_entry(name, fd)) {
      // mkstemp and mkdtemp make the entry for its owner alone; a result gets the permissions
      // of any new file (the umask decides), as the file written in place would have.
      ::fchmod(fd, (kind == LockedTemporary::Kind::kFile ? 0666 : 0777) & ~current_umask());
      path = name;
      return fd;
    }
    ::close(fd);
  }
  throw RuntimeError("cannot create a temporary file in " + folder.string() +
                     ": it is removed as soon as it is made");
}

void remove_entry(const fs::path& path, LockedTemporary::Kind kind) {
  std::error_code ec;
  if (kind == LockedTemporary::Kind::kFolder) {
    fs::remove_all(path, ec);
  } else {
    fs::remove(path, ec);
  }
}

// Publishes `from` as `to` where nothing has that name: renameat2 with RENAME_NOREPLACE, or,
// where the file system does not support it, a hard link and the removal of the old name.
void publish_without_replacing(const fs::path& from, const fs::path& to, bool is_folder) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
  int error = errno;
  if ((error == EINVAL || error == ENOSYS) && !is_folder) {
    if (::link(from.c_str(), to.c_str()) == 0) {
      ::unlink(from.c_str());
      return;
    }
    error = errno;
    if (error == EPERM || error == ENOTSUP || error == ENOSYS) error = EINVAL;
  }
  // An empty folder under the name is taken over: rename(2) replaces a folder only while it is
  // empty, so nothing a user put there can be lost.
  if (error == EEXIST && is_folder && ::rename(from.c_str(), to.c_str()) == 0) return;
  if (error == EEXIST) {
    const std::string what = is_folder ? "folder" : "file";
    throw RuntimeError(to.string() + ": another process created this " + what +
                       " while lmsim worked; this result was not kept (pass --overwrite to "
                       "replace the " +
                       what + ")");
  }
  if (error == EINVAL) {
    throw RuntimeError(to.string() + ": the file system of " + folder_of(to).string() +
                       " cannot add a file without replacing one that may have appeared; pass "
                       "--overwrite, or write to another disk");
  }
  throw RuntimeError("cannot move " + from.string() + " to " + to.string() + ": " +
                     system_message(error));
}

// Publishes `from` as `to`, replacing a file there; a folder there is exchanged with `from`,
// which then holds the old folder (returns true then).
bool publish_replacing(const fs::path& from, const fs::path& to, bool is_folder) {
  std::error_code ec;
  if (is_folder && fs::is_directory(fs::symlink_status(to, ec))) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) == 0)
      return true;
  } else if (::rename(from.c_str(), to.c_str()) == 0) {
    return false;
  }
  throw RuntimeError("cannot move " + from.string() + " to " + to.string() + ": " +
                     system_message(errno));
}

}  // namespace

bool is_temporary_name(const std::string& filename) {
  const std::string prefix = kTemporaryPrefix;
  return filename.size() == prefix.size() + 6 && filename.compare(0, prefix.size(), prefix) == 0;
}

LockedTemporary::LockedTemporary(const fs::path& folder, Kind kind) : kind_(kind) {
  fd_ = make_locked_entry(folder, kind, path_);
  if (kind == Kind::kFile) slot_ = register_live(path_.string());
}

LockedTemporary::~LockedTemporary() {
  // A published folder that replaced one leaves the old one here (publish_replacing).
  if (!published_ || holds_replaced_folder_) remove_entry(path_, kind_);
  unregister_live(slot_);
  ::close(fd_);  // releases the lock, after the removal
}

void LockedTemporary::publish(const fs::path& final, bool replace) {
  if (!names_open_entry(path_, fd_)) {
    throw RuntimeError("cannot move " + path_.string() + " to " + final.string() +
                       ": the temporary file was removed or replaced by another program");
  }
  pause_before_publishing_for_tests();
  if (replace) {
    holds_replaced_folder_ = publish_replacing(path_, final, kind_ == Kind::kFolder);
  } else {
    publish_without_replacing(path_, final, kind_ == Kind::kFolder);
  }
  published_ = true;
  unregister_live(slot_);
  slot_ = -1;
}

void remove_stale_temporaries(const fs::path& folder) {
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path path = it->path();
    if (!is_temporary_name(path.filename().string())) continue;
    const bool is_folder = it->is_directory(ec) && !it->is_symlink(ec);
    // Not following a symbolic link: only lmsim's own entries are removed.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) continue;
    // The lock is free only when the process that made the entry is gone. Holding it while
    // removing means no process can take over the entry meanwhile; one that made it a moment ago
    // and has not locked it yet sees it gone and makes another (make_locked_entry).
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && names_open_entry(path, fd)) {
      remove_entry(path, is_folder ? LockedTemporary::Kind::kFolder : LockedTemporary::Kind::kFile);
    }
    ::close(fd);
  }
}

void pause_before_publishing_for_tests() {
  static std::atomic<bool> paused{false};
  const char* fifo = std::getenv("LMSIM_TEST_PAUSE_BEFORE_PUBLISH");
  if (fifo == nullptr || paused.exchange(true)) return;
  const int fd = ::open(fifo, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  // Until every writer has closed it (end of file).
  char byte = 0;
  for (;;) {
    const ssize_t n = ::read(fd, &byte, 1);
    if (n > 0 || (n < 0 && errno == EINTR)) continue;
    break;
  }
  ::close(fd);
}

void check_output_file(const fs::path& final_path, bool overwrite) {
  std::error_code ec;
  // The finished file is renamed onto the final name, which would replace a device, a pipe or a
  // socket there (--out /dev/null) with a regular file; a folder cannot be replaced at all. A
  // symbolic link is replaced by the file, its target left alone.
  const auto type = fs::symlink_status(final_path, ec).type();
  if (type != fs::file_type::not_found && type != fs::file_type::none &&
      type != fs::file_type::regular && type != fs::file_type::symlink) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "output exists and is not a regular file (a folder, device or pipe); name a "
                     "file for the results");
  }
  if (fs::exists(final_path, ec) && !overwrite) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "output file already exists; pass --overwrite to replace it");
  }
  const fs::path folder = folder_of(final_path);
  if (!fs::is_directory(folder, ec)) {
    throw InputError({final_path.string(), 0, 0, ""},
                     "output folder " + folder.string() + " does not exist");
  }
  // The temporary file is created in the folder: say why it cannot be (permission, read-only
  // disk) now, rather than as a failed HDF5 call after the run.
  if (::access(folder.c_str(), W_OK | X_OK) != 0) {
    throw InputError(
        {final_path.string(), 0, 0, ""},
        "cannot write in output folder " + folder.string() + ": " + system_message(errno));
  }
  check_file_name_length(final_path);
}

void check_file_name_length(const fs::path& file) {
  const fs::path folder = folder_of(file);
  const long name_max = ::pathconf(folder.c_str(), _PC_NAME_MAX);
  const std::size_t name_bytes = file.filename().string().size();
  if (name_max > 0 && name_bytes > static_cast<std::size_t>(name_max)) {
    throw InputError({file.string(), 0, 0, ""},
                     "the file name is " + std::to_string(name_bytes) + " bytes long; the file " +
                         "system of " + folder.string() + " allows " + std::to_string(name_max));
  }
}

void refuse_output_onto_inputs(const fs::path& out, const std::vector<fs::path>& inputs) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return;  // a new file cannot be an input
  for (const fs::path& input : inputs) {
    if (fs::equivalent(out, input, ec)) {
      throw InputError({out.string(), 0, 0, ""},
                       "output is the input " + input.string() +
                           " (the same file under another name); write the results elsewhere");
    }
  }
}

namespace {

fs::path checked_folder(const fs::path& final_path, bool overwrite) {
  check_output_file(final_path, overwrite);
  const fs::path folder = folder_of(final_path);
  remove_stale_temporaries(folder);
  return folder;
}

}  // namespace

AtomicOutput::AtomicOutput(fs::path final_path, bool overwrite)
    : final_(std::move(final_path)),
      overwrite_(overwrite),
      temporary_(checked_folder(final_, overwrite), LockedTemporary::Kind::kFile) {}

void AtomicOutput::commit() {
  temporary_.publish(final_, overwrite_);
}

void install_temporary_file_cleanup() {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    // A signal the caller ignores stays ignored (nohup, a background job's SIGINT).
    struct sigaction current {};
    if (::sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN)
      continue;
    std::signal(signal_number, remove_live_files_and_exit);
  }
}

}  // namespace lmsim
