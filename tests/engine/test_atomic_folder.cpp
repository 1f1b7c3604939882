// Unit tests of engine/atomic_folder: a folder appears under its final name only when published,
// complete; an existing folder is refused, or with overwrite swapped whole; nothing temporary is
// left; a temporary folder left by a killed command is removed by the next one, a live one is
// not.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "engine/atomic_folder.hpp"
#include "engine/error.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using lmsim::AtomicFolder;
using lmsim::InputError;
using lmsim::kTemporaryPrefix;
using lmsim::test::read_text;
using lmsim::test::TempDir;
using lmsim::test::write_text;

std::string accept_any(const fs::path& /*folder*/) {
  return "";
}

std::size_t temporary_folders_in(const fs::path& parent) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(parent)) {
    if (lmsim::is_temporary_name(entry.path().filename().string())) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("AtomicFolder publishes a complete folder under the final name", "[engine]") {
  TempDir parent;
  const fs::path final_path = parent / "export";
  {
    AtomicFolder folder(final_path, false, accept_any);
    CHECK(folder.temporary_path().parent_path() == final_path.parent_path());
    write_text(folder.temporary_path() / "a.csv", "x\n1\n");
    CHECK_FALSE(fs::exists(final_path));
    folder.publish();
  }
  CHECK(read_text(final_path / "a.csv") == "x\n1\n");
  CHECK(temporary_folders_in(parent.path()) == 0);
}

TEST_CASE("AtomicFolder that is not published leaves nothing", "[engine]") {
  TempDir parent;
  const fs::path final_path = parent / "export";
  {
    AtomicFolder folder(final_path, false, accept_any);
    write_text(folder.temporary_path() / "a.csv", "x\n1\n");
  }
  CHECK_FALSE(fs::exists(final_path));
  CHECK(temporary_folders_in(parent.path()) == 0);
}

TEST_CASE("AtomicFolder refuses an existing folder without overwrite and leaves it", "[engine]") {
  TempDir parent;
  const fs::path final_path = parent / "export";
  fs::create_directory(final_path);
  write_text(final_path / "old.csv", "old\n");
  CHECK_THROWS_AS(AtomicFolder(final_path, false, accept_any), InputError);
  CHECK(read_text(final_path / "old.csv") == "old\n");
  CHECK(temporary_folders_in(parent.path()) == 0);
}

TEST_CASE("AtomicFolder with overwrite swaps the whole folder", "[engine]") {
  TempDir parent;
  const fs::path final_path = parent / "export";
  fs::create_directory(final_path);
  write_text(final_path / "old.csv", "old\n");
  {
    AtomicFolder folder(final_path, true, accept_any);
    write_text(folder.temporary_path() / "new.csv", "new\n");
    CHECK(read_text(final_path / "old.csv") == "old\n");  // untouched until published
    folder.publish();
  }
  CHECK(read_text(final_path / "new.csv") == "new\n");
  CHECK_FALSE(fs::exists(final_path / "old.csv"));
  CHECK(temporary_folders_in(parent.path()) == 0);
}

TEST_CASE("AtomicFolder with overwrite refuses a folder its check rejects", "[engine]") {
  TempDir parent;
  const fs::path final_path = parent / "export";
  fs::create_directory(final_path);
  write_text(final_path / "notes.txt", "mine\n");
  const auto refuse = [](const fs::path& /*folder*/) { return std::string("not an export"); };
  CHECK_THROWS_AS(AtomicFolder(final_path, true, refuse), InputError);
  CHECK(read_text(final_path / "notes.txt") == "mine\n");
}

TEST_CASE("AtomicFolder removes a killed command's temporary folder, not a live one's",
          "[engine]") {
  TempDir parent;
  // What kill -9 leaves: a temporary folder that no process holds locked.
  const fs::path stale = parent / (std::string(kTemporaryPrefix) + "stale1");
  fs::create_directory(stale);
  write_text(stale / "half.csv", "x\n");
  AtomicFolder live(parent / "first", false, accept_any);
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(live.temporary_path()));
  AtomicFolder second(parent / "second", false, accept_any);
  CHECK(fs::exists(live.temporary_path()));  // locked by `live`: still in use
  CHECK(temporary_folders_in(parent.path()) == 2);
}
