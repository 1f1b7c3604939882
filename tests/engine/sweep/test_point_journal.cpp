// Unit tests of engine/sweep/point_journal: finished points come back exactly on resume; a record
// cut short by a kill is dropped and overwritten by the next one; a journal of another sweep is
// refused; a full disk is a clear error; a journal another sweep holds is named as such; a FIFO,
// device or folder is refused without blocking; no more records than points are read.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <map>

#include "engine/error.hpp"
#include "engine/sweep/point_journal.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Catch::Matchers::Contains;
using lmsim::sweep::JournalHeader;
using lmsim::sweep::PointJournal;
using lmsim::test::TempDir;
using Done = std::map<std::size_t, std::vector<double>>;

const JournalHeader kHeader{0x1234, 10, 3};

}  // namespace

TEST_CASE("a journal gives back every finished point, bit for bit, and takes more", "[sweep]") {
  const TempDir dir;
  const auto path = dir / "out.h5.partial";
  {
    PointJournal journal = PointJournal::create(path, kHeader);
    journal.append(4, {1.5, -0.0, 1e-300});
    journal.append(0, {std::nan(""), 2.0, 3.0});
  }
  Done done;
  {
    PointJournal journal = PointJournal::resume(path, kHeader, done);
    REQUIRE(done.size() == 2);
    CHECK(done[4] == std::vector<double>{1.5, -0.0, 1e-300});
    CHECK(std::signbit(done[4][1]));
    CHECK(std::isnan(done[0][0]));
    journal.append(9, {7.0, 8.0, 9.0});
  }
  Done again;
  PointJournal journal = PointJournal::resume(path, kHeader, again);
  CHECK(again.size() == 3);
  CHECK(again[9] == std::vector<double>{7.0, 8.0, 9.0});
  journal.remove();
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a record cut short by a kill is dropped and the next one follows the good ones",
          "[sweep]") {
  const TempDir dir;
  const auto path = dir / "out.h5.partial";
  {
    PointJournal journal = PointJournal::create(path, kHeader);
    journal.append(1, {1.0, 1.0, 1.0});
    journal.append(2, {2.0, 2.0, 2.0});
  }
  // A kill in the middle of the second record's write.
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 7);
  {
    Done done;
    PointJournal journal = PointJournal::resume(path, kHeader, done);
    CHECK(done.size() == 1);
    CHECK(done.count(1) == 1);
    journal.append(3, {3.0, 3.0, 3.0});
  }
  Done done;
  PointJournal journal = PointJournal::resume(path, kHeader, done);
  CHECK(done.size() == 2);
  CHECK(done.count(3) == 1);
}

TEST_CASE("the journal of another sweep, or no journal, is refused on resume", "[sweep]") {
  const TempDir dir;
  const auto path = dir / "out.h5.partial";
  { PointJournal journal = PointJournal::create(path, kHeader); }
  Done done;
  JournalHeader other = kHeader;
  other.fingerprint = 0x9999;
  CHECK_THROWS_WITH(PointJournal::resume(path, other, done), Contains("different sweep"));
  other = kHeader;
  other.values_per_point = 4;
  CHECK_THROWS_AS(PointJournal::resume(path, other, done), lmsim::InputError);
  CHECK_THROWS_WITH(PointJournal::resume(dir / "missing.partial", kHeader, done),
                    Contains("nothing to resume"));
  lmsim::test::write_text(dir / "not_a_journal", "hello, this is text, not a journal at all\n");
  CHECK_THROWS_WITH(PointJournal::resume(dir / "not_a_journal", kHeader, done),
                    Contains("not a sweep journal"));
}

TEST_CASE("a journal on a full disk is a clear error", "[sweep]") {
  if (!std::filesystem::exists("/dev/full")) return;  // Linux's always-full device
  CHECK_THROWS_WITH(PointJournal::create("/dev/full", kHeader),
                    Contains("No space left on device"));
}

TEST_CASE("a journal another sweep is writing is refused, and left as it is", "[sweep]") {
  const TempDir dir;
  const auto path = dir / "out.h5.partial";
  PointJournal first = PointJournal::create(path, kHeader);
  first.append(1, {1.0, 2.0, 3.0});
  const auto size = std::filesystem::file_size(path);
  Done done;
  CHECK_THROWS_WITH(PointJournal::create(path, kHeader), Contains("another lmsim sweep"));
  CHECK_THROWS_WITH(PointJournal::resume(path, kHeader, done), Contains("another lmsim sweep"));
  CHECK(std::filesystem::file_size(path) == size);
}

TEST_CASE("a new sweep is told of an interrupted sweep's journal only when none is writing it",
          "[sweep]") {
  const TempDir dir;
  const auto path = dir / "out.h5.partial";
  const auto refuse = lmsim::sweep::IfJournalExists::kRefuse;
  {
    PointJournal running = PointJournal::create(path, kHeader);
    running.append(1, {1.0, 2.0, 3.0});
    CHECK_THROWS_WITH(PointJournal::create(path, kHeader, refuse),
                      Contains("another lmsim sweep is running on this journal"));
  }
  const auto size = std::filesystem::file_size(path);
  CHECK_THROWS_WITH(PointJournal::create(path, kHeader, refuse),
                    Contains("an interrupted sweep left this journal"));
  CHECK(std::filesystem::file_size(path) == size);
  { PointJournal replaced = PointJournal::create(path, kHeader); }
  CHECK(std::filesystem::file_size(path) < size);
  { PointJournal fresh = PointJournal::create(dir / "new.partial", kHeader, refuse); }
  CHECK(std::filesystem::exists(dir / "new.partial"));
}

TEST_CASE("a FIFO, device or folder as the journal is refused without blocking", "[sweep]") {
  const TempDir dir;
  const auto fifo = dir / "fifo.partial";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  Done done;
  CHECK_THROWS_WITH(PointJournal::resume(fifo, kHeader, done), Contains("not a regular file"));
  CHECK_THROWS_WITH(PointJournal::create(fifo, kHeader), Contains("not a regular file"));
  CHECK_THROWS_WITH(PointJournal::resume("/dev/zero", kHeader, done),
                    Contains("not a regular file"));
  CHECK_THROWS_WITH(PointJournal::resume(dir.path(), kHeader, done),
                    Contains("not a regular file"));
  CHECK_THROWS_WITH(PointJournal::create(dir.path(), kHeader), Contains("not a regular file"));
  CHECK(done.empty());
}

TEST_CASE("resume reads no more records than the sweep has points", "[sweep]") {
  const TempDir dir;
  const auto path = dir / "out.h5.partial";
  const JournalHeader two_points{0x1234, 2, 3};
  {
    PointJournal journal = PointJournal::create(path, two_points);
    journal.append(0, {1.0, 1.0, 1.0});
    journal.append(1, {2.0, 2.0, 2.0});
    journal.append(0, {3.0, 3.0, 3.0});  // more than a sweep of two points can have written
  }
  Done done;
  { PointJournal journal = PointJournal::resume(path, two_points, done); }
  CHECK(done.size() == 2);
  CHECK(done[0] == std::vector<double>{1.0, 1.0, 1.0});
  constexpr std::uintmax_t kRecord = (2 + 3) * 8;
  CHECK(std::filesystem::file_size(path) == 5 * 8 + 2 * kRecord);
}
