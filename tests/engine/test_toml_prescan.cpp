// Unit tests of engine/toml_prescan: TOML nested up to 64 levels passes (keys, headers, inline
// tables, arrays and their sums), 65 is refused where it is written, and dots, brackets and
// braces inside strings of every kind and in comments do not count. Also that a scenario
// 50,000 levels deep is refused before toml++ parses it, and that letters outside ASCII are
// refused where TOML allows none and pass in strings and comments.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "engine/error.hpp"
#include "engine/scenario.hpp"
#include "engine/toml_prescan.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Catch::Matchers::Contains;
using lmsim::InputError;
using lmsim::kMaxTomlDepth;
using lmsim::prescan_toml;

std::string dotted(int parts) {
  std::string key = "k0";
  for (int i = 1; i < parts; ++i) key += ".k" + std::to_string(i);
  return key;
}

std::string repeated(const std::string& piece, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += piece;
  return text;
}

// Where the scan refuses `text`; line 0 when it lets it pass.
lmsim::SourceLocation refused_at(const std::string& text) {
  try {
    prescan_toml(text, "t.toml");
  } catch (const InputError& error) {
    CHECK_THAT(error.what(), Contains("nested more than 64 levels deep"));
    return error.where();
  }
  return {};
}

bool passes(const std::string& text) {
  return refused_at(text).line == 0;
}

}  // namespace

TEST_CASE("TOML 64 levels deep passes and 65 are refused where the 65th level is written",
          "[engine][toml_prescan]") {
  REQUIRE(kMaxTomlDepth == 64);
  CHECK(passes(dotted(64) + " = 1\n"));
  const auto key = refused_at("x = 1\n" + dotted(65) + " = 1\n");
  CHECK(key.file == "t.toml");
  CHECK(key.line == 2);
  CHECK(key.column == static_cast<long>(dotted(64).size()) + 2);

  CHECK(passes("[" + dotted(64) + "]\n"));
  CHECK(passes("[[" + dotted(64) + "]]\n"));
  CHECK(refused_at("[" + dotted(65) + "]\n").line == 1);
  CHECK(refused_at("[[" + dotted(65) + "]]\n").line == 1);

  // A header's levels and its keys' levels add up; a new header starts again.
  CHECK(passes("[" + dotted(60) + "]\n" + dotted(4) + " = 1\n[a]\n" + dotted(63) + " = 2\n"));
  CHECK(refused_at("[" + dotted(60) + "]\n" + dotted(5) + " = 1\n").line == 2);

  // Inline tables and arrays, alone and with keys.
  CHECK(passes("a = " + repeated("{b = ", 63) + "1" + repeated("}", 63) + "\n"));
  CHECK_FALSE(passes("a = " + repeated("{b = ", 64) + "1" + repeated("}", 64) + "\n"));
  CHECK(passes("a = " + repeated("[", 63) + repeated("]", 63) + "\n"));
  const auto array = refused_at("a = " + repeated("[", 64) + repeated("]", 64) + "\n");
  CHECK(array.column == 5 + 63);
  CHECK_FALSE(passes("[" + dotted(32) + "]\n" + dotted(16) + " = " + repeated("[{x.y = ", 8) + "1" +
                     repeated("}]", 8) + "\n"));
  // Closed containers give their levels back.
  CHECK(passes(repeated("a = " + repeated("[", 60) + repeated("]", 60) + "\n", 3) +
               "b = [[1, 2], [3, {c.d = [4]}], \"x\"]\n"));
  CHECK(passes("a = [\n  [1,\n   2],\n  # [[[[ not counted\n  [3],\n]\n" + dotted(64) + " = 0\n"));
}

