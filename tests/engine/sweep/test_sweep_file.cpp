// Unit tests of engine/sweep/sweep_file and sweep_plan: a sweep file is read with its parameters
// in file order, grid levels and defaults; every mistake a user can make is refused with file,
// line and key and a message that says what to do; a plan is reproducible from its seed.
#include <catch2/catch.hpp>

#include <string>

#include "engine/error.hpp"
#include "engine/sweep/sweep_file.hpp"
#include "engine/sweep/sweep_plan.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Catch::Matchers::Contains;
using lmsim::InputError;
using lmsim::ParameterRegistry;
using lmsim::sweep::DesignKind;
using lmsim::sweep::load_sweep;
using lmsim::sweep::SweepSpec;
using lmsim::test::TempDir;
using lmsim::test::write_text;

ParameterRegistry registry() {
  ParameterRegistry r;
  r.add({"growth", "fraction per year", 0.0, -0.2, 0.2, "demand growth", "test"});
  r.add({"scale", "factor", 1.0, 0.0, 5.0, "a scale", "test"});
  r.retire("old_share", "the counts replaced it; delete it");
  return r;
}

// A sweep file in a folder with a scenario file beside it; returns the sweep file's path.
std::filesystem::path sweep_file(const TempDir& dir, const std::string& body) {
  write_text(dir / "scenario.toml", "title = \"s\"\n");
  write_text(dir / "sweep.toml", "scenario = \"scenario.toml\"\n" + body);
  return dir / "sweep.toml";
}

InputError sweep_error(const std::string& body) {
  const TempDir dir;
  try {
    (void)load_sweep(sweep_file(dir, body), registry());
  } catch (const InputError& error) {
    return error;
  }
  FAIL("load_sweep accepted:\n" << body);
  throw std::logic_error("unreachable");
}

const char* kTwoParameters = R"(points = 8
[parameters.scale]
distribution = "triangular"
min = 0.5
mode = 1.0
max = 2.0
[parameters.growth]
distribution = "uniform"
min = 0.0
max = 0.02
)";

}  // namespace

TEST_CASE("load_sweep reads the design, its defaults and the parameters in file order", "[sweep]") {
  const TempDir dir;
  const SweepSpec spec = load_sweep(sweep_file(dir, kTwoParameters), registry());
  CHECK(spec.design == DesignKind::kLatinHypercube);
  CHECK(spec.engine == "stock-flow");
  CHECK(spec.points == 8);
  CHECK(spec.replicates == 1);
  CHECK_FALSE(spec.seed.has_value());
  REQUIRE(spec.parameters.size() == 2);
  CHECK(spec.parameters[0].name == "scale");  // as written, not alphabetical
  CHECK(spec.parameters[1].name == "growth");
  CHECK(spec.scenario == (dir / "scenario.toml").lexically_normal());
  CHECK(spec.parameters[1].where.line == 8);
}

TEST_CASE("a grid takes values and quantile levels and has their product of points", "[sweep]") {
  const TempDir dir;
  const SweepSpec spec = load_sweep(sweep_file(dir, R"(design = "grid"
[parameters.growth]
values = [0.0, 0.01, 0.02]
[parameters.scale]
distribution = "uniform"
min = 1.0
max = 2.0
levels = 2
)"),
                                    registry());
  CHECK(spec.points == 6);
  CHECK(spec.parameters[1].grid_values == std::vector<double>{1.25, 1.75});
  const auto plan = lmsim::sweep::plan_sweep(spec, 1);
  REQUIRE(plan.values.rows() == 6);
  CHECK(plan.values(0, 0) == 0.0);
  CHECK(plan.values(1, 1) == 1.75);
  CHECK(plan.values(5, 0) == 0.02);
}

TEST_CASE("a sweep plan is the same for the same seed and differs for another", "[sweep]") {
  const TempDir dir;
  const SweepSpec spec = load_sweep(sweep_file(dir, kTwoParameters), registry());
  const auto a = lmsim::sweep::plan_sweep(spec, 5);
  const auto b = lmsim::sweep::plan_sweep(spec, 5);
  const auto c = lmsim::sweep::plan_sweep(spec, 6);
  CHECK(a.values == b.values);
  CHECK(a.values != c.values);
  CHECK(a.values.col(1).minCoeff() >= 0.0);
  CHECK(a.values.col(1).maxCoeff() <= 0.02);
}

