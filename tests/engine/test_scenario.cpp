// Unit tests of engine/scenario: inheritance through `base` (to depth 3, with overrides, merged
// parameters and base-first levers), the refusals of cycles, missing bases and unknown keys with
// file:line:column, the horizon formats, lever key locations and the resolved TOML (with a
// scenario's own description only).
#include <toml++/toml.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/scenario.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;
using lmsim::InputError;
using lmsim::load_scenario;
using lmsim::Scenario;
using lmsim::test::TempDir;
using lmsim::test::write_text;

InputError load_error(const fs::path& file) {
  try {
    (void)load_scenario(file);
  } catch (const InputError& error) {
    return error;
  }
  FAIL("load_scenario accepted " << file);
  throw std::logic_error("unreachable");
}

std::map<std::string, double> parameter_map(const Scenario& s) {
  std::map<std::string, double> result;
  for (const auto& p : s.parameters) result[p.name] = p.value;
  return result;
}

std::vector<std::string> lever_types(const Scenario& s) {
  std::vector<std::string> result;
  for (const auto& lever : s.levers) result.push_back(lever.type);
  return result;
}

// Three generations: root/c.toml inherits from root/sub/b.toml, which inherits from root/a.toml.
struct ThreeGenerations {
  TempDir folder;
  fs::path a = folder / "a.toml";
  fs::path b = folder.path() / "sub" / "b.toml";
  fs::path c = folder / "c.toml";
  ThreeGenerations() {
    fs::create_directories(folder.path() / "sub");
    write_text(a,
               "title = \"A\"\n"
               "description = \"the root\"\n"
               "data_dir = \"data_a\"\n"
               "start = 2025\n"
               "end = 2040\n"
               "seed = 7\n"
               "[parameters]\n"
               "p1 = 0.1\n"
               "p2 = 0.2\n"
               "p3 = 3\n"
               "[[levers]]\n"
               "type = \"lever_a\"\n"
               "size = 1\n");
    write_text(b,
               "base = \"../a.toml\"\n"
               "title = \"B\"\n"
               "data_dir = \"data_b\"\n"
               "end = \"2035-06\"\n"
               "[parameters]\n"
               "p2 = 0.25\n"
               "[[levers]]\n"
               "type = \"lever_b\"\n");
    write_text(c,
               "base = \"sub/b.toml\"\n"
               "title = \"C\"\n"
               "start = \"2026-03\"\n"
               "\n"
               "[parameters]\n"
               "p3 = 0.3\n"
               "p4 = 4.5\n"
               "\n"
               "[[levers]]\n"
               "type = \"lever_c\"\n"
               "size = 2.5\n"
               "profile = { shape = \"linear\", from = 2027, to = 2030 }\n");
  }
};

TEST_CASE("load_scenario reads [outputs] variables, a file's list replacing its base's",
          "[engine]") {
  TempDir folder;
  write_text(folder / "base.toml", "[outputs]\nvariables = [\"employed\", \"tension\"]\n");
  write_text(folder / "s.toml",
             "base = \"base.toml\"\n[outputs]\nvariables = [\"vacancies\",\n  \"unemployed\"]\n");
  const Scenario base = load_scenario(folder / "base.toml");
  CHECK(base.outputs.variables == std::vector<std::string>{"employed", "tension"});
  const Scenario s = load_scenario(folder / "s.toml");
  CHECK(s.outputs.variables == std::vector<std::string>{"vacancies", "unemployed"});
  REQUIRE(s.outputs.where.size() == 2);
  CHECK(s.outputs.where[1].line == 4);
  CHECK(s.outputs.where[1].key == "outputs.variables");
  // The resolved scenario stored with a result keeps the list.
  write_text(folder / "again.toml", lmsim::resolved_scenario_toml(s));
  CHECK(load_scenario(folder / "again.toml").outputs.variables == s.outputs.variables);
  CHECK(load_scenario(folder / "again.toml").outputs.variables.size() == 2);
  write_text(folder / "none.toml", "title = \"t\"\n");
  CHECK(load_scenario(folder / "none.toml").outputs.variables.empty());
  // ["all"] gives a derived scenario every variable back.
  write_text(folder / "every.toml", "base = \"s.toml\"\n[outputs]\nvariables = [\"all\"]\n");
  CHECK(load_scenario(folder / "every.toml").outputs.variables.empty());
}

