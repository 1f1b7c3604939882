// Unit tests of engine/atomic_output: an existing result is refused unless overwrite is set and
// never touched before commit(); the temporary file (a short name, locked) is removed unless
// committed; commit() renames it to the final name and, without overwrite, never replaces a file
// that appeared meanwhile; stale temporaries are removed only when no process holds them; an
// output that is one of the inputs is refused.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/atomic_output.hpp"
#include "engine/error.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using lmsim::AtomicOutput;
using lmsim::InputError;
using lmsim::LockedTemporary;
using lmsim::RuntimeError;
using lmsim::test::read_text;
using lmsim::test::TempDir;
using lmsim::test::write_text;

std::size_t files_in(const fs::path& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++count;
  return count;
}

}  // namespace

TEST_CASE("AtomicOutput writes beside the final file under a short temporary name", "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  AtomicOutput output(final_path, false);
  CHECK(output.final_path() == final_path);
  CHECK(output.temporary_path().parent_path() == final_path.parent_path());
  CHECK(lmsim::is_temporary_name(output.temporary_path().filename().string()));
  CHECK(output.temporary_path().filename().string().size() == 17);
  CHECK(fs::is_regular_file(output.temporary_path()));
  CHECK_FALSE(fs::exists(final_path));
}

TEST_CASE("the temporary file has the permissions the umask gives a new file", "[engine]") {
  // mkstemp makes files its owner alone can read; a result must be readable as any other file.
  TempDir folder;
  const mode_t previous = ::umask(027);
  {
    AtomicOutput output(folder / "result.h5", false);
    CHECK((fs::status(output.temporary_path()).permissions() & fs::perms::all) ==
          static_cast<fs::perms>(0640));
  }
  {
    LockedTemporary annex(folder.path(), LockedTemporary::Kind::kFolder);
    CHECK((fs::status(annex.path()).permissions() & fs::perms::all) ==
          static_cast<fs::perms>(0750));
  }
  ::umask(previous);
}

TEST_CASE("AtomicOutput publishes under the longest name the file system allows", "[engine]") {
  // A temporary name made of the final one and a suffix would pass the limit (255 bytes here).
  TempDir folder;
  const long name_max = ::pathconf(folder.path().c_str(), _PC_NAME_MAX);
  REQUIRE(name_max > 20);
  const auto final_path =
      folder / (std::string(static_cast<std::size_t>(name_max) - 3, 'r') + ".h5");
  {
    AtomicOutput output(final_path, false);
    write_text(output.temporary_path(), "complete");
    REQUIRE_NOTHROW(output.commit());
  }
  CHECK(read_text(final_path) == "complete");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("AtomicOutput refuses a name longer than the file system allows, before any work",
          "[engine]") {
  TempDir folder;
  const long name_max = ::pathconf(folder.path().c_str(), _PC_NAME_MAX);
  const auto final_path = folder / std::string(static_cast<std::size_t>(name_max) + 1, 'r');
  try {
    AtomicOutput output(final_path, true);
    FAIL("a name longer than the file system allows accepted");
  } catch (const InputError& error) {
    CHECK(error.where().file == final_path.string());
    CHECK_THAT(error.what(), Contains("bytes long; the file system of"));
  }
  CHECK(files_in(folder.path()) == 0);
}

TEST_CASE("AtomicOutput::commit without overwrite never replaces a file that appeared meanwhile",
          "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  {
    AtomicOutput output(final_path, false);
    write_text(output.temporary_path(), "this run's result");
    write_text(final_path, "another process's result");  // published while this one worked
    try {
      output.commit();
      FAIL("the other result was replaced");
    } catch (const RuntimeError& error) {
      CHECK_THAT(error.what(), Contains(final_path.string() + ": another process created"));
    }
  }
  CHECK(read_text(final_path) == "another process's result");
  CHECK(files_in(folder.path()) == 1);  // the temporary file is gone
}

