#include "outputs/isolated_read.hpp"

#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <string>

#include "engine/error.hpp"

namespace lmsim::outputs {
namespace {

constexpr int kReadable = 0;
constexpr int kRefused = 2;

void write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

// How long the child may take: some damaged files make the HDF5 library loop for ever
// (fuzz/fuzz_result_file found nine). A healthy file is read at well over 20 MB/s even from a
// slow disk, so the limit grows with the size and never cuts a real read short.
std::chrono::milliseconds time_allowed(const std::filesystem::path& path) {
  std::error_code ec;
  const std::uintmax_t bytes = std::filesystem::file_size(path, ec);
  const std::uintmax_t per_20_mb = ec ? 0 : bytes / (20u << 20);
  return std::chrono::milliseconds(10000 + 1000 * static_cast<long>(per_20_mb));
}

// Reads what the child writes until it closes the pipe (it exits); false when the time allowed
// passes first.
bool read_until_closed(int fd, std::chrono::milliseconds allowed, std::string* text) {
  const auto deadline = std::chrono::steady_clock::now() + allowed;
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd wait_for{fd, POLLIN, 0};
    const int ready = ::poll(&wait_for, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;  // time is up, or poll failed: stop the child either way
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      text->append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      return true;
    }
  }
}

[[noreturn]] void run_child(const std::filesystem::path& path, ResultFileRead read, int fd,
                            pid_t parent) {
  // Never outlive lmsim: if it is killed while the library loops, the child goes with it.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(kRefused);
  int status = kReadable;
  try {
    read(path);
  } catch (const InputError& error) {
    write_all(fd, error.what());
    status = kRefused;
  } catch (const std::bad_alloc&) {
    write_all(fd, path.string() + ": not enough memory to read the result file");
    status = kRefused;
  } catch (const std::exception& error) {
    write_all(fd, path.string() + ": cannot read the result file (" + error.what() + ")");
    status = kRefused;
  }
  ::_exit(status);  // no destructors or exit handlers of the parent's objects in the child
}

}  // namespace

void check_readable_in_child_process(const std::filesystem::path& path, ResultFileRead read) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw RuntimeError("cannot create a pipe to read " + path.string());
  const pid_t parent = ::getpid();
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    throw RuntimeError("cannot start a process to read " + path.string());
  }
  if (child == 0) {
    ::close(pipe_fds[0]);
    run_child(path, read, pipe_fds[1], parent);
  }
  ::close(pipe_fds[1]);
  std::string message;
  bool finished = false;
  const std::chrono::milliseconds allowed = time_allowed(path);
  try {
    finished = read_until_closed(pipe_fds[0], allowed, &message);
  } catch (...) {
    ::close(pipe_fds[0]);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    throw;
  }
  ::close(pipe_fds[0]);
  if (!finished) ::kill(child, SIGKILL);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) throw RuntimeError("lost the process reading " + path.string());
  }
  if (!finished) {
    throw InputError({path.string(), 0, 0, ""},
                     "damaged result file: reading it did not finish in " +
                         std::to_string(allowed.count() / 1000) +
                         " s (the HDF5 library loops on some damaged files; run lmsim again to "
                         "write it anew)");
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == kReadable) return;
  if (WIFEXITED(status) && WEXITSTATUS(status) == kRefused) throw InputError(message);
  throw InputError({path.string(), 0, 0, ""},
                   "damaged result file: the HDF5 library failed while reading it (truncated or "
                   "corrupted? run lmsim again to write it anew)");
}

}  // namespace lmsim::outputs