TEST_CASE("load_scenario refuses a broken [outputs] table with line and key", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  write_text(file, "[outputs]\nvariable = [\"employed\"]\n");
  const InputError unknown = load_error(file);
  CHECK(unknown.where().line == 2);
  CHECK(unknown.where().key == "outputs.variable");
  CHECK_THAT(unknown.what(), Contains("unknown key (did you mean 'variables'?)"));
  write_text(file, "[outputs]\nvariables = []\n");
  CHECK_THAT(load_error(file).what(), Contains("expected a list of variable names"));
  write_text(file, "[outputs]\nvariables = \"employed\"\n");
  CHECK_THAT(load_error(file).what(), Contains("expected a list of variable names"));
  write_text(file, "[outputs]\nvariables = [\"employed\", 3]\n");
  CHECK_THAT(load_error(file).what(), Contains("expected a text value"));
  write_text(file, "[outputs]\nvariables = [\"employed\", \"employed\"]\n");
  const InputError twice = load_error(file);
  CHECK(twice.where().column == 26);
  CHECK_THAT(twice.what(), Contains("variable 'employed' is listed twice"));
  write_text(file, "[outputs]\nvariables = [\"employed\", \"all\"]\n");
  CHECK_THAT(load_error(file).what(), Contains("\"all\" stands alone"));
  write_text(file, "outputs = 1\n");
  CHECK_THAT(load_error(file).what(), Contains("expected a table"));
  write_text(file, "[outputs]\n");
  CHECK_THAT(load_error(file).what(), Contains("missing key `variables`"));
}

}  // namespace

TEST_CASE("load_scenario reads a single file with defaults for what it leaves out", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  write_text(file, "title = \"Only\"\n");
  const Scenario s = load_scenario(file);
  CHECK(s.file == file);
  CHECK(s.chain == std::vector<fs::path>{file});
  CHECK(s.title == "Only");
  CHECK(s.description.empty());
  CHECK(s.data_dir.empty());
  CHECK(s.start.year == 2025);
  CHECK(s.start.month == 1);
  CHECK(s.end.year == 2040);
  CHECK(s.end.month == 12);
  CHECK(s.seed == 20250101u);
  CHECK(s.parameters.empty());
  CHECK(s.levers.empty());
}

TEST_CASE("load_scenario resolves base inheritance to depth 3 with overrides", "[engine]") {
  ThreeGenerations files;
  const Scenario s = load_scenario(files.c);

  REQUIRE(s.chain.size() == 3);
  CHECK(fs::equivalent(s.chain[0], files.c));
  CHECK(fs::equivalent(s.chain[1], files.b));
  CHECK(fs::equivalent(s.chain[2], files.a));

  // The child wins; what it leaves out comes from the nearest ancestor that sets it.
  CHECK(s.title == "C");
  CHECK(s.description == "the root");
  CHECK(s.start.year == 2026);
  CHECK(s.start.month == 3);
  CHECK(s.end.year == 2035);
  CHECK(s.end.month == 6);
  CHECK(s.seed == 7u);
  // data_dir is resolved against the file that set it (sub/b.toml), not the child.
  CHECK(s.data_dir == (files.folder.path() / "sub" / "data_b").lexically_normal());
  CHECK(s.data_dir.is_absolute());
  CHECK(fs::equivalent(s.data_dir_where.file, files.b));
  CHECK(s.data_dir_where.line == 3);
  CHECK(s.data_dir_where.key == "data_dir");
}

TEST_CASE("load_scenario merges parameters key by key, the nearest file winning", "[engine]") {
  ThreeGenerations files;
  const Scenario s = load_scenario(files.c);
  CHECK(parameter_map(s) ==
        std::map<std::string, double>{{"p1", 0.1}, {"p2", 0.25}, {"p3", 0.3}, {"p4", 4.5}});
  CHECK(s.parameters.size() == 4);
  // Each override keeps the location of the file that set it.
  for (const auto& p : s.parameters) {
    INFO(p.name);
    CHECK(p.where.key == "parameters." + p.name);
    if (p.name == "p1") {
      CHECK(fs::equivalent(p.where.file, files.a));
      CHECK(p.where.line == 8);
    } else if (p.name == "p2") {
      CHECK(fs::equivalent(p.where.file, files.b));
      CHECK(p.where.line == 6);
    } else if (p.name == "p3") {
      CHECK(fs::equivalent(p.where.file, files.c));
      CHECK(p.where.line == 6);
    }
  }
}

