#include "engine/sweep/point_journal.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "engine/checksum.hpp"
#include "engine/error.hpp"

namespace lmsim::sweep {
namespace {

constexpr std::uint64_t kMagic = 0x4a57535f4d49534cULL;  // "LMSIM_SWJ" in little-endian bytes
constexpr std::uint64_t kFormatVersion = 1;
constexpr std::size_t kHeaderWords = 5;

std::string system_error(const std::string& what, const std::filesystem::path& path) {
  return "cannot " + what + " the sweep journal " + path.string() + ": " + std::strerror(errno);
}

void write_all(int fd, const void* data, std::size_t bytes, const std::filesystem::path& path) {
  const auto* p = static_cast<const char*>(data);
  while (bytes > 0) {
    const ssize_t written = ::write(fd, p, bytes);
    if (written < 0) {
      if (errno == EINTR) continue;
      throw RuntimeError(system_error("write", path));
    }
    p += written;
    bytes -= static_cast<std::size_t>(written);
  }
}

// Reads up to `bytes`; returns how many were read (fewer only at the end of the file).
std::size_t read_up_to(int fd, void* data, std::size_t bytes, const std::filesystem::path& path) {
  auto* p = static_cast<char*>(data);
  std::size_t done = 0;
  while (done < bytes) {
    const ssize_t got = ::read(fd, p + done, bytes - done);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw RuntimeError(system_error("read", path));
    }
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  return done;
}

std::uint64_t record_checksum(std::uint64_t point, const double* values, std::size_t count) {
  return fnv1a(values, count * sizeof(double), fnv1a(&point, sizeof point));
}

// One sweep at a time per journal: a second process (a requeued job overlapping the first, say)
// would interleave its records with the first one's.
void lock_for_this_sweep(int fd, const std::filesystem::path& path) {
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK) {
      throw InputError({path.string(), 0, 0, ""},
                       "another lmsim sweep is running on this journal; wait for it to end");
    }
    throw RuntimeError(system_error("lock", path));
  }
}

[[noreturn]] void refuse_not_a_file(const std::filesystem::path& path) {
  throw InputError({path.string(), 0, 0, ""},
                   "is not a regular file (a folder, FIFO or device); remove it or choose "
                   "another --out");
}

// Opening a journal never blocks (O_NONBLOCK: a FIFO with no reader or writer would), and what
// is there must be able to hold one: `readable` asks for a regular file, otherwise a device
// such as /dev/full passes (its writes fail with a clear error).
void require_journal_file(int fd, const std::filesystem::path& path, bool readable) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) throw RuntimeError(system_error("open", path));
  const bool regular = S_ISREG(info.st_mode);
  if (!regular && (readable || !S_ISCHR(info.st_mode))) refuse_not_a_file(path);
  // Back to blocking writes, as for any file.
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
    throw RuntimeError(system_error("open", path));
  }
}

// A new journal, or the file already there (`existed`).
int open_for_writing(const std::filesystem::path& path, bool& existed) {
  constexpr int kFlags = O_WRONLY | O_NONBLOCK | O_CLOEXEC;
  int fd = ::open(path.c_str(), kFlags | O_CREAT | O_EXCL, 0644);
  existed = fd < 0 && errno == EEXIST;
  if (existed) fd = ::open(path.c_str(), kFlags);
  if (fd < 0) {
    // ENXIO: a FIFO that nothing reads; EISDIR: a folder.
    if (errno == ENXIO || errno == EISDIR) refuse_not_a_file(path);
    throw RuntimeError(system_error("create", path));
  }
  return fd;
}

