// Defence expansion as a recruitment problem (models/levers/defence_expansion.hpp,
// docs/levers.md): posts fill no faster than Defensie recruits, reservists are counted once,
// posts a planner places by region land there, and the result file's formation and posts filled
// follow the lever. Held against Defensie's own figures (scenarios/data/SOURCES.md,
// defence_streams.csv): a net growth of +5,567 in 2025 and a maximum of about +7,400 a year.
#include <catch2/catch.hpp>
#include <cmath>

#include "engine/scenario.hpp"
#include "models/data_set.hpp"
#include "models/levers/defence_expansion.hpp"
#include "models/levers/lever.hpp"
#include "models/parameters.hpp"
#include "models/recorder.hpp"
#include "models/stock_flow_model.hpp"
#include "tests/support/default_model.hpp"
#include "tests/support/temp_dir.hpp"

using Catch::Matchers::Contains;

namespace lmsim::model {
namespace {

const DataSet& data() {
  return test::default_data();
}

std::vector<LeverEntry> levers_from(const test::TempDir& tmp, const std::string& body) {
  const auto file = tmp / "scenario.toml";
  test::write_text(file, "data_dir = \"" + test::default_data_dir().string() + "\"\n" + body);
  return load_scenario(file).levers;
}

DefenceExpansion defence(const test::TempDir& tmp, const std::string& keys) {
  const auto entries = levers_from(tmp, "[[levers]]\ntype = \"defence_expansion\"\n" + keys);
  const LeverReader reader(
      entries.at(0), data(),
      {"regions", "target_personnel", "target_military", "target_civilian", "target_reservists",
       "recruitment", "posts_file", "civilian_hours_served", "regional_split", "profile"});
  return DefenceExpansion(reader, data());
}

ScenarioEffects effects_in(const Lever& lever, YearMonth month) {
  ScenarioEffects effects;
  effects.reset(data().dims.region_count(), data().dims.occupation_count());
  lever.add_effect(effects, month);
  return effects;
}

// Today's personnel of the three streams (defence_streams.csv).
double today() {
  double sum = 0.0;
  for (const DefenceStream& d : data().defence_streams) sum += d.personnel;
  return sum;
}

double total(const DefenceExpansion::Streams& s) {
  return s[0] + s[1] + s[2];
}

YearMonth next(YearMonth m) {
  return m.month == 12 ? YearMonth{m.year + 1, 1} : YearMonth{m.year, m.month + 1};
}

// The streams of defence_expansion_200k.toml, all at once from January 2026.
constexpr const char* kDoubling = R"(target_military = 113_333
target_civilian = 30_000
target_reservists = 56_667
profile = { shape = "step", from = 2026 }
)";

}  // namespace

TEST_CASE("defence posts fill no faster than Defensie recruits", "[levers][defence]") {
  test::TempDir tmp;
  const DefenceExpansion lever = defence(tmp, kDoubling);
  // Every month and stream: kept personnel plus a twelfth of the year's capacity, or the
  // formation where that is less.
  DefenceExpansion::Month before = lever.at({2025, 12});
  for (YearMonth m{2026, 1}; m.year <= 2035; m = next(m)) {
    const DefenceExpansion::Month now = lever.at(m);
    for (std::size_t s = 0; s < kDefenceStreamCount; ++s) {
      const double kept = before.filled[s] * (1.0 - data().defence_streams[s].outflow_rate / 12.0);
      const double reachable = kept + data().defence_recruitment_in(m.year, s) / 12.0;
      CHECK(now.filled[s] == Approx(std::min(now.posts[s], reachable)).epsilon(1e-12));
    }
    before = now;
  }
  // The formation doubles at once; the posts filled grow in 2026 by less than the maximum net
  // growth Defensie can reach (about +7,400 a year) and by more than it reached in 2025 (+5,567,
  // NOS): the capacity of 2026 is above the inflow of 2025.
  const double growth_2026 =
      total(lever.at({2026, 12}).filled) - total(lever.at({2025, 12}).filled);
  CHECK(growth_2026 > 5567.0);
  CHECK(growth_2026 < 7400.0);
  // 200,000 is out of reach by 2035: the posts filled stay below three quarters of it.
  const DefenceExpansion::Month end = lever.at({2035, 12});
  CHECK(total(end.posts) == Approx(200000.0).epsilon(1e-12));
  CHECK(total(end.filled) < 0.75 * 200000.0);
}