TEST_CASE("load_scenario lists levers base-first with their own file and path", "[engine]") {
  ThreeGenerations files;
  const Scenario s = load_scenario(files.c);
  REQUIRE(lever_types(s) == std::vector<std::string>{"lever_a", "lever_b", "lever_c"});
  CHECK(fs::equivalent(s.levers[0].where.file, files.a));
  CHECK(fs::equivalent(s.levers[1].where.file, files.b));
  CHECK(fs::equivalent(s.levers[2].where.file, files.c));
  // The path counts within the file that wrote the lever.
  CHECK(s.levers[2].path == "levers[0]");
  CHECK_THAT(s.levers[2].toml, Contains("lever_c"));
  CHECK_THAT(s.levers[2].toml, Contains("2.5"));
}

TEST_CASE("LeverEntry::at gives the location of a lever key", "[engine]") {
  ThreeGenerations files;
  const Scenario s = load_scenario(files.c);
  const lmsim::LeverEntry& lever = s.levers.at(2);

  const lmsim::SourceLocation size = lever.at("size");
  CHECK(fs::equivalent(size.file, files.c));
  CHECK(size.line == 11);
  CHECK(size.column > 0);
  CHECK(size.key == "levers[0].size");

  const lmsim::SourceLocation shape = lever.at("profile.shape");
  CHECK(shape.line == 12);
  CHECK(shape.column > lever.at("profile").column);
  CHECK(shape.key == "levers[0].profile.shape");

  const lmsim::SourceLocation type = lever.at("type");
  CHECK(type.line == 10);

  // A key the lever does not have falls back to the lever table, still naming the key.
  const lmsim::SourceLocation missing = lever.at("duration");
  CHECK(missing.file == lever.where.file);
  CHECK(missing.line == lever.where.line);
  CHECK(missing.key == "levers[0].duration");

  const lmsim::SourceLocation base_size = s.levers.at(0).at("size");
  CHECK(fs::equivalent(base_size.file, files.a));
  CHECK(base_size.line == 13);
}

TEST_CASE("load_scenario refuses scenarios that inherit in a cycle", "[engine]") {
  TempDir folder;
  const std::string prefix = ": base: scenarios inherit from each other in a cycle: ";
  SECTION("two files") {
    write_text(folder / "a.toml", "base = \"b.toml\"\n");
    write_text(folder / "b.toml", "title = \"B\"\nbase = \"a.toml\"\n");
    const InputError error = load_error(folder / "a.toml");
    // Named at the file whose base closes the cycle (a.toml, reached from b.toml).
    CHECK(error.where().file == (folder / "a.toml").string());
    CHECK(error.where().key == "base");
    CHECK_THAT(error.what(),
               Equals((folder / "a.toml").string() + prefix + "a.toml -> b.toml -> a.toml"));
  }
  SECTION("a file that names itself") {
    write_text(folder / "self.toml", "base = \"./self.toml\"\n");
    CHECK_THAT(load_error(folder / "self.toml").what(),
               Equals((folder / "./self.toml").string() + prefix + "self.toml -> self.toml"));
  }
  SECTION("three files") {
    write_text(folder / "a.toml", "base = \"b.toml\"\n");
    write_text(folder / "b.toml", "base = \"c.toml\"\n");
    write_text(folder / "c.toml", "base = \"a.toml\"\n");
    CHECK_THAT(
        load_error(folder / "b.toml").what(),
        Equals((folder / "b.toml").string() + prefix + "b.toml -> c.toml -> a.toml -> b.toml"));
  }
}

TEST_CASE("load_scenario refuses a missing base and a missing file", "[engine]") {
  TempDir folder;
  write_text(folder / "s.toml", "title = \"S\"\nbase = \"nowhere.toml\"\n");
  const InputError error = load_error(folder / "s.toml");
  CHECK(error.where().file == (folder / "s.toml").string());
  CHECK(error.where().line == 2);
  CHECK(error.where().column > 0);
  CHECK(error.where().key == "base");
  CHECK_THAT(error.what(), Contains("nowhere.toml not found"));

  const InputError absent = load_error(folder / "absent.toml");
  CHECK_THAT(absent.what(),
             Equals((folder / "absent.toml").string() + ": scenario file not found"));
}

