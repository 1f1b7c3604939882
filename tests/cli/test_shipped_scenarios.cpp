// Every scenario shipped in scenarios/ is valid on the built-in data.
#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

TEST_CASE("every shipped scenario validates", "[cli][scenarios]") {
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "scenarios")) {
    if (entry.path().extension() != ".toml") continue;
    INFO(entry.path().string());
    const CommandResult r = run_lmsim("validate '" + entry.path().string() + "'");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    ++checked;
  }
  CHECK(checked >= 3);
}

}  // namespace
}  // namespace lmsim::test
