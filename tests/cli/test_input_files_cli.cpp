// Regression tests of how the lmsim command reads its text inputs, run through the built binary
// (docs/errors.md, "Reading the input files"): a FIFO or device as the sweep file, scenario, data
// file or sweep journal is refused instead of blocking or reading for ever; files above their size
// limit, TOML nested deeper than 64 levels and base chains longer than 64 files are refused
// instead of overflowing the stack; a symbolic link that loops is named as such; a second sweep on
// a running one is told so; a huge number in a message reads as itself. Every command runs under
// `timeout 120` (a hang guard, not a timing assertion) and reads of devices under a memory limit.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "tests/support/temp_dir.hpp"

namespace {

using lmsim::test::quoted;

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using lmsim::test::CommandResult;
using lmsim::test::copy_default_data;
using lmsim::test::read_text;
using lmsim::test::replace_in_file;
using lmsim::test::run_shell;
using lmsim::test::source_dir;
using lmsim::test::TempDir;
using lmsim::test::write_text;

// `lmsim ARGUMENTS` under a hang guard; a command that hangs gives exit code 124, one that
// crashes 128 + its signal (139 for a stack overflow).
CommandResult guarded_lmsim(const std::string& arguments) {
  return run_shell("timeout 120 " + std::string(LMSIM_BINARY) + " " + arguments);
}

// The same under a 4 GiB limit of address space, for inputs that could be read without end.
CommandResult memory_limited_lmsim(const std::string& arguments) {
  return run_shell("prlimit --as=4294967296 timeout 120 " + std::string(LMSIM_BINARY) + " " +
                   arguments);
}

// A small sweep of the baseline scenario (two points), in `folder`.
fs::path write_sweep(const TempDir& folder) {
  const fs::path file = folder / "small.toml";
  write_text(file, "scenario = \"" + (source_dir() / "scenarios" / "baseline.toml").string() +
                       "\"\npoints = 2\n[parameters.separation_rate]\n"
                       "distribution = \"uniform\"\nmin = 0.014\nmax = 0.018\n");
  return file;
}

std::string deep_dotted_key(int levels) {
  std::string key = "a";
  key.reserve(static_cast<std::size_t>(levels) * 2);
  for (int i = 1; i < levels; ++i) key += ".a";
  return key;
}

}  // namespace

TEST_CASE("lmsim sweep refuses a FIFO or device as the sweep file instead of waiting for ever",
          "[cli][inputs]") {
  const TempDir tmp;
  const fs::path fifo = tmp / "fifo.toml";
  REQUIRE(run_shell("mkfifo " + quoted(fifo)).exit_code == 0);
  const CommandResult from_fifo =
      guarded_lmsim("sweep " + quoted(fifo) + " --out " + quoted(tmp / "o.h5"));
  INFO(from_fifo.output);
  CHECK(from_fifo.exit_code == 2);
  CHECK_THAT(from_fifo.output, Contains("fifo.toml: is not a regular file"));

  const CommandResult from_zero =
      memory_limited_lmsim("sweep /dev/zero --out " + quoted(tmp / "z.h5"));
  INFO(from_zero.output);
  CHECK(from_zero.exit_code == 2);
  CHECK_THAT(from_zero.output, Contains("/dev/zero: is not a regular file"));
}

TEST_CASE("lmsim validate refuses a FIFO as a data file", "[cli][inputs]") {
  const TempDir tmp;
  const fs::path data = copy_default_data(tmp);
  fs::remove(data / "migration.csv");
  REQUIRE(run_shell("mkfifo " + quoted(data / "migration.csv")).exit_code == 0);
  const CommandResult r =
      guarded_lmsim("validate " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                    " --data-dir " + quoted(data));
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Contains("migration.csv: is not a regular file"));
}

TEST_CASE("a FIFO at OUT.partial is refused by lmsim sweep, with or without --resume",
          "[cli][inputs]") {
  const TempDir tmp;
  const fs::path sweep = write_sweep(tmp);
  const fs::path out = tmp / "o.h5";
  REQUIRE(run_shell("mkfifo " + quoted(tmp / "o.h5.partial")).exit_code == 0);
  for (const std::string resume : {" --resume", ""}) {
    const CommandResult r =
        guarded_lmsim("sweep " + quoted(sweep) + " --quiet --out " + quoted(out) + resume);
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains("o.h5.partial: is not a regular file"));
  }
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a second sweep on a journal a running sweep holds is told so, not of an interruption",
          "[cli][inputs]") {
  // flock(1) takes the same lock on OUT.partial as a running sweep does and holds it while the
  // second lmsim runs, so the test needs no timing.
  const TempDir tmp;
  const fs::path sweep = write_sweep(tmp);
  const fs::path out = tmp / "o.h5";
  for (const std::string options : {"", " --resume", " --overwrite"}) {
    const CommandResult r =
        run_shell("flock -n " + quoted(tmp / "o.h5.partial") + " timeout 120 " + LMSIM_BINARY +
                  " sweep " + quoted(sweep) + " --quiet --out " + quoted(out) + options);
    INFO("options:" << options << "\n" << r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains("o.h5.partial: another lmsim sweep is running on this journal"));
    CHECK_THAT(r.output, !Contains("interrupted"));
  }
}