TEST_CASE("load_scenario refuses an unknown top-level key with file:line:column", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  write_text(file, "title = \"S\"\n\ntitel = \"typo\"\n");
  const InputError error = load_error(file);
  CHECK(error.where().line == 3);
  CHECK(error.where().column == 1);
  CHECK(error.where().key == "titel");
  CHECK_THAT(error.what(),
             Equals(file.string() + ":3:1: titel: unknown key (did you mean 'title'?)"));

  // An unknown key in a base is refused too, naming the base.
  write_text(folder / "base.toml", "seed = 1\n  horizon = 2030\n");
  write_text(folder / "child.toml", "base = \"base.toml\"\n");
  const InputError in_base = load_error(folder / "child.toml");
  CHECK(in_base.where().file == (folder / "base.toml").string());
  CHECK(in_base.where().line == 2);
  CHECK(in_base.where().column == 3);
  CHECK(in_base.where().key == "horizon");
}

TEST_CASE("load_scenario refuses a misspelt or mistyped translation with file, line and key",
          "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  write_text(file, "title = \"S\"\ntitl_nl = \"typo\"\n");
  CHECK_THAT(load_error(file).what(),
             Equals(file.string() + ":2:1: titl_nl: unknown key (did you mean 'title_nl'?)"));

  write_text(file, "title = \"S\"\ndescription = \"D\"\n\ndescription_en = 3\n");
  const InputError number = load_error(file);
  CHECK(number.where().file == file.string());
  CHECK(number.where().line == 4);
  CHECK(number.where().key == "description_en");
  CHECK_THAT(number.what(), Contains("expected a text value in quotes"));

  write_text(file, "title = [\"S\"]\n");
  CHECK(load_error(file).where().key == "title");
  write_text(file, "title = \"S\"\ntitle_nl = [\"S\"]\n");
  const InputError list = load_error(file);
  CHECK(list.where().line == 2);
  CHECK(list.where().key == "title_nl");
}

TEST_CASE("load_scenario refuses a translation whose file does not set the text it translates",
          "[engine]") {
  TempDir folder;
  write_text(folder / "base.toml", "title = \"Baseline\"\n");
  write_text(folder / "s.toml", "base = \"base.toml\"\n\ntitle_nl = \"Basispad\"\n");
  const InputError error = load_error(folder / "s.toml");
  CHECK(error.where().line == 3);
  CHECK(error.where().key == "title_nl");
  CHECK_THAT(error.what(), Contains("a translation of this file's title, which it does not set"));
}

TEST_CASE("load_scenario reads start and end as years or \"YYYY-MM\"", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  SECTION("years: start in January, end in December") {
    write_text(file, "start = 2030\nend = 2031\n");
    const Scenario s = load_scenario(file);
    CHECK(s.start.year == 2030);
    CHECK(s.start.month == 1);
    CHECK(s.end.year == 2031);
    CHECK(s.end.month == 12);
  }
  SECTION("year and month") {
    write_text(file, "start = \"2030-07\"\nend = \"2030-08\"\n");
    const Scenario s = load_scenario(file);
    CHECK(s.start.year == 2030);
    CHECK(s.start.month == 7);
    CHECK(s.end.year == 2030);
    CHECK(s.end.month == 8);
  }
  SECTION("a one-month horizon") {
    write_text(file, "start = \"2030-07\"\nend = \"2030-07\"\n");
    CHECK_NOTHROW(load_scenario(file));
  }
}

