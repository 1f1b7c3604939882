// outputs/result_file_reader's read_whole_result_file on files written by write_hdf5: a small
// result set built here comes back bit for bit (values, dimension names in order, units, long
// names, labels, text coordinates, global attributes) at compression levels 0 and 1, and a
// missing file, a text file and a truncated HDF5 file are InputErrors that name the file.
#include <algorithm>
#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/error.hpp"
#include "engine/result_set.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/result_file_reader.hpp"
#include "tests/support/small_result_set.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::uint64_t bits(double value) {
  return std::bit_cast<std::uint64_t>(value);
}

// Every value equal (==) and with the same bit pattern.
void require_same_values(const std::vector<double>& read, const std::vector<double>& written) {
  REQUIRE(read.size() == written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    INFO("value " << i);
    REQUIRE(read[i] == written[i]);
    REQUIRE(bits(read[i]) == bits(written[i]));
  }
}

const TextCoordinate& text_coordinate(const ResultSet& r, const std::string& name) {
  for (const TextCoordinate& c : r.text_coordinates) {
    if (c.name == name) return c;
  }
  FAIL("no text coordinate " << name);
  throw std::logic_error("unreachable");
}

std::vector<std::pair<std::string, std::string>> sorted(
    std::vector<std::pair<std::string, std::string>> attributes) {
  std::sort(attributes.begin(), attributes.end());
  return attributes;
}

// Everything small_result_set() holds, compared with what was read back.
void require_same_results(const ResultSet& read, const ResultSet& written) {
  REQUIRE(read.dimensions.size() == written.dimensions.size());
  for (const Dimension& w : written.dimensions) {
    INFO("dimension " << w.name);
    const Dimension& d = read.dimension(w.name);
    require_same_values(d.values, w.values);
    REQUIRE(d.labels == w.labels);
    REQUIRE(d.units == w.units);
    REQUIRE(d.long_name == w.long_name);
  }
  REQUIRE(read.text_coordinates.size() == written.text_coordinates.size());
  for (const TextCoordinate& w : written.text_coordinates) {
    INFO("text coordinate " << w.name);
    const TextCoordinate& c = text_coordinate(read, w.name);
    REQUIRE(c.dim == w.dim);
    REQUIRE(c.labels == w.labels);
    REQUIRE(c.long_name == w.long_name);
  }
  REQUIRE(read.variables.size() == written.variables.size());
  for (const Variable& w : written.variables) {
    INFO("variable " << w.name);
    const Variable& v = read.variable(w.name);
    REQUIRE(v.dims == w.dims);
    REQUIRE(v.units == w.units);
    REQUIRE(v.long_name == w.long_name);
    REQUIRE(v.long_name_nl == w.long_name_nl);
    require_same_values(v.data, w.data);
  }
  REQUIRE(sorted(read.attributes) == sorted(written.attributes));
}

TEST_CASE("read_whole_result_file gives back bit for bit what write_hdf5 wrote",
          "[outputs][reader]") {
  TempDir tmp;
  const fs::path file = tmp / "small.h5";
  const ResultSet written = small_result_set();
  outputs::write_hdf5(written, file, {false, 1});
  const ResultSet read = outputs::read_whole_result_file(file);

  require_same_results(read, written);
  // Spelled out, so that a mistake in the comparison above cannot hide one in the reader.
  const Variable& employed = read.variable("employed");
  REQUIRE(employed.dims == std::vector<std::string>{"time", "region"});
  REQUIRE(employed.data[1] == 0.1 + 0.2);
  REQUIRE(employed.data[1] != 0.3);
  REQUIRE(employed.data[3] == kInfinity);
  REQUIRE(employed.units == "persons");
  REQUIRE(employed.long_name_nl == "werkzame personen");
  REQUIRE(read.variable("retirements").dims == std::vector<std::string>{"time"});
  REQUIRE(read.dimension("time").values == std::vector<double>{0.0, 31.0, 59.0});
  REQUIRE(read.dimension("time").units == "days since 2025-01-01");
  REQUIRE(read.dimension("region").labels == std::vector<std::string>{"R1", "R2"});
  REQUIRE(read.dimension("region").values.empty());
  REQUIRE(text_coordinate(read, "region_name").labels ==
          std::vector<std::string>{"Noord, \"oost\"", "Fryslân"});
  REQUIRE(sorted(read.attributes) == std::vector<std::pair<std::string, std::string>>{
                                         {"engine", "stock-flow"}, {"title", "Small test set"}});
}

TEST_CASE("compression levels 0 and 1 give the same values read back", "[outputs][reader]") {
  TempDir tmp;
  const ResultSet written = small_result_set();
  outputs::write_hdf5(written, tmp / "level0.h5", {false, 0});
  outputs::write_hdf5(written, tmp / "level1.h5", {false, 1});
  const ResultSet plain = outputs::read_whole_result_file(tmp / "level0.h5");
  const ResultSet compressed = outputs::read_whole_result_file(tmp / "level1.h5");
  require_same_results(plain, written);
  require_same_results(compressed, written);
  for (const Variable& v : written.variables) {
    INFO("variable " << v.name);
    require_same_values(compressed.variable(v.name).data, plain.variable(v.name).data);
  }
}

TEST_CASE("read_whole_result_file refuses a missing file naming it", "[outputs][reader]") {
  TempDir tmp;
  const fs::path file = tmp / "no-such-result.h5";
  REQUIRE_THROWS_MATCHES(outputs::read_whole_result_file(file), InputError,
                         Catch::Matchers::Message(file.string() + ": result file not found"));
}

TEST_CASE("read_whole_result_file refuses a text file that is not HDF5 naming it",
          "[outputs][reader]") {
  TempDir tmp;
  const fs::path file = tmp / "notes.h5";
  write_text(file, "time,region,value\n2025-01-01,R1,1\n");
  REQUIRE_THROWS_WITH(outputs::read_whole_result_file(file),
                      Catch::Contains(file.string()) && Catch::Contains("not an HDF5 file"));
  REQUIRE_THROWS_AS(outputs::read_whole_result_file(file), InputError);
}

TEST_CASE("read_whole_result_file refuses an HDF5 file truncated to half its size naming it",
          "[outputs][reader]") {
  TempDir tmp;
  const fs::path file = tmp / "truncated.h5";
  outputs::write_hdf5(small_result_set(), file, {false, 1});
  REQUIRE_NOTHROW(outputs::read_whole_result_file(file));
  const auto size = fs::file_size(file);
  REQUIRE(size > 1000);
  fs::resize_file(file, size / 2);
  REQUIRE(fs::file_size(file) == size / 2);
  REQUIRE_THROWS_AS(outputs::read_whole_result_file(file), InputError);
  REQUIRE_THROWS_WITH(outputs::read_whole_result_file(file), Catch::Contains(file.string()));
}

}  // namespace
}  // namespace lmsim::test
