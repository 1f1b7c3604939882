// The points a running sweep has finished, appended to a journal file (OUT.partial) as each one
// finishes and flushed to disk before the next, so that a sweep killed at any moment, even by
// SIGKILL, loses only the points in flight: `lmsim sweep --resume` reads the journal back and
// runs only what is missing. The result file itself is written once, at the end, under a
// temporary name and renamed, so it is either complete or absent.
//
// Layout (little-endian, as written by the machine): a header of five 64-bit words (magic,
// format version, fingerprint of the sweep, points, values per point), then one record per
// finished point: point index, its values as doubles, and an FNV-1a checksum of both. A record
// cut short by a kill fails its checksum and is dropped.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <vector>

namespace lmsim::sweep {

struct JournalHeader {
  std::uint64_t fingerprint = 0;  // of everything that decides the results (docs/sweep.md)
  std::uint64_t points = 0;
  std::uint64_t values_per_point = 0;
};

// What create does with a file already at the journal's path that no running sweep holds.
enum class IfJournalExists {
  kReplace,  // start afresh (--overwrite)
  kRefuse,   // InputError: it is the journal of an interrupted sweep, for --resume
};

class PointJournal {
 public:
  // Starts an empty journal at `path`. Every journal is locked while its sweep runs: a second
  // sweep on the same journal is refused (InputError) whatever `if_exists` says. A FIFO, socket
  // or folder at `path` is refused too (a FIFO would block).
  static PointJournal create(const std::filesystem::path& path, const JournalHeader& header,
                             IfJournalExists if_exists = IfJournalExists::kReplace);
  // Opens the journal of an interrupted sweep and reads its finished points into `done`;
  // throws InputError if the journal belongs to another sweep, another sweep is writing it or
  // it is not a regular file. A damaged tail is cut off; no more records than the sweep has
  // points are read, so a journal that grows while it is read cannot keep the reader busy.
  static PointJournal resume(const std::filesystem::path& path, const JournalHeader& header,
                             std::map<std::size_t, std::vector<double>>& done);

  PointJournal(PointJournal&& other) noexcept;
  PointJournal& operator=(PointJournal&&) = delete;
  PointJournal(const PointJournal&) = delete;
  ~PointJournal();

  // Appends a finished point and flushes it to disk (fdatasync); throws RuntimeError when the
  // disk refuses (full, removed).
  void append(std::size_t point, const std::vector<double>& values);
  // Closes and deletes the journal (once the result file is in place).
  void remove();
  const std::filesystem::path& path() const { return path_; }

 private:
  PointJournal(std::filesystem::path path, int fd, JournalHeader header);
  std::filesystem::path path_;
  int fd_ = -1;
  JournalHeader header_;
};

}  // namespace lmsim::sweep
