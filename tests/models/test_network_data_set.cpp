// Unit tests of models/network_data_set: a published network's files become a data set of one
// region, and every malformed file (missing, unknown column, a row of the network that does not
// sum to 1, a network that is not square, negative or non-numeric values, duplicate codes) is
// refused naming the file, line or scenario key.
#include <catch2/catch.hpp>

#include "engine/error.hpp"
#include "models/network_data_set.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::model {
namespace {

using Catch::Matchers::Contains;

OccupationalNetworkSpec spec_for(const std::string& network) {
  OccupationalNetworkSpec spec;
  spec.occupations = "jobs.csv";
  spec.employment_column = "e0";
  spec.network = network;
  spec.where = {"s.toml", 7, 1, "occupational_network"};
  return spec;
}

void write_jobs(const test::TempDir& dir) {
  test::write_text(dir / "jobs.csv", "id,e0\na,100\nb,300\nc,50.5\n");
}

InputError load_error(const OccupationalNetworkSpec& spec, const test::TempDir& dir) {
  try {
    (void)load_network_data_set(spec, dir.path());
  } catch (const InputError& error) {
    return error;
  }
  FAIL("the network data were accepted");
  throw std::logic_error("unreachable");
}

TEST_CASE("a network data set is one region with the occupations and network of its files",
          "[data]") {
  const test::TempDir dir;
  write_jobs(dir);
  test::write_text(dir / "net.csv", "0.5,0.5,0\n0,1,0\n0.25,0.25,0.5\n");
  const DataSet data = load_network_data_set(spec_for("net.csv"), dir.path());
  CHECK(data.occupational_network);
  CHECK(data.dims.region_count() == 1);
  CHECK(data.dims.regions.code(0) == kNetworkRegionCode);
  CHECK(data.dims.occupations.codes() == std::vector<std::string>{"a", "b", "c"});
  CHECK(data.employed(0, 2) == 50.5);
  CHECK(data.occupational_mobility(2, 0) == 0.25);
  CHECK(data.occupational_mobility(1, 1) == 1.0);
  CHECK(data.checksums.count("jobs.csv") == 1);
  CHECK(data.checksums.count("net.csv") == 1);

  const DataSet complete = load_network_data_set(spec_for("complete"), dir.path());
  CHECK((complete.occupational_mobility.array() == 1.0 / 3.0).all());
}

TEST_CASE("a plain 0 in the network reads as any other spelling of zero", "[data]") {
  // The reader skips parsing the plain zeros that fill most of a sparse network.
  const test::TempDir dir;
  write_jobs(dir);
  test::write_text(dir / "plain.csv", "0.5,0.5,0\n0,1,0\n0.25,0.25,0.5\n");
  test::write_text(dir / "spelled.csv", "0.5,0.5,0.0\n0e0,1,0.000\n0.25,0.25,0.5\n");
  const DataSet plain = load_network_data_set(spec_for("plain.csv"), dir.path());
  const DataSet spelled = load_network_data_set(spec_for("spelled.csv"), dir.path());
  CHECK(plain.occupational_mobility == spelled.occupational_mobility);
  CHECK(plain.occupational_mobility(1, 0) == 0.0);

  test::write_text(dir / "empty.csv", "0.5,0.5,0\n0,1,\n0.25,0.25,0.5\n");
  const InputError error = load_error(spec_for("empty.csv"), dir);
  CHECK_THAT(error.what(), Contains("found ''"));
  CHECK(error.where().line == 2);
  CHECK(error.where().column == 5);
}

TEST_CASE("malformed network data are refused with file, line and key", "[data]") {
  const test::TempDir dir;
  write_jobs(dir);
  const std::vector<std::tuple<std::string, std::string, long>> networks = {
      {"0.5,0.5,0\n0,1,0\n0.25,0.25,0.6\n", "the row sums to 1.1", 3},
      {"0.5,0.5,0\n0,1,0\n", "2 rows, expected 3", 2},
      {"0.5,0.5,0\n0,1,0\n0.25,0.25,0.5\n1,0,0\n", "more than 3 rows", 4},
      {"0.5,0.5\n0,1\n1,0\n", "2 values, expected 3", 1},
      {"0.5,0.5,0,0\n0,1,0\n1,0,0\n", "more than 3 values in a row", 1},
      {"0.5,0.5,0\n0,1,0\n1.5,-0.5,0\n", "expected a finite number >= 0, found '-0.5'", 3},
      {"0.5,0.5,0\n0,1,x\n1,0,0\n", "found 'x'", 2},
      {"0.5,0.5,0\n0,1,nan\n1,0,0\n", "found 'nan'", 2},
  };
  for (const auto& [text, message, line] : networks) {
    INFO(text);
    test::write_text(dir / "net.csv", text);
    const InputError error = load_error(spec_for("net.csv"), dir);
    CHECK_THAT(error.what(), Contains("net.csv"));
    CHECK_THAT(error.what(), Contains(message));
    CHECK(error.where().line == line);
  }

  const InputError missing = load_error(spec_for("absent.csv"), dir);
  CHECK_THAT(missing.what(), Contains("absent.csv not found"));

  OccupationalNetworkSpec wrong_column = spec_for("complete");
  wrong_column.employment_column = "employment";
  CHECK_THAT(load_error(wrong_column, dir).what(), Contains("employment"));

  test::write_text(dir / "jobs.csv", "id,e0\na,100\na,300\n");
  CHECK_THAT(load_error(spec_for("complete"), dir).what(), Contains("duplicate occupation code a"));
  test::write_text(dir / "jobs.csv", "id,e0\na,100\nb,-3\n");
  CHECK_THAT(load_error(spec_for("complete"), dir).what(), Contains("jobs.csv:3"));
}

TEST_CASE("the network file may start with a UTF-8 byte-order mark, as the CSV files may",
          "[data]") {
  const test::TempDir dir;
  write_jobs(dir);
  for (const std::string line_end : {"\n", "\r\n"}) {
    INFO("line end of " << line_end.size() << " bytes");
    test::write_text(dir / "net.csv", "\xEF\xBB\xBF" + std::string("0.5,0.5,0") + line_end +
                                          "0,1,0" + line_end + "0.25,0.25,0.5" + line_end);
    const DataSet data = load_network_data_set(spec_for("net.csv"), dir.path());
    CHECK(data.occupational_mobility(0, 0) == 0.5);
    CHECK(data.occupational_mobility(2, 2) == 0.5);
  }
}

TEST_CASE("a network file with old Mac line ends or in UTF-16 is refused for what it is",
          "[data]") {
  const test::TempDir dir;
  write_jobs(dir);
  test::write_text(dir / "net.csv", "0.5,0.5,0\r0,1,0\r0.25,0.25,0.5\r");
  const InputError mac = load_error(spec_for("net.csv"), dir);
  CHECK_THAT(mac.what(), Contains("net.csv:1: a line ends in CR alone"));
  using namespace std::string_literals;
  const std::string utf16 = "\xFF\xFE"s + "1\0,\0"s + "0\0\n\0"s;  // "1,0\n", little-endian
  test::write_text(dir / "net.csv", utf16);
  CHECK_THAT(load_error(spec_for("net.csv"), dir).what(), Contains("net.csv: the file is UTF-16"));
}

}  // namespace
}  // namespace lmsim::model
