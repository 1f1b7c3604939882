#include "outputs/result_file_reader.hpp"

#include <hdf5.h>

#include <cstdlib>
#include <sstream>
#include <system_error>

#include "engine/error.hpp"

namespace lmsim::outputs {
namespace {

// Owns one HDF5 identifier (or none, when negative) and closes it with the matching function.
class Handle {
 public:
  Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  ~Handle() {
    if (id_ >= 0) close_(id_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&&) = delete;
  Handle& operator=(Handle&&) = delete;
  bool valid() const { return id_ >= 0; }
  hid_t id() const { return id_; }

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

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
    if (H5Fis_hdf5(path_.c_str()) <= 0) {
      fail("", "not an HDF5 file (expected a result file written by lmsim run)");
    }
    file_id_ = H5Fopen(path_.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (file_id_ < 0) fail("", "cannot open the HDF5 file (damaged or unreadable?)");
  }

  ~Reader() {
    if (file_id_ >= 0) H5Fclose(file_id_);
  }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;
  Reader(Reader&&) = delete;
  Reader& operator=(Reader&&) = delete;

  hid_t file() const { return file_id_; }

  // Opens a dataset of the file, failing with its name when it is absent.
  hid_t open_dataset(const std::string& name) const {
    if (H5Lexists(file_id_, name.c_str(), H5P_DEFAULT) <= 0) {
      fail(name, "dataset missing (is this a result file written by lmsim run?)");
    }
    const hid_t dataset = H5Dopen2(file_id_, name.c_str(), H5P_DEFAULT);
    if (dataset < 0) fail(name, "is not a readable dataset");
    return dataset;
  }

  std::vector<hsize_t> shape(hid_t dataset, const std::string& name) const {
    Handle space(H5Dget_space(dataset), H5Sclose);
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
    Handle dataset(open_dataset(name), H5Dclose);
    *dims = shape(dataset.id(), name);
    Handle type(H5Dget_type(dataset.id()), H5Tclose);
    if (!type.valid() || H5Tget_class(type.id()) != H5T_FLOAT) {
      fail(name, "expected a dataset of floating-point numbers");
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
    Handle dataset(open_dataset(name), H5Dclose);
    const std::vector<hsize_t> dims = shape(dataset.id(), name);
    if (dims.size() != 1) fail(name, "expected a one-dimensional dataset of text labels");
    const auto count = static_cast<std::size_t>(dims[0]);
    Handle type(H5Dget_type(dataset.id()), H5Tclose);
    if (!type.valid() || H5Tget_class(type.id()) != H5T_STRING) {
      fail(name, "expected a dataset of text labels");
    }
    std::vector<std::string> labels;
    if (count == 0) return labels;
    if (H5Tis_variable_str(type.id()) > 0) {
      Handle memory(H5Tcopy(H5T_C_S1), H5Tclose);
      if (!memory.valid() || H5Tset_size(memory.id(), H5T_VARIABLE) < 0 ||
          H5Tset_cset(memory.id(), H5Tget_cset(type.id())) < 0) {
        fail(name, "cannot read the text labels");
      }
      std::vector<char*> pointers(count, nullptr);
      if (H5Dread(dataset.id(), memory.id(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()) < 0) {
        fail(name, "cannot read the text labels (damaged file?)");
      }
      for (char* p : pointers) labels.emplace_back(p != nullptr ? p : "");
      Handle space(H5Dget_space(dataset.id()), H5Sclose);
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

  // A scalar text attribute of an object; nothing when absent or not text.
  static bool text_attribute(hid_t object, const char* name, std::string* value) {
    if (H5Aexists(object, name) <= 0) return false;
    Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attribute.valid()) return false;
    Handle type(H5Aget_type(attribute.id()), H5Tclose);
    if (!type.valid() || H5Tget_class(type.id()) != H5T_STRING) return false;
    if (H5Tis_variable_str(type.id()) > 0) {
      Handle memory(H5Tcopy(H5T_C_S1), H5Tclose);
      if (!memory.valid() || H5Tset_size(memory.id(), H5T_VARIABLE) < 0 ||
          H5Tset_cset(memory.id(), H5Tget_cset(type.id())) < 0) {
        return false;
      }
      char* text = nullptr;
      if (H5Aread(attribute.id(), memory.id(), &text) < 0) return false;
      *value = text != nullptr ? text : "";
      std::free(text);  // NOLINT(cppcoreguidelines-no-malloc): HDF5 allocates with malloc
      return true;
    }
    const std::size_t size = H5Tget_size(type.id());
    std::string buffer(size + 1, '\0');
    if (H5Aread(attribute.id(), type.id(), buffer.data()) < 0) return false;
    buffer.resize(buffer.find('\0'));
    *value = buffer;
    return true;
  }

 private:
  std::filesystem::path path_;
  hid_t file_id_ = -1;
};

herr_t collect_attribute(hid_t location, const char* name, const H5A_info_t* /*info*/, void* data) {
  auto* attributes = static_cast<std::vector<std::pair<std::string, std::string>>*>(data);
  std::string value;
  if (Reader::text_attribute(location, name, &value)) attributes->emplace_back(name, value);
  return 0;
}

}  // namespace

ResultSet read_result_file(const std::filesystem::path& path,
                           const std::vector<std::string>& variables) {
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
    Handle dataset(reader.open_dataset("time"), H5Dclose);
    if (!Reader::text_attribute(dataset.id(), "units", &time.units) ||
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
  const std::vector<hsize_t> expected = {results.dimensions[0].size(), results.dimensions[1].size(),
                                         results.dimensions[2].size()};
  for (const auto& [name, dim] : {std::pair<std::string, std::string>{"region_name", "region"},
                                  {"occupation_name", "occupation"}}) {
    TextCoordinate c{name, dim, reader.strings(name), name};
    if (c.labels.size() != results.dimension(dim).size()) {
      reader.fail(name, "has " + std::to_string(c.labels.size()) + " labels, the " + dim +
                            " dimension " + std::to_string(results.dimension(dim).size()));
    }
    results.text_coordinates.push_back(std::move(c));
  }
  for (const std::string& name : variables) {
    Variable v{name, {"time", "region", "occupation"}, {}, "", "", ""};
    std::vector<hsize_t> dims;
    v.data = reader.numbers(name, &dims);
    if (dims != expected) {
      const auto text = [](const std::vector<hsize_t>& shape) {
        std::string out;
        for (hsize_t d : shape) out += (out.empty() ? "" : " x ") + std::to_string(d);
        return out.empty() ? std::string("a scalar") : out;
      };
      reader.fail(name, "has shape " + text(dims) + ", expected time x region x occupation (" +
                            text(expected) + ")");
    }
    results.variables.push_back(std::move(v));
  }
  if (H5Aiterate2(reader.file(), H5_INDEX_NAME, H5_ITER_NATIVE, nullptr, collect_attribute,
                  &results.attributes) < 0) {
    reader.fail("", "cannot read the global attributes (damaged file?)");
  }
  return results;
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
