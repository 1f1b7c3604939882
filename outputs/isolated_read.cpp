#include "outputs/isolated_read.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
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

std::string read_all(int fd) {
  std::string text;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      text.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      return text;
    }
  }
}

[[noreturn]] void run_child(const std::filesystem::path& path, ResultFileRead read, int fd) {
  int status = kReadable;
  try {
    read(path);
  } catch (const InputError& error) {
    write_all(fd, error.what());
    status = kRefused;
  } catch (const std::exception& error) {
    write_all(fd, error.what());
    status = kRefused;
  }
  ::_exit(status);  // no destructors or exit handlers of the parent's objects in the child
}

}  // namespace

void check_readable_in_child_process(const std::filesystem::path& path, ResultFileRead read) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw RuntimeError("cannot create a pipe to read " + path.string());
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    throw RuntimeError("cannot start a process to read " + path.string());
  }
  if (child == 0) {
    ::close(pipe_fds[0]);
    run_child(path, read, pipe_fds[1]);
  }
  ::close(pipe_fds[1]);
  const std::string message = read_all(pipe_fds[0]);
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) throw RuntimeError("lost the process reading " + path.string());
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == kReadable) return;
  if (WIFEXITED(status) && WEXITSTATUS(status) == kRefused) throw InputError(message);
  throw InputError({path.string(), 0, 0, ""},
                   "damaged result file: the HDF5 library failed while reading it (truncated or "
                   "corrupted? run lmsim again to write it anew)");
}

}  // namespace lmsim::outputs
