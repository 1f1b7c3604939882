// lmsim run killed with SIGKILL (which no process can catch or clean up after) at several points
// of its work: right after it starts, when its temporary file (.lmsim.tmp.XXXXXX in the folder of
// OUT) appears, and when that file has grown past 1 MB. The final name must never hold a partial
// file: an earlier result there stays byte for byte as it was, and where there was none there still
// is none. Leftover temporary files are expected (a killed process cannot remove them; the next run
// in the folder does, tests/cli/test_output_publishing.cpp).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "tests/support/temp_dir.hpp"

extern char** environ;  // NOLINT: POSIX

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

enum class KillPoint { kRightAfterStart, kTemporaryFileAppears, kTemporaryFilePast1MB };

const char* describe(KillPoint point) {
  switch (point) {
    case KillPoint::kRightAfterStart:
      return "right after the start";
    case KillPoint::kTemporaryFileAppears:
      return "when the temporary file appears";
    case KillPoint::kTemporaryFilePast1MB:
      return "when the temporary file is past 1 MB";
  }
  return "?";
}

struct Attempt {
  bool reached = false;         // the kill point was reached while the run was still going
  bool killed = false;          // the run ended by SIGKILL (not by finishing)
  bool temporary_left = false;  // the temporary file exists afterwards: no rename happened
  fs::path temporary;
};

// lmsim's temporary file in `folder`, or an empty path where there is none.
fs::path temporary_in(const fs::path& folder) {
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().rfind(".lmsim.tmp.", 0) == 0) return it->path();
  }
  return {};
}

// Starts `lmsim run baseline --out OUT --overwrite --quiet`, kills it with SIGKILL at `point`
// and waits for it.
Attempt run_and_kill(const fs::path& out, KillPoint point) {
  const std::string binary = LMSIM_BINARY;
  const std::string scenario = (source_dir() / "scenarios" / "baseline.toml").string();
  const std::string out_text = out.string();
  std::vector<std::string> arguments = {binary,   "run",         scenario, "--out",
                                        out_text, "--overwrite", "--quiet"};
  std::vector<char*> argv;
  for (std::string& a : arguments) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  REQUIRE(posix_spawn_file_actions_init(&actions) == 0);
  REQUIRE(posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0) == 0);
  pid_t pid = -1;
  const auto started = Clock::now();
  const int spawned = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(spawned == 0);

  Attempt attempt;
  const auto reached = [&] {
    std::error_code ec;
    switch (point) {
      case KillPoint::kRightAfterStart:
        // Only a kill within a few milliseconds of the start counts as "right after" it.
        return Clock::now() - started < std::chrono::milliseconds(100);
      case KillPoint::kTemporaryFileAppears:
        attempt.temporary = temporary_in(out.parent_path());
        return !attempt.temporary.empty();
      case KillPoint::kTemporaryFilePast1MB: {
        attempt.temporary = temporary_in(out.parent_path());
        const auto size = fs::file_size(attempt.temporary, ec);
        return !ec && size > (1u << 20);
      }
    }
    return false;
  };

  int status = 0;
  bool exited = false;
  const auto deadline = started + std::chrono::seconds(20);
  while (!(attempt.reached = reached())) {
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;  // finished (or failed) before the kill point: this attempt missed it
      break;
    }
    if (Clock::now() > deadline || point == KillPoint::kRightAfterStart) break;
    ::usleep(200);
  }
  if (!exited) {
    REQUIRE(::kill(pid, SIGKILL) == 0);
    REQUIRE(::waitpid(pid, &status, 0) == pid);
  }
  attempt.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  attempt.temporary = temporary_in(out.parent_path());
  attempt.temporary_left = !attempt.temporary.empty();
  return attempt;
}

// Kills runs writing to `out` at `point` until one is killed there before it could rename its
// temporary file (a run that finishes first is retried, with `restore` putting back what `out`
// held). `check` is called after every kill that landed before the rename.
template <class Restore, class Check>
void kill_at(const fs::path& out, KillPoint point, Restore restore, Check check) {
  INFO("killed " << describe(point));
  bool landed = false;
  for (int tries = 0; tries < 5 && !landed; ++tries) {
    const Attempt attempt = run_and_kill(out, point);
    // Killed before the rename: with the temporary file still there (SIGKILL cannot remove it;
    // only the rename takes it away), or at the start, before there was a temporary file.
    const bool before_rename =
        attempt.killed &&
        (attempt.temporary_left || (point == KillPoint::kRightAfterStart && attempt.reached));
    if (before_rename) check();
    landed = before_rename && attempt.reached;
    std::error_code ec;
    fs::remove(attempt.temporary, ec);
    restore();
  }
  REQUIRE(landed);
}

TEST_CASE(
    "a run killed with SIGKILL while it writes never leaves a file under the final name and never "
    "damages an existing result",
    "[cli][run][kill]") {
  TempDir tmp;
  const fs::path out = tmp / "result.h5";
  const std::string scenario = "'" + (source_dir() / "scenarios" / "baseline.toml").string() + "'";

  SECTION("an earlier result under the final name stays byte for byte as it was") {
    const CommandResult earlier =
        run_lmsim("run " + scenario + " --quiet --out '" + (tmp / "earlier.h5").string() + "'");
    INFO(earlier.output);
    REQUIRE(earlier.exit_code == 0);
    const std::string before = read_text(tmp / "earlier.h5");
    REQUIRE(before.size() > (1u << 20));
    const auto restore = [&] {
      fs::copy_file(tmp / "earlier.h5", out, fs::copy_options::overwrite_existing);
    };
    const auto check = [&] {
      REQUIRE(fs::exists(out));
      REQUIRE(read_text(out) == before);
    };
    restore();
    check();
    for (KillPoint point : {KillPoint::kRightAfterStart, KillPoint::kTemporaryFileAppears,
                            KillPoint::kTemporaryFilePast1MB}) {
      kill_at(out, point, restore, check);
    }
  }

  SECTION("where there was no result there still is none") {
    const auto restore = [&] {
      std::error_code ec;
      fs::remove(out, ec);
    };
    const auto check = [&] { REQUIRE_FALSE(fs::exists(out)); };
    for (KillPoint point : {KillPoint::kRightAfterStart, KillPoint::kTemporaryFileAppears,
                            KillPoint::kTemporaryFilePast1MB}) {
      kill_at(out, point, restore, check);
    }
  }
}

}  // namespace
}  // namespace lmsim::test