TEST_CASE("load_scenario refuses malformed and out-of-range horizon bounds", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"start = \"2030/07\"\n", "expected a year (2030) or \"YYYY-MM\", got \"2030/07\""},
      {"start = \"2030-07-01\"\n", "expected a year (2030) or \"YYYY-MM\""},
      {"start = \"July 2030\"\n", "expected a year (2030) or \"YYYY-MM\""},
      {"start = 2030.5\n", "expected a year (2030) or \"YYYY-MM\""},
      {"start = \"2030-13\"\n", "date outside 2000-01 .. 2100-12"},
      {"start = \"2030-00\"\n", "date outside 2000-01 .. 2100-12"},
      {"start = 1999\n", "date outside 2000-01 .. 2100-12"},
      {"end = 2101\n", "date outside 2000-01 .. 2100-12"},
  };
  for (const auto& [text, message] : cases) {
    INFO(text);
    write_text(file, "title = \"S\"\n" + text);
    const InputError error = load_error(file);
    CHECK(error.where().line == 2);
    CHECK(error.where().column > 0);
    CHECK(error.where().key == text.substr(0, text.find(' ')));
    CHECK_THAT(error.what(), Contains(message));
  }

  write_text(file, "start = 2030\nend = \"2029-12\"\n");
  const InputError before = load_error(file);
  CHECK(before.where().key == "end");
  CHECK_THAT(before.what(), Contains("the horizon ends before it starts"));
}

TEST_CASE("load_scenario refuses a year that does not fit in an int", "[engine]") {
  // 4294969326 = 2^32 + 2030: a narrowing cast to int would read it as 2030.
  TempDir folder;
  const auto file = folder / "s.toml";
  write_text(file, "end = 4294969326\n");
  CHECK_THROWS_AS(load_scenario(file), InputError);
}

TEST_CASE("load_scenario refuses badly typed values with their key", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"title = 3\n", "title"},
      {"seed = -1\n", "seed"},
      {"seed = 1.5\n", "seed"},
      {"parameters = 3\n", "parameters"},
      {"[parameters]\np = \"high\"\n", "parameters.p"},
      {"levers = 3\n", "levers"},
      {"[[levers]]\nsize = 1\n", "levers[0]"},
      {"[[levers]]\ntype = 1\n", "levers[0].type"},
      {"base = 1\n", "base"},
  };
  for (const auto& [text, key] : cases) {
    INFO(text);
    write_text(file, text);
    const InputError error = load_error(file);
    CHECK(error.where().file == file.string());
    CHECK(error.where().line > 0);
    CHECK(error.where().key == key);
  }
}

TEST_CASE("load_scenario refuses malformed TOML with its position", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  write_text(file, "title = \"S\"\nseed = = 3\n");
  const InputError error = load_error(file);
  CHECK(error.where().line == 2);
  CHECK_THAT(error.what(), StartsWith(file.string() + ":2:"));
  CHECK_THAT(error.what(), Contains("malformed TOML"));
}

TEST_CASE("resolved_scenario_toml reloads to the same scenario", "[engine]") {
  ThreeGenerations files;
  const Scenario s = load_scenario(files.c);
  const std::string resolved = lmsim::resolved_scenario_toml(s);
  CHECK_THAT(resolved, !Contains("base"));
  CHECK_THAT(resolved, Contains("2026-03"));
  CHECK_THAT(resolved, Contains("2035-06"));

  const auto copy = files.folder / "resolved.toml";
  write_text(copy, resolved);
  const Scenario again = load_scenario(copy);
  CHECK(again.title == s.title);
  // c.toml inherits its description from a.toml: the resolved text leaves it out
  // (engine/scenario_provenance.hpp), so that it is not presented as c's own.
  CHECK_THAT(resolved, !Contains("the root"));
  CHECK(again.description.empty());
  CHECK(again.data_dir == s.data_dir);
  CHECK(again.start.index() == s.start.index());
  CHECK(again.end.index() == s.end.index());
  CHECK(again.seed == s.seed);
  CHECK(parameter_map(again) == parameter_map(s));
  CHECK(lever_types(again) == lever_types(s));
  CHECK(again.chain.size() == 1);
}

TEST_CASE("resolved_scenario_toml keeps a scenario's own description", "[engine]") {
  ThreeGenerations files;
  const Scenario s = load_scenario(files.a);
  const auto copy = files.folder / "resolved.toml";
  write_text(copy, lmsim::resolved_scenario_toml(s));
  CHECK(load_scenario(copy).description == "the root");
}

