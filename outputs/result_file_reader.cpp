#include "outputs/result_file_reader.hpp"

#include "models/variable_names.hpp"

#include <hdf5.h>
#include <hdf5_hl.h>

#include <cstdlib>
#include <sstream>
#include <system_error>

#include "engine/error.hpp"
#include "outputs/hdf5_handle.hpp"
#include "outputs/isolated_read.hpp"

namespace lmsim::outputs {
namespace {

ResultSet read_everything(const std::filesystem::path& path);

// An object (dataset, attribute) that the file lists but HDF5 cannot read: the file is damaged,
// and reading on without it would present a result with a variable or a unit missing.
constexpr const char* kDamagedObject =
    "damaged result file: the file lists this object but it cannot be read (run lmsim again to "
    "write it anew)";

class Reader {
 public:
  explicit Reader(std::filesystem::path path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& key, const std::string& message) const {
    throw InputError({path_.string(), 0, 0, key}, message);
  }

  void open() {
    std::error_code ec;
    if (!std::filesystem::exists(path_, ec)) fail("", "result file not found");
    if (std::filesystem::is_directory(path_, ec)) fail("", "is a folder, not a result file");
    if (!std::filesystem::is_regular_file(path_, ec)) {
      fail("", "is a special file (a pipe or a device), not a result file");
    }
    if (H5Fis_hdf5(path_.c_str()) <= 0) {
      fail("", "not an HDF5 file (expected a result file written by lmsim run)");
    }
    file_ = FileHandle(H5Fopen(path_.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
    if (!file_.valid()) fail("", "cannot open the HDF5 file (damaged or unreadable?)");
  }

  hid_t file() const { return file_; }

  bool has(const std::string& name) const {
    return H5Lexists(file_, name.c_str(), H5P_DEFAULT) > 0;
  }

  // Opens a dataset of the file, failing with its name when it is absent.
  DatasetHandle open_dataset(const std::string& name) const {
    if (H5Lexists(file_, name.c_str(), H5P_DEFAULT) <= 0) {
      fail(name,
           "dataset missing (is this a result file written by lmsim run, with every variable? "
           "A run writes only the variables of its scenario's [outputs]; run it again with "
           "--variables all)");
    }
    DatasetHandle dataset(H5Dopen2(file_, name.c_str(), H5P_DEFAULT));
    if (!dataset.valid()) fail(name, "is not a readable dataset");
    return dataset;
  }

  std::vector<hsize_t> shape(hid_t dataset, const std::string& name) const {
    const DataspaceHandle space(H5Dget_space(dataset));
    if (!space.valid()) fail(name, "cannot read the shape of the dataset");
    const int rank = H5Sget_simple_extent_ndims(space.id());
    if (rank < 0) fail(name, "cannot read the shape of the dataset");
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    if (rank > 0 && H5Sget_simple_extent_dims(space.id(), dims.data(), nullptr) < 0) {
      fail(name, "cannot read the shape of the dataset");
    }
    return dims;
  }

  std::vector<double> numbers(const std::string& name, std::vector<hsize_t>* dims) const {
    const DatasetHandle dataset = open_dataset(name);
    *dims = shape(dataset.id(), name);
    const DatatypeHandle type(H5Dget_type(dataset.id()));
    if (!type.valid() || H5Tget_class(type.id()) != H5T_FLOAT) {
      fail(name, "expected a dataset of floating-point numbers");
    }
    // A damaged header can claim any shape: refuse more values than the file could hold
    // (compression aside, at most 1000 values per byte is generous) before allocating.
    std::error_code ec;
    const std::uintmax_t file_bytes = std::filesystem::file_size(path_, ec);
    const double limit = 1000.0 * static_cast<double>(ec ? 0 : file_bytes) + 1e6;
    double claimed = 1.0;
    for (hsize_t d : *dims) claimed *= static_cast<double>(d);
    if (claimed > limit) {
      std::ostringstream text;
      text.precision(3);
      text << "claims " << claimed << " values, more than a file of this size can hold (damaged "
           << "file?)";
      fail(name, text.str());
    }
    std::size_t count = 1;
    for (hsize_t d : *dims) count *= static_cast<std::size_t>(d);
    std::vector<double> data(count);
    if (count > 0 &&
        H5Dread(dataset.id(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, data.data()) < 0) {
      fail(name, "cannot read the dataset (damaged file?)");
    }
    return data;
  }

  // A one-dimensional dataset of strings, variable-length (as lmsim writes them) or fixed-size.
  std::vector<std::string> strings(const std::string& name) const {
    const DatasetHandle dataset = open_dataset(name);
    const std::vector<hsize_t> dims = shape(dataset.id(), name);
    if (dims.size() != 1) fail(name, "expected a one-dimensional dataset of text labels");
    const auto count = static_cast<std::size_t>(dims[0]);
    const DatatypeHandle type(H5Dget_type(dataset.id()));
    if (!type.valid() || H5Tget_class(type.id()) != H5T_STRING) {
      fail(name, "expected a dataset of text labels");
    }
    std::vector<std::string> labels;
    if (count == 0) return labels;
    if (H5Tis_variable_str(type.id()) > 0) {
      const DatatypeHandle memory(H5Tcopy(H5T_C_S1));
      if (!memory.valid() || H5Tset_size(memory.id(), H5T_VARIABLE) < 0 ||
          H5Tset_cset(memory.id(), H5Tget_cset(type.id())) < 0) {
        fail(name, "cannot read the text labels");
      }
      std::vector<char*> pointers(count, nullptr);
      if (H5Dread(dataset.id(), memory.id(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()) < 0) {
        fail(name, "cannot read the text labels (damaged file?)");
      }
      for (char* p : pointers) labels.emplace_back(p != nullptr ? p : "");
      const DataspaceHandle space(H5Dget_space(dataset.id()));
      H5Dvlen_reclaim(memory.id(), space.id(), H5P_DEFAULT, pointers.data());
    } else {
      const std::size_t size = H5Tget_size(type.id());
      std::vector<char> buffer(count * size + 1, '\0');
      if (H5Dread(dataset.id(), type.id(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()) < 0) {
        fail(name, "cannot read the text labels (damaged file?)");
      }
      for (std::size_t i = 0; i < count; ++i) {
        const char* begin = buffer.data() + i * size;
        std::size_t length = 0;
        while (length < size && begin[length] != '\0') ++length;
        labels.emplace_back(begin, length);
      }
    }
    return labels;
  }

  // A scalar text attribute of an object: kAbsent when the object has no such attribute or it
  // is not text (netCDF-4 adds numeric ones), kDamaged when the object lists it but it cannot
  // be read (docs/errors.md, "Result files").
  enum class Attribute { kRead, kAbsent, kDamaged };
  static Attribute text_attribute(hid_t object, const char* name, std::string* value) {
    const htri_t exists = H5Aexists(object, name);
    if (exists == 0) return Attribute::kAbsent;
    if (exists < 0) return Attribute::kDamaged;
    const AttributeHandle attribute(H5Aopen(object, name, H5P_DEFAULT));
    if (!attribute.valid()) return Attribute::kDamaged;
    const DatatypeHandle type(H5Aget_type(attribute.id()));
    if (!type.valid()) return Attribute::kDamaged;
    const H5T_class_t type_class = H5Tget_class(type.id());
    if (type_class == H5T_NO_CLASS) return Attribute::kDamaged;
    if (type_class != H5T_STRING) return Attribute::kAbsent;
    return read_text(attribute.id(), type.id(), value) ? Attribute::kRead : Attribute::kDamaged;
  }

 private:
  static bool read_text(hid_t attribute, hid_t type, std::string* value) {
    const htri_t variable = H5Tis_variable_str(type);
    if (variable < 0) return false;
    if (variable > 0) {
      const DatatypeHandle memory(H5Tcopy(H5T_C_S1));
      if (!memory.valid() || H5Tset_size(memory.id(), H5T_VARIABLE) < 0 ||
          H5Tset_cset(memory.id(), H5Tget_cset(type)) < 0) {
        return false;
      }
      char* text = nullptr;
      if (H5Aread(attribute, memory.id(), &text) < 0) return false;
      *value = text != nullptr ? text : "";
      std::free(text);  // NOLINT(cppcoreguidelines-no-malloc): HDF5 allocates with malloc
      return true;
    }
    const std::size_t size = H5Tget_size(type);
    if (size == 0) return false;
    std::string buffer(size + 1, '\0');
    if (H5Aread(attribute, type, buffer.data()) < 0) return false;
    buffer.resize(buffer.find('\0'));
    *value = buffer;
    return true;
  }

  std::filesystem::path path_;
  FileHandle file_;
};

// Every text attribute the file lists; one it lists but cannot read stops the iteration with an
// error, so that a damaged file is refused instead of read without it.
herr_t collect_attribute(hid_t location, const char* name, const H5A_info_t* /*info*/, void* data) {
  auto* attributes = static_cast<std::vector<std::pair<std::string, std::string>>*>(data);
  std::string value;
  switch (Reader::text_attribute(location, name, &value)) {
    case Reader::Attribute::kRead:
      attributes->emplace_back(name, value);
      return 0;
    case Reader::Attribute::kAbsent:
      return 0;
    case Reader::Attribute::kDamaged:
      break;
  }
  return -1;
}

herr_t collect_dataset_name(hid_t /*group*/, const char* name, const H5L_info_t* info, void* data) {
  if (info->type == H5L_TYPE_HARD) static_cast<std::vector<std::string>*>(data)->push_back(name);
  return 0;
}

herr_t take_scale_name(hid_t /*dataset*/, unsigned /*axis*/, hid_t scale, void* data) {
  const ssize_t length = H5Iget_name(scale, nullptr, 0);
  if (length <= 0) return -1;
  std::string name(static_cast<std::size_t>(length) + 1, '\0');
  if (H5Iget_name(scale, name.data(), name.size()) != length) return -1;
  name.resize(static_cast<std::size_t>(length));
  if (!name.empty() && name.front() == '/') name.erase(0, 1);
  *static_cast<std::string*>(data) = name;
  return 1;  // the first scale attached to an axis names its dimension
}

// The dimension a dataset's axis belongs to: the name of the dimension scale attached to it.
std::string dimension_of_axis(const Reader& reader, hid_t dataset, const std::string& name,
                              unsigned axis) {
  std::string dimension;
  if (H5DSget_num_scales(dataset, axis) <= 0 ||
      H5DSiterate_scales(dataset, axis, nullptr, take_scale_name, &dimension) < 0 ||
      dimension.empty()) {
    reader.fail(name, "axis " + std::to_string(axis) +
                          " has no dimension scale (not a result file written by lmsim?)");
  }
  return dimension;
}

// An attribute such as units that a dataset may lack; one it has but that cannot be read makes
// the file damaged.
std::string optional_text_attribute(const Reader& reader, hid_t object, const std::string& owner,
                                    const char* name) {
  std::string value;
  if (Reader::text_attribute(object, name, &value) == Reader::Attribute::kDamaged) {
    reader.fail(owner + "." + name, kDamagedObject);
  }
  return value;
}

void read_dimension(const Reader& reader, hid_t dataset, const std::string& name,
                    ResultSet* results) {
  Dimension d{name,
              {},
              {},
              optional_text_attribute(reader, dataset, name, "units"),
              optional_text_attribute(reader, dataset, name, "long_name")};
  const DatatypeHandle type(H5Dget_type(dataset));
  if (type.valid() && H5Tget_class(type.id()) == H5T_STRING) {
    d.labels = reader.strings(name);
  } else {
    std::vector<hsize_t> shape;
    d.values = reader.numbers(name, &shape);
    if (shape.size() != 1) reader.fail(name, "a dimension scale must be one-dimensional");
  }
  results->dimensions.push_back(std::move(d));
}

void read_text_coordinate(const Reader& reader, hid_t dataset, const std::string& name,
                          ResultSet* results) {
  TextCoordinate c{name, dimension_of_axis(reader, dataset, name, 0), reader.strings(name),
                   optional_text_attribute(reader, dataset, name, "long_name")};
  results->text_coordinates.push_back(std::move(c));
}

void read_variable(const Reader& reader, hid_t dataset, const std::string& name,
                   ResultSet* results) {
  Variable v{name,
             {},
             {},
             optional_text_attribute(reader, dataset, name, "units"),
             optional_text_attribute(reader, dataset, name, "long_name"),
             optional_text_attribute(reader, dataset, name, "long_name_nl")};
  std::vector<hsize_t> shape;
  v.data = reader.numbers(name, &shape);
  for (unsigned axis = 0; axis < shape.size(); ++axis) {
    v.dims.push_back(dimension_of_axis(reader, dataset, name, axis));
  }
  results->variables.push_back(std::move(v));
}

// Every axis of every variable and text coordinate has the length of its dimension.
void check_shapes(const Reader& reader, const ResultSet& results) {
  const auto length_of = [&](const std::string& owner, const std::string& dim) {
    for (const Dimension& d : results.dimensions) {
      if (d.name == dim) return d.size();
    }
    reader.fail(owner, "uses dimension '" + dim + "', which the file does not define");
  };
  for (const Variable& v : results.variables) {
    std::size_t count = 1;
    for (const std::string& dim : v.dims) count *= length_of(v.name, dim);
    if (count != v.data.size()) {
      reader.fail(v.name, "holds " + std::to_string(v.data.size()) + " values, its dimensions " +
                              std::to_string(count));
    }
  }
  for (const TextCoordinate& c : results.text_coordinates) {
    if (c.labels.size() != length_of(c.name, c.dim)) {
      reader.fail(c.name, "has " + std::to_string(c.labels.size()) + " labels, the " + c.dim +
                              " dimension " + std::to_string(length_of(c.name, c.dim)));
    }
  }
}

}  // namespace

namespace {

ResultSet read_selected_variables(const std::filesystem::path& path,
                                  const std::vector<std::string>& variables,
                                  const std::vector<std::string>& optional_variables) {
  H5dont_atexit();
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // errors are reported by lmsim, not by HDF5
  Reader reader(path);
  reader.open();
  ResultSet results;

  Dimension time{"time", {}, {}, "", "time"};
  std::vector<hsize_t> time_shape;
  time.values = reader.numbers("time", &time_shape);
  if (time_shape.size() != 1 || time.values.empty()) {
    reader.fail("time", "expected a non-empty one-dimensional time coordinate");
  }
  {
    const DatasetHandle dataset = reader.open_dataset("time");
    if (Reader::text_attribute(dataset.id(), "units", &time.units) != Reader::Attribute::kRead ||
        time.units.rfind("days since ", 0) != 0) {
      reader.fail("time", "missing units 'days since YYYY-MM-DD'");
    }
  }
  results.dimensions.push_back(std::move(time));
  for (const char* name : {"region", "occupation"}) {
    Dimension d{name, {}, reader.strings(name), "", name};
    if (d.labels.empty()) reader.fail(name, "the coordinate is empty");
    results.dimensions.push_back(std::move(d));
  }
  std::vector<hsize_t> expected = {results.dimensions[0].size(), results.dimensions[1].size(),
                                   results.dimensions[2].size()};
  // An ensemble file (docs/output.md) has a leading statistic or replicate dimension.
  std::string ensemble;
  if (reader.has("statistic")) {
    ensemble = "statistic";
    results.dimensions.push_back({"statistic", {}, reader.strings("statistic"), "", "statistic"});
  } else if (reader.has("replicate")) {
    ensemble = "replicate";
    std::vector<hsize_t> shape;
    results.dimensions.push_back(
        {"replicate", reader.numbers("replicate", &shape), {}, "", "replicate"});
  }
  if (!ensemble.empty()) {
    if (results.dimensions.back().size() == 0) reader.fail(ensemble, "the coordinate is empty");
    expected.insert(expected.begin(), results.dimensions.back().size());
  }
  // The defence formation's variables are by region only (time x region).
  std::vector<hsize_t> expected_by_region = expected;
  expected_by_region.pop_back();
  const std::string prefix = ensemble.empty() ? "" : ensemble + " x ";
  for (const auto& [name, dim] : {std::pair<std::string, std::string>{"region_name", "region"},
                                  {"occupation_name", "occupation"}}) {
    TextCoordinate c{name, dim, reader.strings(name), name};
    if (c.labels.size() != results.dimension(dim).size()) {
      reader.fail(name, "has " + std::to_string(c.labels.size()) + " labels, the " + dim +
                            " dimension " + std::to_string(results.dimension(dim).size()));
    }
    results.text_coordinates.push_back(std::move(c));
  }
  std::vector<std::string> wanted = variables;
  for (const std::string& name : optional_variables)
    if (reader.has(name)) wanted.push_back(name);
  for (const std::string& name : wanted) {
    const bool by_region =
        name == model::variables::kDefencePosts || name == model::variables::kDefenceFilled;
    Variable v{name, {"time", "region", "occupation"}, {}, "", "", ""};
    if (by_region) v.dims.pop_back();
    if (!ensemble.empty()) v.dims.insert(v.dims.begin(), ensemble);
    const std::vector<hsize_t>& wanted_shape = by_region ? expected_by_region : expected;
    const std::string expected_dims =
        prefix + (by_region ? "time x region" : "time x region x occupation");
    std::vector<hsize_t> dims;
    v.data = reader.numbers(name, &dims);
    if (dims != wanted_shape) {
      const auto text = [](const std::vector<hsize_t>& shape) {
        std::string out;
        for (hsize_t d : shape) out += (out.empty() ? "" : " x ") + std::to_string(d);
        return out.empty() ? std::string("a scalar") : out;
      };
      reader.fail(name, "has shape " + text(dims) + ", expected " + expected_dims + " (" +
                            text(wanted_shape) + ")");
    }
    results.variables.push_back(std::move(v));
  }
  if (H5Aiterate2(reader.file(), H5_INDEX_NAME, H5_ITER_NATIVE, nullptr, collect_attribute,
                  &results.attributes) < 0) {
    reader.fail("", "cannot read the global attributes (damaged file?)");
  }
  return results;
}

}  // namespace

ResultSet read_result_file(const std::filesystem::path& path,
                           const std::vector<std::string>& variables,
                           const std::vector<std::string>& optional_variables) {
  check_readable_in_child_process(path, read_everything);
  return read_selected_variables(path, variables, optional_variables);
}

const std::string& result_attribute(const ResultSet& results, const std::string& name,
                                    const std::string& file) {
  for (const auto& [key, value] : results.attributes) {
    if (key == name) return value;
  }
  throw InputError({file, 0, 0, name},
                   "global attribute missing (is this a result file written by lmsim run?)");
}

double result_parameter(const ResultSet& results, const std::string& name,
                        const std::string& file) {
  std::istringstream lines(result_attribute(results, "parameters", file));
  std::string line;
  while (std::getline(lines, line)) {
    const auto equals = line.find('=');
    if (equals == std::string::npos) continue;
    std::string key = line.substr(0, equals);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    if (key != name) continue;
    const std::string text = line.substr(equals + 1);
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str()) {
      throw InputError({file, 0, 0, "parameters." + name}, "value '" + text + "' is not a number");
    }
    return value;
  }
  throw InputError({file, 0, 0, "parameters." + name},
                   "parameter missing from the file's parameters attribute");
}

}  // namespace lmsim::outputs

namespace lmsim::outputs {
namespace {

ResultSet read_everything(const std::filesystem::path& path) {
  H5dont_atexit();
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // errors are reported by lmsim, not by HDF5
  Reader reader(path);
  reader.open();
  // In the order they were written where the file tracks it (lmsim's and netCDF-4's files do),
  // else by name.
  std::vector<std::string> names;
  if (H5Literate(reader.file(), H5_INDEX_CRT_ORDER, H5_ITER_INC, nullptr, collect_dataset_name,
                 &names) < 0) {
    names.clear();
    if (H5Literate(reader.file(), H5_INDEX_NAME, H5_ITER_INC, nullptr, collect_dataset_name,
                   &names) < 0) {
      reader.fail("", "cannot list the datasets (damaged file?)");
    }
  }
  ResultSet results;
  for (const std::string& name : names) {
    H5O_info_t object{};
    if (H5Oget_info_by_name2(reader.file(), name.c_str(), &object, H5O_INFO_BASIC, H5P_DEFAULT) <
        0) {
      reader.fail(name, kDamagedObject);
    }
    if (object.type != H5O_TYPE_DATASET) continue;  // groups are not part of lmsim's layout
    const DatasetHandle dataset = reader.open_dataset(name);
    const DatatypeHandle type(H5Dget_type(dataset.id()));
    const htri_t is_scale = H5DSis_scale(dataset.id());
    if (is_scale < 0 || !type.valid()) reader.fail(name, kDamagedObject);
    if (is_scale > 0) {
      read_dimension(reader, dataset.id(), name, &results);
    } else if (H5Tget_class(type.id()) == H5T_STRING) {
      read_text_coordinate(reader, dataset.id(), name, &results);
    } else {
      read_variable(reader, dataset.id(), name, &results);
    }
  }
  if (results.variables.empty()) reader.fail("", "holds no variables (not an lmsim result file?)");
  check_shapes(reader, results);
  if (H5Aiterate2(reader.file(), H5_INDEX_NAME, H5_ITER_NATIVE, nullptr, collect_attribute,
                  &results.attributes) < 0) {
    reader.fail("", "cannot read the global attributes (damaged file?)");
  }
  return results;
}

}  // namespace

ResultSet read_whole_result_file(const std::filesystem::path& path) {
  check_readable_in_child_process(path, read_everything);
  return read_everything(path);
}

void check_result_file(const std::filesystem::path& path) {
  check_readable_in_child_process(path, read_everything);
}

ResultSet read_whole_result_file_in_this_process(const std::filesystem::path& path) {
  return read_everything(path);
}

ResultSet read_result_file_in_this_process(const std::filesystem::path& path,
                                           const std::vector<std::string>& variables,
                                           const std::vector<std::string>& optional_variables) {
  return read_selected_variables(path, variables, optional_variables);
}

}  // namespace lmsim::outputs
