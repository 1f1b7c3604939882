// lmsim report and its annex maker (outputs/report/annex.py) through the binary, with fake
// interpreters in LMSIM_PYTHON: lmsim publishes the annex itself, only when the annex maker
// exited 0 and its manifest lists files that are all there; a failing annex maker gives exit
// code 1 and a line naming it; and after lmsim is killed the annex maker cannot publish
// (docs/report.md, "How the annex is written").
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "engine/atomic_folder.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

fs::path baseline_result(const TempDir& tmp) {
  const fs::path out = tmp / "base.h5";
  const CommandResult run =
      run_lmsim("run " + quoted(source_dir() / "scenarios" / "baseline.toml") + " --out " +
                quoted(out) + " -q");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return out;
}

fs::path fake_interpreter(const TempDir& tmp, const std::string& name, const std::string& text) {
  const fs::path path = tmp / name;
  write_text(path, text);
  fs::permissions(path, fs::perms::owner_all);
  return path;
}

CommandResult report_with(const fs::path& python, const fs::path& result, const fs::path& out) {
  return run_shell("LMSIM_PYTHON=" + quoted(python) + " timeout 120 " + LMSIM_BINARY + " report " +
                   quoted(result) + " --out " + quoted(out));
}

TEST_CASE("lmsim report refuses an annex maker that exits 0 without a complete annex",
          "[cli][report]") {
  TempDir tmp;
  const fs::path result = baseline_result(tmp);
  const fs::path out = tmp / "annex";
  for (const auto& [name, script] : std::initializer_list<std::pair<const char*, const char*>>{
           {"silent", "#!/bin/sh\nexit 0\n"},
           {"manifest_only",
            "#!/bin/sh\nwhile [ \"$1\" != --out ]; do shift; done\n"
            "printf '{\"generator\": \"lmsim report\", \"written\": [\"index.html\"]}' "
            "> \"$2/manifest.json\"\n"},
           {"empty_page",
            "#!/bin/sh\nwhile [ \"$1\" != --out ]; do shift; done\n: > \"$2/index.html\"\n"
            "printf '{\"generator\": \"lmsim report\", \"written\": [\"index.html\"]}' "
            "> \"$2/manifest.json\"\n"}}) {
    INFO(name);
    const CommandResult r = report_with(fake_interpreter(tmp, name, script), result, out);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("lmsim: error: the annex maker (") &&
                             Catch::Contains("without a complete annex") &&
                             Catch::Contains("no annex written"));
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(has_temporary_folders(tmp.path()));
  }
}

TEST_CASE("lmsim report names an annex maker that fails without a word", "[cli][report]") {
  TempDir tmp;
  const fs::path result = baseline_result(tmp);
  const fs::path out = tmp / "annex";
  for (const char* code : {"1", "2", "3"}) {
    INFO("exit " << code);
    const fs::path python = fake_interpreter(tmp, std::string("fails_") + code,
                                             std::string("#!/bin/sh\nexit ") + code + "\n");
    const CommandResult r = report_with(python, result, out);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output,
               Catch::Contains("lmsim: error: the annex maker (") &&
                   Catch::Contains("annex.py) failed with exit code " + std::string(code)));
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(has_temporary_folders(tmp.path()));
  }
}

TEST_CASE("the annex maker cannot publish after lmsim report is killed", "[cli][report][kill]") {
  TempDir tmp;
  const fs::path result = baseline_result(tmp);
  const fs::path out = tmp / "annex";
  // Kills lmsim, waits until it is gone (this process is then adopted by another), then goes on
  // as the real interpreter would: an annex maker that outlives lmsim writes the annex.
  const fs::path python =
      fake_interpreter(tmp, "kills_lmsim",
                       "#!/usr/bin/python3\nimport os, signal, sys\nparent = os.getppid()\n"
                       "os.kill(parent, signal.SIGKILL)\n"
                       "for _ in range(10**9):\n    if os.getppid() != parent:\n        break\n"
                       "os.execv('/usr/bin/python3', ['/usr/bin/python3'] + sys.argv[1:])\n");
  const CommandResult r = report_with(python, result, out);
  INFO(r.output);
  CHECK(r.exit_code != 0);
  // run_shell returns when every writer of lmsim's output, the annex maker included, is gone.
  CHECK_FALSE(fs::exists(out));
  // The killed report's temporary folder is removed by the next command that writes here.
  const CommandResult next = run_lmsim("export " + quoted(result) + " --csv " +
                                       quoted(tmp / "csv") + " --variable employed -q");
  INFO(next.output);
  CHECK(next.exit_code == 0);
  CHECK_FALSE(has_temporary_folders(tmp.path()));
}

}  // namespace
}  // namespace lmsim::test