TEST_CASE("a formation that shrinks is followed down at once", "[levers][defence]") {
  test::TempDir tmp;
  const DefenceExpansion lever = defence(
      tmp, "target_military = 40_000\nprofile = { shape = \"linear\", from = 2026, to = 2027 }\n");
  for (YearMonth m{2026, 1}; m.year <= 2028; m = next(m)) {
    const DefenceExpansion::Month month = lever.at(m);
    CHECK(month.filled[0] == Approx(month.posts[0]).epsilon(1e-12));
  }
  CHECK(lever.at({2028, 1}).filled[0] == Approx(40000.0).epsilon(1e-12));
}

TEST_CASE("a total target and a stream's own target together are refused", "[levers][defence]") {
  test::TempDir tmp;
  CHECK_THROWS_WITH(defence(tmp,
                            "target_personnel = 100_000\ntarget_civilian = 30_000\n"
                            "profile = { shape = \"step\", from = 2026 }\n"),
                    Contains("levers[0].target_civilian") &&
                        Contains("give either target_personnel or the streams' targets"));
}

TEST_CASE("without the recruitment limit the posts fill as the formation grows",
          "[levers][defence]") {
  test::TempDir tmp;
  const DefenceExpansion lever =
      defence(tmp, std::string(kDoubling) + "recruitment = \"unlimited\"\n");
  for (YearMonth m{2025, 6}; m.year <= 2030; m = next(m)) {
    const DefenceExpansion::Month month = lever.at(m);
    for (std::size_t s = 0; s < kDefenceStreamCount; ++s) CHECK(month.filled[s] == month.posts[s]);
  }
}

TEST_CASE(
    "the target's growth goes to the streams by growth_share, and a target of today's "
    "personnel changes nothing",
    "[levers][defence]") {
  test::TempDir tmp;
  const DefenceExpansion grown = defence(tmp,
                                         "target_personnel = 100_000\nrecruitment = \"unlimited\"\n"
                                         "profile = { shape = \"step\", from = 2026 }\n");
  const DefenceExpansion::Month full = grown.at({2030, 1});
  const double growth = 100000.0 - today();
  for (std::size_t s = 0; s < kDefenceStreamCount; ++s) {
    const DefenceStream& d = data().defence_streams[s];
    CHECK(full.posts[s] == Approx(d.personnel + growth * d.growth_share).epsilon(1e-12));
  }
  const DefenceExpansion same =
      defence(tmp, "target_personnel = " + std::to_string(std::llround(today())) +
                       "\nprofile = { shape = \"step\", from = 2026 }\n");
  const ScenarioEffects effects = effects_in(same, {2030, 6});
  ScenarioEffects neutral;
  neutral.reset(data().dims.region_count(), data().dims.occupation_count());
  CHECK(effects.demand_added == neutral.demand_added);
  CHECK(effects.defence_posts_not_demand == neutral.defence_posts_not_demand);
  CHECK(effects.defence_reservists_added == neutral.defence_reservists_added);
  CHECK_FALSE(effects.reservists.any());
}