TEST_CASE("stale temporary files are removed, those a live process holds are kept", "[engine]") {
  TempDir folder;
  write_text(folder / ".lmsim.tmp.a1B2c3", "left by a killed run");
  write_text(folder / ".lmsim.tmp.toolong", "not lmsim's name");
  write_text(folder / "notes.txt", "the user's");
  fs::create_directory(folder / ".lmsim.tmp.d4E5f6");
  write_text(folder / ".lmsim.tmp.d4E5f6" / "table.csv", "a killed run's folder");
  LockedTemporary held_file(folder.path(), LockedTemporary::Kind::kFile);
  LockedTemporary held_folder(folder.path(), LockedTemporary::Kind::kFolder);
  write_text(held_folder.path() / "table.csv", "being written");
  {
    // The lock is per open file: a second AtomicOutput in this process cannot take the held ones.
    AtomicOutput output(folder / "result.h5", false);
    CHECK_FALSE(fs::exists(folder / ".lmsim.tmp.a1B2c3"));
    CHECK_FALSE(fs::exists(folder / ".lmsim.tmp.d4E5f6"));
    CHECK(fs::exists(folder / ".lmsim.tmp.toolong"));
    CHECK(fs::exists(folder / "notes.txt"));
    CHECK(fs::exists(held_file.path()));
    CHECK(read_text(held_folder.path() / "table.csv") == "being written");
  }
}

TEST_CASE("a temporary folder is published without replacing, or exchanged with overwrite",
          "[engine]") {
  TempDir folder;
  const auto annex = folder / "annex";
  {
    LockedTemporary first(folder.path(), LockedTemporary::Kind::kFolder);
    write_text(first.path() / "index.html", "first");
    first.publish(annex, false);
  }
  CHECK(read_text(annex / "index.html") == "first");
  {
    LockedTemporary second(folder.path(), LockedTemporary::Kind::kFolder);
    write_text(second.path() / "index.html", "second");
    CHECK_THROWS_WITH(second.publish(annex, false), Contains(annex.string() + ": another"));
  }
  CHECK(read_text(annex / "index.html") == "first");
  {
    LockedTemporary third(folder.path(), LockedTemporary::Kind::kFolder);
    write_text(third.path() / "index.html", "third");
    third.publish(annex, true);
  }
  CHECK(read_text(annex / "index.html") == "third");
  CHECK(files_in(folder.path()) == 1);  // the old folder is removed
}

TEST_CASE("an output that is an input is refused however the path is spelt", "[engine]") {
  TempDir folder;
  fs::create_directory(folder / "data");
  write_text(folder / "data" / "input.csv", "a,b\n");
  write_text(folder / "other.csv", "a,b\n");
  fs::create_symlink(folder / "data" / "input.csv", folder / "link.csv");
  fs::create_directory_symlink(folder / "data", folder / "data-link");
  const std::vector<fs::path> inputs = {folder / "data" / "input.csv"};
  const fs::path here = fs::current_path();
  fs::current_path(folder / "data");
  for (const fs::path& out :
       {fs::path("./input.csv"), fs::path("../data/input.csv"),
        fs::path("../..") / folder.path().filename() / "data" / "input.csv", folder / "link.csv",
        folder / "data-link" / "input.csv", fs::path("input.csv")}) {
    INFO(out);
    CHECK_THROWS_WITH(lmsim::refuse_output_onto_inputs(out, inputs),
                      Contains("output is the input " + inputs[0].string()));
  }
  CHECK_NOTHROW(lmsim::refuse_output_onto_inputs(folder / "other.csv", inputs));
  CHECK_NOTHROW(lmsim::refuse_output_onto_inputs(folder / "new.h5", inputs));
  fs::current_path(here);
}

