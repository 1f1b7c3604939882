#include "engine/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "engine/error.hpp"

namespace lmsim {
namespace {

// Closes the descriptor however the read ends.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string size_text(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  return std::to_string(bytes) + " bytes";
}

const char* const kNotRegular = "is not a regular file (a folder, FIFO or device)";

[[noreturn]] void refuse_open(const std::filesystem::path& path, const std::string& what,
                              int error) {
  const SourceLocation where{path.string(), 0, 0, ""};
  switch (error) {
    case ENOENT:
      throw InputError(where, what + " not found");
    case ELOOP:
      throw InputError(where, "is a symbolic link that loops (it leads back to itself)");
    case EACCES:
    case EPERM:
      throw InputError(where,
                       "cannot open for reading: permission denied (check that your user may "
                       "read it)");
    case ENOTDIR:
      throw InputError(where, "not found: a part of the path that should be a folder is a file");
    default:
      throw InputError(where, std::string("cannot open for reading: ") + std::strerror(error));
  }
}

void require_regular_file(const Descriptor& fd, const std::filesystem::path& path) {
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    throw RuntimeError("cannot read " + path.string() + ": " + std::strerror(errno));
  }
  if (!S_ISREG(info.st_mode)) throw InputError({path.string(), 0, 0, ""}, kNotRegular);
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path, const std::string& what,
                           std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) refuse_open(path, what, errno);
  require_regular_file(fd, path);
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw RuntimeError("cannot read " + path.string() + ": " + std::strerror(errno));
    }
    if (got == 0) return bytes;
    if (bytes.size() + static_cast<std::size_t>(got) > max_bytes) {
      throw InputError({path.string(), 0, 0, ""},
                       "is larger than " + size_text(max_bytes) +
                           ", the most lmsim reads for this kind of file");
    }
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
}

bool nothing_at(const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::symlink_status(path, ec);
  return status.type() == std::filesystem::file_type::not_found;
}

}  // namespace lmsim