TEST_CASE("reservists are counted once: posts filled and civilian hours, not defence jobs",
          "[levers][defence]") {
  test::TempDir tmp;
  const DefenceExpansion lever = defence(tmp,
                                         "target_reservists = 20_000\nrecruitment = \"unlimited\"\n"
                                         "profile = { shape = \"step\", from = 2026 }\n");
  const ScenarioEffects effects = effects_in(lever, {2027, 1});
  const double added = 20000.0 - data().defence_streams[2].personnel;  // to the target of 20,000
  for (double d : effects.demand_added) CHECK(d == 0.0);
  double reservists = 0.0;
  for (double r : effects.defence_reservists_added) reservists += r;
  CHECK(reservists == Approx(added).epsilon(1e-12));
  // The civilian workers holding a reservist post: the added reservists with a civilian job,
  // each giving up civilian_hours_served of their hours; none in DEF.
  const std::size_t O = data().dims.occupation_count();
  const std::size_t def = data().dims.occupations["DEF"];
  double with_civilian_job = 0.0;
  for (std::size_t c = 0; c < effects.reservists.share.size(); ++c) {
    const double workers =
        data().employed(static_cast<Eigen::Index>(c / O), static_cast<Eigen::Index>(c % O));
    with_civilian_job += effects.reservists.share[c] * workers;
    if (c % O == def) CHECK(effects.reservists.share[c] == 0.0);
    if (effects.reservists.share[c] > 0.0)
      CHECK(effects.reservists.cut[c] ==
            Approx(data().defence_streams[2].civilian_hours_served).epsilon(1e-12));
  }
  CHECK(with_civilian_job ==
        Approx(added * data().defence_streams[2].civilian_job_share).epsilon(1e-9));
}

TEST_CASE("reservist_hours beside defence_expansion is refused: the reservists would count twice",
          "[levers][defence]") {
  test::TempDir tmp;
  const auto entries = levers_from(tmp, R"([[levers]]
type = "defence_expansion"
target_personnel = 100_000
profile = { shape = "step", from = 2026 }
[[levers]]
type = "reservist_hours"
reservists = 10_000
civilian_hours_cut = 0.1
profile = { shape = "step", from = 2026 }
)");
  CHECK_THROWS_WITH(
      build_levers(entries, data()),
      Contains("levers[1].type") && Contains("already counts with their civilian hours"));
}

TEST_CASE("posts a planner places by region land there, the rest by base presence",
          "[levers][defence]") {
  test::TempDir tmp;
  // 1,500 military posts at Amersfoort (AM14), the rest of the growth to 50,000 by presence.
  const double military = data().defence_streams[0].personnel;
  const double growth = 50000.0 - military;
  const double placed = 1500.0;
  REQUIRE(growth > placed);
  const std::string grow = "target_military = 50_000\n";
  const std::string step = "profile = { shape = \"step\", from = 2026 }\n";
  test::write_text(tmp / "posts.csv", "region,posts\nAM14,1500\n");
  const DefenceExpansion lever =
      defence(tmp, grow + "recruitment = \"unlimited\"\nposts_file = \"posts.csv\"\n" + step);
  const ScenarioEffects effects = effects_in(lever, {2027, 1});
  const std::size_t O = data().dims.occupation_count();
  const std::size_t def = data().dims.occupations["DEF"];
  const auto presence = [&](const std::string& code) {
    return data().defence_personnel(static_cast<Eigen::Index>(data().dims.regions[code])) /
           data().defence_personnel.sum();
  };
  const auto added = [&](const std::string& code) {
    return effects.demand_added[data().dims.regions[code] * O + def];
  };
  const double rest = growth - placed;
  CHECK(added("AM14") == Approx(placed + rest * presence("AM14")).epsilon(1e-12));
  CHECK(added("AM15") == Approx(rest * presence("AM15")).epsilon(1e-12));
  double sum = 0.0;
  for (std::size_t r = 0; r < data().dims.region_count(); ++r)
    sum += effects.demand_added[r * O + def];
  CHECK(sum == Approx(growth).epsilon(1e-12));

  SECTION("more posts than the growth are refused") {
    test::write_text(tmp / "posts.csv",
                     "region,posts\nAM14," + std::to_string(std::llround(growth) + 1) + "\n");
    CHECK_THROWS_WITH(
        defence(tmp, grow + "posts_file = \"posts.csv\"\n" + step),
        Contains("posts_file") && Contains("exceed the growth of the formation (" +
                                           std::to_string(std::llround(growth)) + ")"));
  }
  SECTION("a posts file beside a stream that shrinks is refused") {
    CHECK_THROWS_WITH(
        defence(tmp, grow + "target_civilian = 20_000\nposts_file = \"posts.csv\"\n" + step),
        Contains("levers[0].posts_file") && Contains("one stream grows and another"));
  }
  SECTION("a missing file and an unknown region are named") {
    CHECK_THROWS_WITH(defence(tmp, grow + "posts_file = \"none.csv\"\n" + step),
                      Contains("levers[0].posts_file") && Contains("file not found"));
    test::write_text(tmp / "posts.csv", "region,posts\nAM99,100\n");
    CHECK_THROWS_WITH(defence(tmp, grow + "posts_file = \"posts.csv\"\n" + step),
                      Contains("posts.csv:2") && Contains("AM99"));
  }
}

