// Unit tests of engine/sweep/point_journal: finished points come back exactly on resume; a record
// cut short by a kill is dropped and overwritten by the next one; a journal of another sweep is
// refused; a full disk is a clear error.
#include <catch2/catch.hpp>

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