TEST_CASE("AtomicOutput refuses an existing file without overwrite and leaves it untouched",
          "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  write_text(final_path, "precious");
  try {
    AtomicOutput output(final_path, false);
    FAIL("existing file accepted without overwrite");
  } catch (const InputError& error) {
    CHECK(error.where().file == final_path.string());
    CHECK_THAT(error.what(), Contains("already exists"));
    CHECK_THAT(error.what(), Contains("--overwrite"));
  }
  CHECK(read_text(final_path) == "precious");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("AtomicOutput refuses a folder, pipe or device as the output, even with overwrite",
          "[engine]") {
  TempDir folder;
  const auto pipe = folder / "pipe";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  fs::create_directory(folder / "sub");
  for (const fs::path& target : {pipe, folder / "sub", fs::path("/dev/null")}) {
    for (const bool overwrite : {false, true}) {
      try {
        AtomicOutput output(target, overwrite);
        FAIL(target.string() + " accepted as an output file");
      } catch (const InputError& error) {
        CHECK(error.where().file == target.string());
        CHECK_THAT(error.what(), Contains("not a regular file"));
      }
    }
  }
  CHECK(fs::is_fifo(pipe));
  CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("AtomicOutput says why it cannot write in the output folder", "[engine]") {
  // /proc/1 exists on every Linux system and nobody, root included, may create files in it.
  try {
    AtomicOutput output("/proc/1/result.h5", false);
    FAIL("a folder without write access accepted");
  } catch (const InputError& error) {
    CHECK_THAT(error.what(), Contains("cannot write in output folder /proc/1: "));
  }
}

TEST_CASE("AtomicOutput replaces a symbolic link with overwrite, leaving its target alone",
          "[engine]") {
  TempDir folder;
  write_text(folder / "target.h5", "target");
  fs::create_symlink(folder / "target.h5", folder / "link.h5");
  {
    AtomicOutput output(folder / "link.h5", true);
    write_text(output.temporary_path(), "new");
    output.commit();
  }
  CHECK_FALSE(fs::is_symlink(folder / "link.h5"));
  CHECK(read_text(folder / "link.h5") == "new");
  CHECK(read_text(folder / "target.h5") == "target");
}

TEST_CASE("AtomicOutput removes the temporary file when not committed", "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  fs::path temporary;
  {
    AtomicOutput output(final_path, false);
    temporary = output.temporary_path();
    write_text(temporary, "half-written");
    REQUIRE(fs::exists(temporary));
  }
  CHECK_FALSE(fs::exists(temporary));
  CHECK_FALSE(fs::exists(final_path));
  CHECK(files_in(folder.path()) == 0);
}

TEST_CASE("AtomicOutput keeps an existing file when an overwriting run is not committed",
          "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  write_text(final_path, "old");
  {
    AtomicOutput output(final_path, true);
    write_text(output.temporary_path(), "new but unfinished");
  }
  CHECK(read_text(final_path) == "old");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("AtomicOutput::commit renames the temporary file to the final name", "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  fs::path temporary;
  {
    AtomicOutput output(final_path, false);
    temporary = output.temporary_path();
    write_text(temporary, "complete");
    CHECK_FALSE(fs::exists(final_path));
    output.commit();
    CHECK(read_text(final_path) == "complete");
    CHECK_FALSE(fs::exists(temporary));
  }
  // The destructor of a committed output leaves the result alone.
  CHECK(read_text(final_path) == "complete");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("AtomicOutput::commit with overwrite replaces the existing file", "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  write_text(final_path, "old result");
  {
    AtomicOutput output(final_path, true);
    write_text(output.temporary_path(), "new result");
    CHECK(read_text(final_path) == "old result");  // untouched until commit
    output.commit();
  }
  CHECK(read_text(final_path) == "new result");
  CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("AtomicOutput refuses a missing folder, with or without overwrite", "[engine]") {
  TempDir folder;
  const auto final_path = folder.path() / "missing" / "result.h5";
  for (const bool overwrite : {false, true}) {
    INFO("overwrite " << overwrite);
    try {
      AtomicOutput output(final_path, overwrite);
      FAIL("missing folder accepted");
    } catch (const InputError& error) {
      CHECK(error.where().file == final_path.string());
      CHECK_THAT(error.what(), Contains("output folder"));
      CHECK_THAT(error.what(), Contains("does not exist"));
    }
  }
  CHECK_FALSE(fs::exists(folder.path() / "missing"));
}

TEST_CASE("AtomicOutput::commit fails when the temporary file is gone and leaves the old file",
          "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  write_text(final_path, "old");
  AtomicOutput output(final_path, true);
  fs::remove(output.temporary_path());
  CHECK_THROWS_AS(output.commit(), lmsim::RuntimeError);
  CHECK(read_text(final_path) == "old");
}