TEST_CASE("the result file's formation and posts filled follow the lever", "[levers][defence]") {
  test::TempDir tmp;
  const auto entries =
      levers_from(tmp, std::string("[[levers]]\ntype = \"defence_expansion\"\n") + kDoubling);
  const ParameterValues values(model_parameter_registry());
  const StockFlowModel model(data(), resolve_parameters(values), TimeAxis({2025, 1}, {2026, 12}),
                             build_levers(entries, data()));
  Recorder recorder(model);
  LabourMarketState state = model.initial_state();
  model.run(state, [&](const LabourMarketState& s, int t) { recorder.observe(s, t); });
  const ResultSet& r = recorder.results();
  const std::size_t R = data().dims.region_count();
  const std::size_t O = data().dims.occupation_count();
  const std::size_t def = data().dims.occupations["DEF"];
  const auto national = [&](const char* name, std::size_t t, bool by_cell) {
    const auto& v = r.variable(name).data;
    double sum = 0.0;
    for (std::size_t g = 0; g < R; ++g) sum += by_cell ? v[(t * R + g) * O + def] : v[t * R + g];
    return sum;
  };
  const auto* lever = dynamic_cast<const DefenceExpansion*>(model.levers().front().get());
  REQUIRE(lever != nullptr);
  for (std::size_t t : {11u, 12u, 23u}) {  // December 2025, January and December 2026
    const DefenceExpansion::Month m = lever->at(model.time().at(static_cast<int>(t)));
    const auto& personnel = data().defence_streams;
    const double reservists = m.filled[2] - personnel[2].personnel;
    const double not_demand = (m.posts[0] - m.filled[0]) + (m.posts[1] - m.filled[1]) +
                              (m.posts[2] - personnel[2].personnel);
    CHECK(national("defence_posts", t, false) ==
          Approx(national("target_demand", t, true) + not_demand).epsilon(1e-12));
    CHECK(national("defence_filled", t, false) ==
          Approx(national("employed", t, true) + reservists).epsilon(1e-12));
  }
  // The formation is today's posts (DEF's jobs and vacancies of the data) plus the lever's
  // growth.
  const auto def_column = static_cast<Eigen::Index>(def);
  const double today_posts =
      data().employed.col(def_column).sum() + data().vacancies.col(def_column).sum();
  const DefenceExpansion::Month december = lever->at({2026, 12});
  double growth = 0.0;
  for (std::size_t s = 0; s < kDefenceStreamCount; ++s)
    growth += december.posts[s] - data().defence_streams[s].personnel;
  CHECK(national("defence_posts", 23, false) == Approx(today_posts + growth).epsilon(1e-9));
  // The formation doubles from January 2026; the posts filled are far from it.
  CHECK(national("defence_filled", 23, false) < 0.6 * national("defence_posts", 23, false));
}

}  // namespace lmsim::model
