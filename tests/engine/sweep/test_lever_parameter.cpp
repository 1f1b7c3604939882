// Unit tests of engine/sweep/lever_parameter: sweep parameters that name a lever key are read in
// both forms, resolved against the scenario's levers, and refused with a message that says what
// to write where the name is malformed, ambiguous or unknown.
#include <catch2/catch.hpp>

#include <string>

#include "engine/error.hpp"
#include "engine/sweep/lever_parameter.hpp"

namespace lmsim::sweep {
namespace {

using Catch::Matchers::Contains;

const SourceLocation kWhere{"sweep.toml", 7, 1, "parameters.x"};

LeverEntry lever(const std::string& type, const std::string& toml, std::size_t i) {
  return {type,
          {"s.toml", 1, 1, ""},
          "type = \"" + type + "\"\n" + toml,
          {},
          "levers[" + std::to_string(i) + "]"};
}

const std::vector<LeverEntry> kLevers = {
    lever("local_shock", "jobs = 800\nregion = \"AM29\"\n", 0),
    lever("defence_expansion", "target_personnel = 100000\n", 1),
    lever("local_shock", "jobs = -300\nregion = \"AM01\"\n", 2)};

std::vector<std::string> keys_of(const std::string& type) {
  if (type == "local_shock") return {"region", "occupation", "jobs", "profile"};
  return {"regions", "target_personnel", "regional_split", "profile"};
}

std::string refusal(const std::string& name) {
  try {
    (void)resolve_lever_key(parse_lever_key_name(name, kWhere), kWhere, kLevers, keys_of);
  } catch (const InputError& error) {
    return error.what();
  }
  FAIL("accepted: " << name);
  return {};
}

TEST_CASE("a lever key is named by type or by place", "[sweep][levers]") {
  CHECK(names_lever_key("levers.local_shock.jobs"));
  CHECK(names_lever_key("levers[2].jobs"));
  CHECK_FALSE(names_lever_key("separation_rate"));
  const LeverKeyName by_type =
      parse_lever_key_name("levers.defence_expansion.target_personnel", kWhere);
  CHECK(by_type.type == "defence_expansion");
  CHECK_FALSE(by_type.index);
  CHECK(by_type.key == "target_personnel");
  CHECK(resolve_lever_key(by_type, kWhere, kLevers, keys_of) == 1);
  const LeverKeyName by_place = parse_lever_key_name("levers[2].jobs", kWhere);
  CHECK(by_place.index == std::optional<std::size_t>(2));
  CHECK(resolve_lever_key(by_place, kWhere, kLevers, keys_of) == 2);
}

TEST_CASE("a lever key that is malformed, ambiguous or unknown is refused where it is named",
          "[sweep][levers]") {
  for (const char* name : {"levers.local_shock", "levers.local_shock.", "levers[x].jobs",
                           "levers[1]jobs", "levers[].jobs", "levers.a.b.c"}) {
    INFO(name);
    try {
      (void)parse_lever_key_name(name, kWhere);
      FAIL("accepted");
    } catch (const InputError& error) {
      CHECK_THAT(error.what(), Contains("sweep.toml:7:1: parameters.x: expected levers.TYPE.KEY or "
                                        "levers[I].KEY, such as levers.local_shock.jobs"));
    }
  }
  CHECK_THAT(refusal("levers.local_shock.jobs"),
             Contains("sweep.toml:7:1: parameters.x: the scenario has 2 levers of type "
                      "'local_shock' (levers[0], levers[2], base scenarios' first); name one by "
                      "its place, such as levers[2].jobs"));
  CHECK_THAT(refusal("levers.local_shok.jobs"),
             Contains("the scenario has no lever of type 'local_shok' (did you mean "
                      "'local_shock'?); its levers: levers[0] local_shock, levers[1] "
                      "defence_expansion, levers[2] local_shock"));
  CHECK_THAT(refusal("levers[3].jobs"),
             Contains("the scenario has no lever levers[3]; its levers, counted from 0 with the "
                      "base scenarios' first: levers[0] local_shock, levers[1] defence_expansion"));
  CHECK_THAT(refusal("levers.defence_expansion.target_personel"),
             Contains("a lever of type 'defence_expansion' has no key 'target_personel' (did you "
                      "mean 'target_personnel'?)"));
  CHECK_THAT(refusal("levers[0].region"),
             Contains("levers[0].region is not a number in the scenario; a sweep varies numbers"));
}

TEST_CASE("a lever key set to a number replaces the scenario's value", "[sweep][levers]") {
  LeverEntry entry = kLevers[0];
  entry.set_number("jobs", 1234.5);
  CHECK_THAT(entry.toml, Contains("jobs = 1234.5"));
  CHECK_THAT(entry.toml, Contains("region = 'AM29'"));
  entry.set_number("jobs", 0.1 + 0.2);  // written to the last bit
  CHECK_THAT(entry.toml, Contains("jobs = 0.30000000000000004"));
}

}  // namespace
}  // namespace lmsim::sweep
