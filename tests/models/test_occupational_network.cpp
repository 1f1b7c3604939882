// The [occupational_network] table as the model reads it (models/occupational_network.hpp): its
// keys and defaults, and a located message for an unknown key, a value that is not text and a
// missing key.
#include <catch2/catch.hpp>

#include <string>

#include "engine/error.hpp"
#include "engine/scenario.hpp"
#include "models/occupational_network.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

using Catch::Matchers::Contains;

ModelTable table_of(const test::TempDir& folder, const std::string& text) {
  const auto file = folder / "s.toml";
  test::write_text(file, "[occupational_network]\n" + text);
  return load_scenario(file).network;
}

InputError read_error(const ModelTable& table) {
  try {
    read_occupational_network(table);
  } catch (const InputError& error) {
    return error;
  }
  FAIL("no error");
  return InputError({}, "");
}

}  // namespace

TEST_CASE("read_occupational_network reads the keys and their defaults", "[network]") {
  test::TempDir folder;
  const OccupationalNetworkSpec spec =
      read_occupational_network(table_of(folder,
                                         "occupations = \"jobs.csv\"\nemployment_column = \"e0\"\n"
                                         "network = \"net.csv\"\n"));
  CHECK(spec.occupations == "jobs.csv");
  CHECK(spec.employment_column == "e0");
  CHECK(spec.network == "net.csv");
  CHECK(spec.id_column == "id");
  CHECK(spec.name_column.empty());
  CHECK(spec.at("network").line == 4);
  CHECK(spec.at("network").key == "occupational_network.network");
  const OccupationalNetworkSpec defaults = read_occupational_network(
      table_of(folder, "occupations = \"jobs.csv\"\nemployment_column = \"e0\"\n"));
  CHECK(defaults.network == "complete");
}

TEST_CASE("read_occupational_network refuses what the table lacks or does not know", "[network]") {
  test::TempDir folder;
  const InputError missing = read_error(table_of(folder, "occupations = \"jobs.csv\"\n"));
  CHECK_THAT(missing.what(), Contains("missing key `employment_column`"));
  CHECK(missing.where().line == 1);
  const InputError unknown =
      read_error(table_of(folder, "occupations = \"jobs.csv\"\nemployment_colum = \"e0\"\n"));
  CHECK(unknown.where().line == 3);
  CHECK(unknown.where().key == "occupational_network.employment_colum");
  CHECK_THAT(unknown.what(), Contains("did you mean 'employment_column'"));
  const InputError number =
      read_error(table_of(folder, "occupations = 3\nemployment_column = \"e0\"\n"));
  CHECK(number.where().line == 2);
  CHECK_THAT(number.what(), Contains("expected a text value"));
}

TEST_CASE("the --network option replaces the scenario's network and says where", "[network]") {
  test::TempDir folder;
  ModelTable table = table_of(folder, "occupations = \"jobs.csv\"\nemployment_column = \"e0\"\n");
  table.set_text("network", "net.csv", {"--network", 0, 0, ""});
  const OccupationalNetworkSpec spec = read_occupational_network(table);
  CHECK(spec.network == "net.csv");
  CHECK(spec.at("network").file == "--network");
  CHECK(spec.occupations == "jobs.csv");
}

}  // namespace lmsim::model