TEST_CASE("resolved_scenario_toml keeps the title's translations and the own description's",
          "[engine]") {
  TempDir folder;
  write_text(folder / "base.toml",
             "title = \"Baseline\"\ntitle_nl = \"Basispad\"\ndescription = \"No change.\"\n"
             "description_nl = \"Geen nieuw beleid.\"\n");
  write_text(folder / "child.toml", "base = \"base.toml\"\nseed = 2\n");
  const auto copy = folder / "resolved.toml";

  write_text(copy, lmsim::resolved_scenario_toml(load_scenario(folder / "base.toml")));
  const Scenario base = load_scenario(copy);
  CHECK(base.title_translations.at("nl") == "Basispad");
  CHECK(base.description_translations.at("nl") == "Geen nieuw beleid.");

  // The child's description and its translation are its base's: left out, as the description is.
  const std::string resolved = lmsim::resolved_scenario_toml(load_scenario(folder / "child.toml"));
  CHECK_THAT(resolved, !Contains("Geen nieuw beleid."));
  write_text(copy, resolved);
  const Scenario child = load_scenario(copy);
  CHECK(child.title_translations.at("nl") == "Basispad");
  CHECK(child.description_translations.empty());

  // An empty description of its own with a translation reloads too.
  write_text(folder / "child.toml",
             "base = \"base.toml\"\ndescription = \"\"\ndescription_nl = \"Alleen Nederlands.\"\n");
  write_text(copy, lmsim::resolved_scenario_toml(load_scenario(folder / "child.toml")));
  CHECK(load_scenario(copy).description_translations.at("nl") == "Alleen Nederlands.");
}

TEST_CASE("load_scenario reads a step length and a number of steps", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  SECTION("steps of 6.75 weeks from the start") {
    write_text(file, "start = \"2016-01\"\ntime_step = \"6.75 weeks\"\nsteps = 600\n");
    const Scenario s = load_scenario(file);
    CHECK(s.step_days == 6.75 * 7.0);
    CHECK(s.steps == 600);
    const lmsim::TimeAxis time = s.time_axis();
    CHECK_FALSE(time.monthly());
    CHECK(time.steps() == 600);
    CHECK(time.days(599) == 599 * 47.25);
    // The last step starts 28,302.75 days after 2016-01-01: 2093-06-27.
    CHECK(s.end.year == 2093);
    CHECK(s.end.month == 6);
  }
  SECTION("a number of months sets the end") {
    write_text(file, "start = \"2025-03\"\nsteps = 24\n");
    const Scenario s = load_scenario(file);
    CHECK(s.time_axis().monthly());
    CHECK(s.end.year == 2027);
    CHECK(s.end.month == 2);
  }
  SECTION("a file's end overrides its base's steps") {
    write_text(folder / "base.toml", "start = 2025\nsteps = 24\n");
    write_text(file, "base = \"base.toml\"\nend = 2030\n");
    const Scenario s = load_scenario(file);
    CHECK(s.steps == 72);
  }
  SECTION("end and steps in one file, when they agree (as a resolved scenario has them)") {
    write_text(file, "start = 2025\nend = 2026\nsteps = 24\n");
    CHECK(load_scenario(file).steps == 24);
  }
  SECTION("days") {
    write_text(file, "time_step = \"30 days\"\nsteps = 3\n");
    CHECK(load_scenario(file).step_days == 30.0);
  }
}

TEST_CASE("load_scenario refuses unknown step lengths and bad numbers of steps", "[engine]") {
  TempDir folder;
  const auto file = folder / "s.toml";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"time_step = \"fortnight\"\nsteps = 3\n", "is not an available time step"},
      {"time_step = \"-2 weeks\"\nsteps = 3\n", "is not an available time step"},
      {"time_step = \"2 months\"\nsteps = 3\n", "is not an available time step"},
      {"time_step = \"6,75 weeks\"\nsteps = 3\n", "is not an available time step"},
      {"steps = 0\n", "expected a whole number of steps"},
      {"steps = 2.5\n", "expected a whole number of steps"},
      {"time_step = \"6.75 weeks\"\n", "needs the number of steps"},
      {"start = 2025\nend = 2030\nsteps = 12\n",
       "12 steps from 2025-01 end in 2025-12, but end = 2030-12 in the same file; set only one"},
      {"start = 2025\nsteps = 12\nend = 2030\n", "but end = 2030-12 in the same file"},
      {"time_step = \"366 days\"\nsteps = 300\n", "after 2100-12: give fewer steps"},
      {"start = 2090\nsteps = 200\n", "after 2100-12: give fewer steps"},
  };
  for (const auto& [text, message] : cases) {
    INFO(text);
    write_text(file, text);
    CHECK_THAT(load_error(file).what(), Contains(message));
  }
}

