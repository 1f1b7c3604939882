// Unit tests of engine/atomic_output: an existing result is refused unless overwrite is set and
// never touched before commit(); the temporary file is removed unless committed; commit()
// renames it to the final name.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "engine/atomic_output.hpp"
#include "engine/error.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using lmsim::AtomicOutput;
using lmsim::InputError;
using lmsim::test::read_text;
using lmsim::test::TempDir;
using lmsim::test::write_text;

std::size_t files_in(const fs::path& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++count;
  return count;
}

}  // namespace

TEST_CASE("AtomicOutput writes beside the final file under another name", "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  AtomicOutput output(final_path, false);
  CHECK(output.final_path() == final_path);
  CHECK(output.temporary_path() != final_path);
  CHECK(output.temporary_path().parent_path() == final_path.parent_path());
  CHECK_THAT(output.temporary_path().filename().string(), Contains("result.h5"));
  CHECK_FALSE(fs::exists(final_path));
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

TEST_CASE("AtomicOutput::commit without a written file fails and leaves the old file", "[engine]") {
  TempDir folder;
  const auto final_path = folder / "result.h5";
  write_text(final_path, "old");
  AtomicOutput output(final_path, true);
  CHECK_THROWS_AS(output.commit(), lmsim::RuntimeError);
  CHECK(read_text(final_path) == "old");
}