TEST_CASE("dots, brackets and braces in strings and comments do not count",
          "[engine][toml_prescan]") {
  const std::string dots = repeated("a.", 100);
  const std::string brackets = repeated("[{", 100);
  CHECK(passes("\"" + dots + "\" = 1\n'" + dots + "' = 2\n"));
  CHECK(passes("[\"" + dots + "\".'" + dots + "']\n"));
  CHECK(passes("a = \"" + brackets + "\\\"" + brackets + "\"\n"));
  CHECK(passes("a = '" + brackets + "\\'\n"));  // a literal string has no escapes
  CHECK(passes("a = \"\"\"\n" + brackets + "\n\"\" \\\"\"\"" + brackets + "\n\"\"\"\n"));
  CHECK(passes("a = '''\n" + brackets + "\n" + dots + "\n'''\n"));
  CHECK(passes("a = \"\"\"x\"\"\"\"\"\nb = '''y'''''\n" + dotted(64) + " = 1\n"));
  CHECK(passes("# [" + dots + "]\na = 1 # " + brackets + "\n"));
  CHECK(passes("a = \"\"\nb = ''\n" + dotted(64) + " = 1\n"));
  // But a string does not hide what follows it.
  CHECK_FALSE(passes("a = \"]]]\"\nb = '''x'''\n" + dotted(65) + " = 1\n"));
  CHECK_FALSE(passes("\"x.y\"." + dotted(64) + " = 1\n"));
  CHECK_FALSE(passes("a = \"unterminated\n" + dotted(65) + " = 1\n"));
}

TEST_CASE("the scan passes every shipped scenario and sweep", "[engine][toml_prescan]") {
  const auto root = lmsim::test::source_dir() / "scenarios";
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".toml") continue;
    INFO(entry.path());
    CHECK(passes(lmsim::test::read_text(entry.path())));
    ++files;
  }
  CHECK(files > 10);
}

TEST_CASE("a scenario 50,000 levels deep is refused before toml++ parses it",
          "[engine][toml_prescan]") {
  const lmsim::test::TempDir tmp;
  lmsim::test::write_text(tmp / "deep.toml",
                          "title = \"deep\"\n[" + repeated("a.", 50000) + "b]\n");
  try {
    (void)lmsim::load_scenario(tmp / "deep.toml");
    FAIL("a scenario 50,000 levels deep was accepted");
  } catch (const InputError& error) {
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 2 + 2 * 64);
  }
}

namespace {

// Where the scan refuses `text` for a character outside ASCII; line 0 when it lets it pass.
lmsim::SourceLocation refused_non_ascii_at(const std::string& text) {
  try {
    prescan_toml(text, "t.toml");
  } catch (const InputError& error) {
    CHECK_THAT(error.what(), Contains("a character outside ASCII outside quotes"));
    return error.where();
  }
  return {};
}

}  // namespace

// toml++'s test for non-ASCII whitespace reaches TOML_UNREACHABLE for such letters outside
// strings (undefined behaviour; UBSan stops there), so the scan refuses them first.
TEST_CASE("the scan refuses letters outside ASCII outside strings and comments, where written",
          "[engine][toml_prescan]") {
  const lmsim::SourceLocation in_key = refused_non_ascii_at("a = 1\ncaf\xC3\xA9 = 2\n");
  CHECK(in_key.line == 2);
  CHECK(in_key.column == 4);
  CHECK(refused_non_ascii_at("a = 1 \xC3\xA9\n").column == 7);
  CHECK(refused_non_ascii_at("[t\xCD\x9D]\n").line == 1);
  CHECK(refused_non_ascii_at("a = [1, \xC3\xAB]\n").column == 9);
  CHECK(refused_non_ascii_at("x = \"a\" \xEF\xBB\xBF\n").column == 9);  // a byte-order mark
}

TEST_CASE("the scan passes letters outside ASCII in strings, comments and a leading BOM",
          "[engine][toml_prescan]") {
  const std::string text =
      "\xEF\xBB\xBF# Frysl\xC3\xA2n\n"
      "title = \"Commerci\xC3\xABle diensten\"\n"
      "b = 'caf\xC3\xA9'\n"
      "c = \"\"\"\xC3\xA9\n\xC3\xAB\"\"\"\n"
      "d = '''\xC3\xA9'''\n"
      "\"Frysl\xC3\xA2n\" = 1  # \xC3\xA9\n";
  CHECK(refused_non_ascii_at(text).line == 0);
}
