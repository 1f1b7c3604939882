// outputs/hdf5_handle.hpp and the identifiers of the result-file writer and reader: a handle
// closes its identifier when it goes, a moved handle closes it once, in its new owner; a write
// that fails part way (at a dimension scale, at a variable) and a read that fails leave no HDF5
// identifier open, and a failed write says why in HDF5's words (outputs/hdf5_error.hpp).
#include <hdf5.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <utility>

#include "engine/error.hpp"
#include "engine/result_set.hpp"
#include "outputs/hdf5_handle.hpp"
#include "outputs/hdf5_writer.hpp"
#include "outputs/result_file_reader.hpp"
#include "tests/support/small_result_set.hpp"
#include "tests/support/temp_dir.hpp"

namespace lmsim::test {
namespace {

namespace fs = std::filesystem;

using outputs::DataspaceHandle;

// Whether `id` still names an open HDF5 object. HDF5 prints nothing for an id that does not.
bool is_open(hid_t id) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  return H5Iis_valid(id) > 0;
}

// Every HDF5 identifier open in this process, of every kind the writer and reader use: files,
// groups, datasets, attributes, datatypes, dataspaces and property lists.
ssize_t open_objects() {
  hsize_t total = 0;
  for (H5I_type_t type :
       {H5I_FILE, H5I_GROUP, H5I_DATATYPE, H5I_DATASPACE, H5I_DATASET, H5I_ATTR, H5I_GENPROP_LST}) {
    hsize_t members = 0;
    if (H5Inmembers(type, &members) >= 0) total += members;
  }
  return static_cast<ssize_t>(total);
}

// Writes `results` where it must fail, and returns the message; fails the test if it does not.
std::string failed_write_message(const ResultSet& results, const fs::path& file) {
  try {
    outputs::write_hdf5(results, file, {false, 1});
  } catch (const RuntimeError& error) {
    return error.what();
  }
  FAIL("writing " << file << " did not fail");
  return "";
}

TEST_CASE("an HDF5 handle closes its identifier when it goes", "[outputs][hdf5]") {
  hid_t id = H5I_INVALID_HID;
  {
    const DataspaceHandle space(H5Screate(H5S_SCALAR));
    id = space.id();
    REQUIRE(space.valid());
    REQUIRE(is_open(id));
  }
  REQUIRE_FALSE(is_open(id));
}

TEST_CASE("a moved HDF5 handle closes its identifier once, in its new owner", "[outputs][hdf5]") {
  DataspaceHandle first(H5Screate(H5S_SCALAR));
  const hid_t id = first.id();
  DataspaceHandle second(std::move(first));
  REQUIRE_FALSE(first.valid());  // NOLINT(bugprone-use-after-move): moved-from is empty
  REQUIRE(second.id() == id);
  REQUIRE(is_open(id));

  DataspaceHandle third(H5Screate(H5S_SCALAR));
  const hid_t replaced = third.id();
  third = std::move(second);  // closes the identifier third held before
  REQUIRE_FALSE(is_open(replaced));
  REQUIRE(third.id() == id);
  REQUIRE(is_open(id));
  third.reset();
  REQUIRE_FALSE(third.valid());
  REQUIRE_FALSE(is_open(id));
}

TEST_CASE("an HDF5 handle holds an invalid identifier without closing it", "[outputs][hdf5]") {
  const DataspaceHandle none;
  REQUIRE_FALSE(none.valid());
  const DataspaceHandle failed(H5I_INVALID_HID);
  REQUIRE_FALSE(failed.valid());
}

TEST_CASE("a write that fails at a dimension scale leaves no HDF5 identifier open",
          "[outputs][hdf5]") {
  TempDir tmp;
  const ssize_t before = open_objects();
  // An attribute of more than 64 KiB does not fit an object header: the region scale is made,
  // its long_name attribute cannot be.
  ResultSet results = small_result_set();
  results.dimensions[1].long_name = std::string(70000, 'x');
  const std::string message = failed_write_message(results, tmp / "scale.h5");
  CHECK_THAT(message, Catch::StartsWith("cannot write " + (tmp / "scale.h5").string() +
                                        ": HDF5: cannot create attribute long_name (HDF5: "
                                        "H5Acreate2: "));
  REQUIRE(open_objects() == before);
  REQUIRE_FALSE(fs::exists(tmp / "scale.h5"));
  REQUIRE_FALSE(has_temporary_folders(tmp.path()));
}

TEST_CASE("a write that fails at the second of two dimensions of one name leaves none open",
          "[outputs][hdf5]") {
  TempDir tmp;
  const ssize_t before = open_objects();
  ResultSet results = small_result_set();
  results.dimensions.push_back(results.dimensions.front());  // a second "time"
  const std::string message = failed_write_message(results, tmp / "twice.h5");
  CHECK_THAT(message, Catch::Contains("HDF5: cannot create dataset time (HDF5: H5Dcreate2: "));
  REQUIRE(open_objects() == before);
  REQUIRE_FALSE(fs::exists(tmp / "twice.h5"));
}

TEST_CASE("a write that fails at a variable leaves no HDF5 identifier open", "[outputs][hdf5]") {
  TempDir tmp;
  const ssize_t before = open_objects();
  ResultSet results = small_result_set();
  results.variables.back().long_name_nl = std::string(70000, 'x');
  const std::string message = failed_write_message(results, tmp / "variable.h5");
  CHECK_THAT(message, Catch::Contains("HDF5: cannot create attribute long_name_nl (HDF5: "));
  REQUIRE(open_objects() == before);
}

TEST_CASE("reading a result file, in full or failing, leaves no HDF5 identifier open",
          "[outputs][hdf5]") {
  TempDir tmp;
  const fs::path file = tmp / "small.h5";
  outputs::write_hdf5(small_result_set(), file, {false, 1});
  const ssize_t before = open_objects();
  REQUIRE_NOTHROW(outputs::read_whole_result_file_in_this_process(file));
  REQUIRE(open_objects() == before);
  // small_result_set has no region x occupation variables: the reader fails at "occupation".
  REQUIRE_THROWS_AS(outputs::read_result_file_in_this_process(file, {"employed"}), InputError);
  REQUIRE(open_objects() == before);
}

}  // namespace
}  // namespace lmsim::test