TEST_CASE("lmsim refuses a scenario or sweep file larger than 1 MiB", "[cli][inputs]") {
  const TempDir tmp;
  std::string comments;
  for (int i = 0; i < 1000; ++i) comments += "#" + std::string(1100, '-') + "\n";
  write_text(tmp / "big.toml", "title = \"big\"\n" + comments);
  const CommandResult scenario = guarded_lmsim("validate " + quoted(tmp / "big.toml"));
  INFO(scenario.output);
  CHECK(scenario.exit_code == 2);
  CHECK_THAT(scenario.output, Contains("big.toml: is larger than 1 MiB"));

  const fs::path sweep = write_sweep(tmp);
  write_text(sweep, read_text(sweep) + comments);
  const CommandResult swept =
      guarded_lmsim("sweep " + quoted(sweep) + " --quiet --out " + quoted(tmp / "o.h5"));
  INFO(swept.output);
  CHECK(swept.exit_code == 2);
  CHECK_THAT(swept.output, Contains("small.toml: is larger than 1 MiB"));
}

TEST_CASE("a symbolic link that loops is named as such, not as a missing file", "[cli][inputs]") {
  const TempDir tmp;
  fs::create_symlink("loop.toml", tmp / "loop.toml");
  const CommandResult scenario = guarded_lmsim("validate " + quoted(tmp / "loop.toml"));
  INFO(scenario.output);
  CHECK(scenario.exit_code == 2);
  CHECK_THAT(scenario.output, Contains("loop.toml: is a symbolic link that loops"));

  const CommandResult sweep =
      guarded_lmsim("sweep " + quoted(tmp / "loop.toml") + " --out " + quoted(tmp / "o.h5"));
  INFO(sweep.output);
  CHECK(sweep.exit_code == 2);
  CHECK_THAT(sweep.output, Contains("loop.toml: is a symbolic link that loops"));

  const fs::path data = copy_default_data(tmp);
  fs::remove(data / "migration.csv");
  fs::create_symlink("migration.csv", data / "migration.csv");
  const CommandResult csv =
      guarded_lmsim("validate " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                    " --data-dir " + quoted(data));
  INFO(csv.output);
  CHECK(csv.exit_code == 2);
  CHECK_THAT(csv.output, Contains("migration.csv: is a symbolic link that loops"));
}

TEST_CASE("TOML keys and tables 50,000 levels deep are refused, not a crash", "[cli][inputs]") {
  const TempDir tmp;
  const std::string key = deep_dotted_key(50000);
  struct Case {
    std::string name;
    std::string text;
  };
  for (const Case& c : {Case{"dotted_key.toml", "title = \"deep\"\n" + key + " = 1\n"},
                        Case{"header.toml", "title = \"deep\"\n[" + key + ".b]\nx = 1\n"}}) {
    write_text(tmp / c.name, c.text);
    const CommandResult r = guarded_lmsim("validate " + quoted(tmp / c.name));
    INFO(c.name << "\n" << r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains(c.name + ":2:"));
    CHECK_THAT(r.output, Contains("nested more than 64 levels deep"));
  }
  const fs::path sweep = write_sweep(tmp);
  write_text(sweep, read_text(sweep) + "[" + key + "]\n");
  const CommandResult r =
      guarded_lmsim("sweep " + quoted(sweep) + " --quiet --out " + quoted(tmp / "o.h5"));
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Contains("nested more than 64 levels deep"));
}

TEST_CASE("a chain of 7,500 base scenarios is refused, not a crash", "[cli][inputs]") {
  const TempDir tmp;
  constexpr int kFiles = 7500;
  for (int i = 0; i < kFiles; ++i) {
    const std::string base =
        i + 1 < kFiles ? "base = \"s" + std::to_string(i + 1) + ".toml\"\n" : std::string();
    write_text(tmp / ("s" + std::to_string(i) + ".toml"), base + "title = \"level\"\n");
  }
  const fs::path sweep = write_sweep(tmp);
  replace_in_file(sweep, (source_dir() / "scenarios" / "baseline.toml").string(), "s0.toml");
  for (const std::string& command :
       {"validate " + quoted(tmp / "s0.toml"),
        "run " + quoted(tmp / "s0.toml") + " --out " + quoted(tmp / "o.h5"),
        "sweep " + quoted(sweep) + " --out " + quoted(tmp / "o.h5")}) {
    const CommandResult r = guarded_lmsim(command);
    INFO(command << "\n" << r.output);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Contains("s63.toml:1:8: base: this base makes a chain of more than 64 "
                                  "scenario files, starting at s0.toml"));
  }
}

TEST_CASE("a huge labour migration in a data file reads as itself in the message",
          "[cli][inputs]") {
  const TempDir tmp;
  const fs::path data = copy_default_data(tmp);
  replace_in_file(data / "migration.csv", "\nBRC01,800,", "\nBRC01,1e300,");
  const CommandResult r =
      guarded_lmsim("validate " + quoted(source_dir() / "scenarios" / "baseline.toml") +
                    " --data-dir " + quoted(data));
  INFO(r.output);
  CHECK(r.exit_code == 2);
  // Refused as what it is, not as a wrapped-around integer (docs/data.md, "Plausible ranges").
  CHECK_THAT(r.output, Contains("migration.csv:2:2: labour_migrants_per_year: '1e300'"));
  CHECK_THAT(r.output, !Contains("-9223372036854775808"));
}
