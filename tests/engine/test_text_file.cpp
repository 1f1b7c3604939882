// Unit tests of engine/text_file: a text input is read whole when it is a regular file within its
// limit; a FIFO (without blocking), a device, a folder, a file over the limit, a missing file and
// a symbolic link that loops are refused with a message that names the file and says which.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "engine/error.hpp"
#include "engine/text_file.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Equals;
using lmsim::InputError;
using lmsim::read_text_file;
using lmsim::test::TempDir;
using lmsim::test::write_text;

std::string refusal(const fs::path& file, std::size_t limit = 1000) {
  try {
    (void)read_text_file(file, "test file", limit);
  } catch (const InputError& error) {
    return error.what();
  }
  FAIL("read_text_file accepted " << file);
  return {};
}

}  // namespace

TEST_CASE("read_text_file reads a regular file whole, up to its limit", "[engine][text_file]") {
  const TempDir tmp;
  const std::string text = "a = 1\n# a comment \xC3\xA9\n";
  write_text(tmp / "t.toml", text);
  CHECK(read_text_file(tmp / "t.toml", "test file", text.size()) == text);
  CHECK_THAT(
      refusal(tmp / "t.toml", text.size() - 1),
      Equals((tmp / "t.toml").string() + ": is larger than " + std::to_string(text.size() - 1) +
             " bytes, the most lmsim reads for this kind of file"));
  write_text(tmp / "empty.toml", "");
  CHECK(read_text_file(tmp / "empty.toml", "test file", 10).empty());
}

TEST_CASE("read_text_file refuses a FIFO, a device and a folder", "[engine][text_file]") {
  const TempDir tmp;
  // Without a writer, opening a FIFO would wait for one for ever; the refusal comes at once.
  REQUIRE(::mkfifo((tmp / "fifo").c_str(), 0600) == 0);
  CHECK_THAT(refusal(tmp / "fifo"), Equals((tmp / "fifo").string() +
                                           ": is not a regular file (a folder, FIFO or device)"));
  CHECK_THAT(refusal("/dev/zero"), Equals("/dev/zero: is not a regular file (a folder, FIFO or "
                                          "device)"));
  CHECK_THAT(refusal(tmp.path()), Catch::Contains("is not a regular file"));
}

TEST_CASE("read_text_file tells a missing file from a symbolic link that loops",
          "[engine][text_file]") {
  const TempDir tmp;
  CHECK_THAT(refusal(tmp / "absent.toml"),
             Equals((tmp / "absent.toml").string() + ": test file not found"));
  fs::create_symlink("loop.toml", tmp / "loop.toml");
  CHECK_THAT(refusal(tmp / "loop.toml"),
             Equals((tmp / "loop.toml").string() +
                    ": is a symbolic link that loops (it leads back to itself)"));
  CHECK_FALSE(lmsim::nothing_at(tmp / "loop.toml"));
  CHECK(lmsim::nothing_at(tmp / "absent.toml"));
  write_text(tmp / "file", "x");
  CHECK_THAT(refusal(tmp / "file" / "below.toml"), Catch::Contains("not found"));
}

TEST_CASE("read_text_file says when a file may not be read", "[engine][text_file]") {
  if (::geteuid() == 0) return;  // root reads every file
  const TempDir tmp;
  write_text(tmp / "secret.toml", "a = 1\n");
  fs::permissions(tmp / "secret.toml", fs::perms::none);
  CHECK_THAT(refusal(tmp / "secret.toml"), Catch::Contains("permission denied"));
}