TEST_CASE("load_scenario refuses a folder or device as the scenario or its base", "[engine]") {
  TempDir folder;
  fs::create_directory(folder / "data");
  CHECK_THAT(load_error(folder / "data").what(), Contains("not a regular file"));
  CHECK_THAT(load_error("/dev/null").what(), Contains("not a regular file"));
  write_text(folder / "s.toml", "base = \"data\"\n");
  const InputError error = load_error(folder / "s.toml");
  CHECK_THAT(error.what(), Contains("not a regular file"));
  CHECK(error.where().file == (folder / "data").string());
}

TEST_CASE("load_scenario refuses an empty data_dir with its key", "[engine]") {
  TempDir folder;
  write_text(folder / "s.toml", "title = \"t\"\ndata_dir = \"\"\n");
  const InputError error = load_error(folder / "s.toml");
  CHECK(error.where().key == "data_dir");
  CHECK(error.where().line == 2);
  CHECK_THAT(error.what(), Contains("not an empty text"));
}

TEST_CASE("load_scenario keeps an [occupational_network] table for the model, merged over bases",
          "[engine]") {
  TempDir folder;
  const auto base = folder / "base.toml";
  write_text(base,
             "[occupational_network]\noccupations = \"jobs.csv\"\n"
             "employment_column = \"e0\"\nnetwork = \"complete\"\n");
  const auto file = folder / "s.toml";
  write_text(file, "base = \"base.toml\"\n\n[occupational_network]\nnetwork = \"net.csv\"\n");
  const Scenario s = load_scenario(file);
  CHECK(s.network.present);
  CHECK(s.network.at("network").line == 4);
  CHECK(s.network.at("network").file == file.string());
  CHECK(s.network.at("occupations").file == base.string());
  const auto table = toml::parse(s.network.toml);
  CHECK(table["occupations"].value_or(std::string()) == "jobs.csv");
  CHECK(table["network"].value_or(std::string()) == "net.csv");
  const std::string resolved = lmsim::resolved_scenario_toml(s);
  write_text(folder / "again.toml", resolved);
  CHECK(load_scenario(folder / "again.toml").network.toml == s.network.toml);

  write_text(file, "occupational_network = 3\n");
  CHECK_THAT(load_error(file).what(), Contains("expected a table"));
  CHECK_FALSE(load_scenario(base).network.toml.empty());
  CHECK_FALSE(Scenario{}.network.present);
}

TEST_CASE("load_scenario follows a chain of 64 base files and refuses a 65th", "[engine]") {
  TempDir folder;
  // s0 -> s1 -> ... -> s{files-1}; the last has no base.
  const auto write_chain = [&](int files) {
    for (int i = 0; i < files; ++i) {
      const std::string base =
          i + 1 < files ? "base = \"s" + std::to_string(i + 1) + ".toml\"\n" : std::string();
      write_text(folder / ("s" + std::to_string(i) + ".toml"),
                 base + "title = \"level " + std::to_string(i) + "\"\n");
    }
  };
  write_chain(64);
  const Scenario deepest = load_scenario(folder / "s0.toml");
  CHECK(deepest.chain.size() == 64);
  CHECK(deepest.title == "level 0");
  write_chain(65);
  const InputError error = load_error(folder / "s0.toml");
  CHECK(error.where().file == (folder / "s63.toml").string());
  CHECK(error.where().line == 1);
  CHECK(error.where().key == "base");
  CHECK_THAT(error.what(), Contains("this base makes a chain of more than 64 scenario files, "
                                    "starting at s0.toml; lmsim follows at most 64"));
}

TEST_CASE("load_scenario names a symbolic link that loops, as the scenario or its base",
          "[engine]") {
  TempDir folder;
  fs::create_symlink("loop.toml", folder / "loop.toml");
  CHECK_THAT(load_error(folder / "loop.toml").what(),
             Equals((folder / "loop.toml").string() +
                    ": is a symbolic link that loops (it leads back to itself)"));
  write_text(folder / "s.toml", "base = \"loop.toml\"\n");
  CHECK_THAT(load_error(folder / "s.toml").what(), Contains("loop.toml: is a symbolic link"));
}