TEST_CASE("sweep files with mistakes are refused with line, key and what to do", "[sweep]") {
  struct Case {
    const char* body;
    long line;  // in the body, 0 where the message names no line
    const char* key;
    const char* says;
  };
  const Case cases[] = {
      {"points = 4\n[parameters.growht]\ndistribution = \"uniform\"\nmin = 0\nmax = 1\n", 2,
       "parameters.growht", "did you mean 'growth'"},
      {"points = 4\n[parameters.old_share]\ndistribution = \"uniform\"\nmin = 0\nmax = 1\n", 2,
       "parameters.old_share",
       "unknown parameter: removed, the counts replaced it; delete it (lmsim params lists them)"},
      {"points = 4\n[parameters.growth]\ndistribution = \"normal\"\nmean = 0\nsd = 0.1\n", 2,
       "parameters.growth", "truncate it with lower = -0.2"},
      {"points = 4\n[parameters.scale]\ndistribution = \"uniform\"\nmin = 0\nmax = 40\n", 2,
       "parameters.scale", "above the highest value scale accepts (5 factor)"},
      {"points = 4\n[parameters.scale]\ndistribution = \"uniform\"\nmin = 2\nmax = 1\n", 2,
       "parameters.scale", "min"},
      {"points = 4\n[parameters.scale]\ndistribution = \"uniform\"\nmin = 0\nsd = 1\nmax = 1\n", 5,
       "parameters.scale.sd", "does not belong to a uniform distribution"},
      {"points = 4\n[parameters.scale]\ndistribution = \"unifrom\"\nmin = 0\nmax = 1\n", 3,
       "parameters.scale.distribution", "did you mean 'uniform'"},
      {"points = 4\n[parameters.scale]\ndistribution = \"uniform\"\nmin = nan\nmax = 1\n", 4,
       "parameters.scale.min", "finite number"},
      {"[parameters.scale]\ndistribution = \"uniform\"\nmin = 0\nmax = 1\n", 0, "points",
       "how many points"},
      {"points = 0\n[parameters.scale]\ndistribution = \"uniform\"\nmin = 0\nmax = 1\n", 1,
       "points", "from 1"},
      {"points = 4\nlevels = 3\n", 2, "levels", "unknown key"},
      {"points = 4\n[parameters.scale]\ndistribution = \"uniform\"\nmin = 0\nmax = 1\nlevels = "
       "2\n",
       6, "parameters.scale.levels", "grid"},
      {"design = \"grid\"\npoints = 5\n[parameters.scale]\nvalues = [1, 2]\n", 2, "points",
       "product of its levels (2)"},
      {"replicates = 3\npoints = 2\n[parameters.scale]\ndistribution = \"uniform\"\nmin = 0\nmax "
       "= 1\n",
       1, "replicates", "engine = \"abm\""},
      {"design = \"latin\"\n", 1, "design", "latin-hypercube"},
      {"points = 4\n", 0, "parameters", "at least one uncertain parameter"},
      {"points = 4\n[parameters.scale\n", 2, "", "malformed TOML"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.says) {
      const InputError error = sweep_error(c.body);
      INFO(error.what());
      // Lines count in the body; the file starts with its `scenario` line.
      CHECK(error.where().line == (c.line == 0 ? 0 : c.line + 1));
      CHECK(error.where().key == c.key);
      CHECK_THAT(error.what(), Contains(c.says));
    }
  }
}

TEST_CASE("a sweep naming a missing scenario file is refused at its `scenario` key", "[sweep]") {
  const TempDir dir;
  write_text(dir / "sweep.toml", "scenario = \"nowhere.toml\"\npoints = 2\n");
  try {
    (void)load_sweep(dir / "sweep.toml", registry());
    FAIL("accepted");
  } catch (const InputError& error) {
    CHECK(error.where().key == "scenario");
    CHECK(error.where().line == 1);
    CHECK_THAT(error.what(), Contains("not found"));
  }
}