// The journal's folder entry on disk too, so that a power cut after its creation cannot lose the
// file with the points recorded in it.
void sync_folder_of(const std::filesystem::path& path) {
  const std::filesystem::path folder =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // a folder that cannot be opened for reading cannot be synced either
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

PointJournal::PointJournal(std::filesystem::path path, int fd, JournalHeader header)
    : path_(std::move(path)), fd_(fd), header_(header) {}

PointJournal::PointJournal(PointJournal&& other) noexcept
    : path_(std::move(other.path_)), fd_(other.fd_), header_(other.header_) {
  other.fd_ = -1;
}

PointJournal::~PointJournal() {
  if (fd_ >= 0) ::close(fd_);
}

PointJournal PointJournal::create(const std::filesystem::path& path, const JournalHeader& header,
                                  IfJournalExists if_exists) {
  bool existed = false;
  const int fd = open_for_writing(path, existed);
  PointJournal journal(path, fd, header);
  require_journal_file(fd, path, false);
  lock_for_this_sweep(fd, path);
  // Only once locked: a journal that another sweep is writing is that sweep's, not one left by
  // an interrupted sweep.
  if (existed && if_exists == IfJournalExists::kRefuse) {
    throw InputError({path.string(), 0, 0, ""},
                     "an interrupted sweep left this journal: finish it with --resume, or start "
                     "again with --overwrite");
  }
  // Emptied only once locked, so that a journal another sweep is writing is never cut; a device
  // such as /dev/full cannot be truncated (EINVAL) and is left to fail at the first write.
  if (::ftruncate(fd, 0) != 0 && errno != EINVAL) throw RuntimeError(system_error("create", path));
  const std::uint64_t words[kHeaderWords] = {kMagic, kFormatVersion, header.fingerprint,
                                             header.points, header.values_per_point};
  write_all(fd, words, sizeof words, path);
  if (::fdatasync(fd) != 0) throw RuntimeError(system_error("flush", path));
  sync_folder_of(path);
  return journal;
}

PointJournal PointJournal::resume(const std::filesystem::path& path, const JournalHeader& header,
                                  std::map<std::size_t, std::vector<double>>& done) {
  const int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == EISDIR) refuse_not_a_file(path);
    throw InputError({path.string(), 0, 0, ""},
                     errno == ENOENT ? "no journal of an interrupted sweep here: nothing to "
                                       "resume (run the sweep without --resume)"
                                     : std::string("cannot open: ") + std::strerror(errno));
  }
  PointJournal journal(path, fd, header);
  require_journal_file(fd, path, true);
  lock_for_this_sweep(fd, path);
  std::uint64_t words[kHeaderWords] = {};
  if (read_up_to(fd, words, sizeof words, path) != sizeof words || words[0] != kMagic ||
      words[1] != kFormatVersion) {
    throw InputError({path.string(), 0, 0, ""},
                     "not a sweep journal of this version of lmsim; remove it and run the sweep "
                     "again without --resume");
  }
  if (words[2] != header.fingerprint || words[3] != header.points ||
      words[4] != header.values_per_point) {
    throw InputError({path.string(), 0, 0, ""},
                     "this journal was left by a different sweep (another sweep file, scenario, "
                     "data set or lmsim version); remove it, or start again with --overwrite "
                     "instead of --resume");
  }
  const std::size_t values = header.values_per_point;
  std::vector<double> record(values);
  off_t good_end = static_cast<off_t>(sizeof words);
  for (std::uint64_t records = 0; records < header.points; ++records) {
    std::uint64_t point = 0;
    std::uint64_t checksum = 0;
    if (read_up_to(fd, &point, sizeof point, path) != sizeof point) break;
    if (read_up_to(fd, record.data(), values * sizeof(double), path) != values * sizeof(double))
      break;
    if (read_up_to(fd, &checksum, sizeof checksum, path) != sizeof checksum) break;
    if (checksum != record_checksum(point, record.data(), values) || point >= header.points) break;
    done.emplace(static_cast<std::size_t>(point), record);
    good_end += static_cast<off_t>((2 + values) * sizeof(std::uint64_t));
  }
  // Cut off a record that a kill left half written, so that new records follow good ones.
  if (::ftruncate(fd, good_end) != 0 || ::lseek(fd, good_end, SEEK_SET) < 0) {
    throw RuntimeError(system_error("repair", path));
  }
  return journal;
}

void PointJournal::append(std::size_t point, const std::vector<double>& values) {
  if (values.size() != header_.values_per_point) {
    throw std::logic_error("sweep journal: a point with the wrong number of values");
  }
  const auto index = static_cast<std::uint64_t>(point);
  const std::uint64_t checksum = record_checksum(index, values.data(), values.size());
  // One write per record, so that a kill can only leave it whole or cut short.
  std::vector<unsigned char> bytes((2 + values.size()) * sizeof(std::uint64_t));
  std::memcpy(bytes.data(), &index, sizeof index);
  std::memcpy(bytes.data() + sizeof index, values.data(), values.size() * sizeof(double));
  std::memcpy(bytes.data() + bytes.size() - sizeof checksum, &checksum, sizeof checksum);
  write_all(fd_, bytes.data(), bytes.size(), path_);
  if (::fdatasync(fd_) != 0) throw RuntimeError(system_error("flush", path_));
}

void PointJournal::remove() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  std::error_code ec;
  std::filesystem::remove(path_, ec);
}

}  // namespace lmsim::sweep
