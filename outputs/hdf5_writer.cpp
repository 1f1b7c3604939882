#include "outputs/hdf5_writer.hpp"

#include <memory>

#include <hdf5.h>
#include <hdf5_hl.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>

#include "engine/atomic_output.hpp"
#include "engine/error.hpp"
#include "outputs/hdf5_error.hpp"
#include "outputs/hdf5_handle.hpp"

namespace lmsim::outputs {
namespace {

// A handle of an identifier the writer has just created: failing to create it is an error at
// once, with HDF5's reasons.
template <class Handle>
Handle created(hid_t id, const std::string& what) {
  if (id < 0) throw RuntimeError(with_hdf5_reasons("HDF5: cannot create " + what));
  return Handle(id);
}

void check(herr_t status, const std::string& what) {
  if (status < 0) {
    throw RuntimeError(with_hdf5_reasons("HDF5: " + what + " failed (disk full or not writable?)"));
  }
}

void write_text_attribute(hid_t object, const std::string& name, const std::string& value) {
  const auto type = created<DatatypeHandle>(H5Tcopy(H5T_C_S1), "string type");
  check(H5Tset_size(type, std::max<std::size_t>(value.size(), 1)), "string size");
  check(H5Tset_strpad(type, H5T_STR_NULLTERM), "string padding");
  check(H5Tset_cset(type, H5T_CSET_UTF8), "string encoding");
  const auto space = created<DataspaceHandle>(H5Screate(H5S_SCALAR), "scalar space");
  const auto attribute = created<AttributeHandle>(
      H5Acreate2(object, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT), "attribute " + name);
  check(H5Awrite(attribute, type, value.empty() ? "" : value.c_str()), "writing attribute " + name);
}

// Chunks of a year (12 steps), with the shuffle and deflate filters where `filtered`; a file
// written without compression (level 0) keeps the default contiguous layout instead, one block
// per variable, which HDF5 writes in a single call (chunks would only add their index and a pass
// through the chunk cache).
PropertyListHandle dataset_properties(const std::vector<hsize_t>& shape, int file_level,
                                      bool filtered) {
  auto properties =
      created<PropertyListHandle>(H5Pcreate(H5P_DATASET_CREATE), "dataset properties");
  if (shape.empty() || file_level == 0) return properties;
  std::vector<hsize_t> chunk = shape;
  chunk[0] = std::min<hsize_t>(chunk[0], 12);  // a year of months per chunk
  for (hsize_t c : chunk) {
    if (c == 0) return properties;
  }
  check(H5Pset_chunk(properties, static_cast<int>(chunk.size()), chunk.data()), "chunking");
  if (filtered) {
    check(H5Pset_shuffle(properties), "shuffle filter");
    check(H5Pset_deflate(properties, static_cast<unsigned>(file_level)), "deflate filter");
  }
  return properties;
}

DatasetHandle create_dataset(hid_t file, const std::string& name, hid_t type, hid_t space,
                             hid_t properties) {
  DatasetHandle dataset(
      H5Dcreate2(file, name.c_str(), type, space, H5P_DEFAULT, properties, H5P_DEFAULT));
  if (!dataset.valid())
    throw RuntimeError(with_hdf5_reasons("HDF5: cannot create dataset " + name));
  return dataset;
}

void check_written(herr_t status, const std::string& name) {
  if (status < 0)
    throw RuntimeError(with_hdf5_reasons("HDF5: writing " + name + " failed (disk full?)"));
}

DatasetHandle write_numeric(hid_t file, const std::string& name, const std::vector<hsize_t>& shape,
                            const std::vector<double>& data, int level) {
  const auto space = created<DataspaceHandle>(
      H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr), "space");
  // One-dimensional variables (a value a step) are too small to gain from compression.
  const PropertyListHandle properties = dataset_properties(shape, level, shape.size() > 1);
  DatasetHandle dataset = create_dataset(file, name, H5T_IEEE_F64LE, space, properties);
  check_written(H5Dwrite(dataset, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, data.data()),
                name);
  return dataset;
}

// Variable-length UTF-8 strings: netCDF-4's NC_STRING.
DatasetHandle write_strings(hid_t file, const std::string& name,
                            const std::vector<std::string>& labels) {
  const hsize_t n = labels.size();
  const auto space = created<DataspaceHandle>(H5Screate_simple(1, &n, nullptr), "space");
  const auto type = created<DatatypeHandle>(H5Tcopy(H5T_C_S1), "string type");
  check(H5Tset_size(type, H5T_VARIABLE), "string size");
  check(H5Tset_cset(type, H5T_CSET_UTF8), "string encoding");
  DatasetHandle dataset = create_dataset(file, name, type, space, H5P_DEFAULT);
  std::vector<const char*> pointers;
  for (const auto& label : labels) pointers.push_back(label.c_str());
  check_written(H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()), name);
  return dataset;
}

// A dimension's dataset, made a dimension scale with its attributes.
DatasetHandle write_dimension_scale(hid_t file, const Dimension& d, int level) {
  DatasetHandle scale = d.labels.empty() ? write_numeric(file, d.name, {d.size()}, d.values, level)
                                         : write_strings(file, d.name, d.labels);
  check(H5DSset_scale(scale, d.name.c_str()), "dimension scale " + d.name);
  if (!d.units.empty()) write_text_attribute(scale, "units", d.units);
  if (d.name == "time") {
    write_text_attribute(scale, "calendar", "standard");
    write_text_attribute(scale, "axis", "T");
    write_text_attribute(scale, "standard_name", "time");
  }
  write_text_attribute(scale, "long_name", d.long_name);
  return scale;
}

void write_file(const ResultSet& results, const std::string& path, int level) {
  // Track the order datasets and attributes are created in, as netCDF-4 does, so that readers
  // list them in the order lmsim wrote them.
  const auto creation = created<PropertyListHandle>(H5Pcreate(H5P_FILE_CREATE), "file properties");
  check(H5Pset_link_creation_order(creation, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
        "link creation order");
  check(H5Pset_attr_creation_order(creation, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
        "attribute creation order");
  // The file is lmsim's temporary file, which lmsim itself holds locked while it writes
  // (engine/atomic_output.hpp); HDF5's own lock on it would collide with that one.
  const auto access =
      created<PropertyListHandle>(H5Pcreate(H5P_FILE_ACCESS), "file access properties");
  check(H5Pset_file_locking(access, false, true), "file locking");
  const auto file =
      created<FileHandle>(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, creation, access), "file " + path);
  // The scales stay open while the variables are attached to them.
  std::vector<DatasetHandle> scales;
  for (const Dimension& d : results.dimensions)
    scales.push_back(write_dimension_scale(file, d, level));
  const auto scale_of = [&](const std::string& name) -> hid_t {
    for (std::size_t i = 0; i < results.dimensions.size(); ++i) {
      if (results.dimensions[i].name == name) return scales[i];
    }
    throw RuntimeError("result variable uses unknown dimension " + name);
  };
  for (const TextCoordinate& c : results.text_coordinates) {
    const DatasetHandle dataset = write_strings(file, c.name, c.labels);
    check(H5DSattach_scale(dataset, scale_of(c.dim), 0), "attaching " + c.dim);
    write_text_attribute(dataset, "long_name", c.long_name);
  }
  for (const Variable& v : results.variables) {
    std::vector<hsize_t> shape;
    for (const auto& d : v.dims) shape.push_back(results.dimension(d).size());
    const DatasetHandle dataset = write_numeric(file, v.name, shape, v.data, level);
    for (unsigned i = 0; i < v.dims.size(); ++i) {
      check(H5DSattach_scale(dataset, scale_of(v.dims[i]), i),
            "attaching " + v.dims[i] + " to " + v.name);
      check(H5DSset_label(dataset, i, v.dims[i].c_str()),
            "labelling " + v.dims[i] + " of " + v.name);
    }
    write_text_attribute(dataset, "units", v.units);
    write_text_attribute(dataset, "long_name", v.long_name);
    write_text_attribute(dataset, "long_name_nl", v.long_name_nl);
  }
  for (const auto& [key, value] : results.attributes) write_text_attribute(file, key, value);
  for (DatasetHandle& scale : scales) scale.reset();  // in the order they were made
  check(H5Fflush(file, H5F_SCOPE_GLOBAL), "flushing " + path);
}

// Bytes of data the file will hold, and a margin for HDF5's own structures.
std::uintmax_t expected_size(const ResultSet& results) {
  std::uintmax_t bytes = 1u << 20;
  for (const Variable& v : results.variables) bytes += v.data.size() * sizeof(double);
  return bytes + bytes / 10;
}

void require_disk_space(const std::filesystem::path& folder, std::uintmax_t needed) {
  std::error_code ec;
  const std::filesystem::space_info space = std::filesystem::space(folder, ec);
  if (!ec && space.available < needed) {
    throw RuntimeError("not enough disk space in " + folder.string() + ": the result needs about " +
                       std::to_string(needed >> 20) + " MB, " +
                       std::to_string(space.available >> 10) + " KB are free");
  }
}

}  // namespace

void write_hdf5_together(const std::vector<FileToWrite>& files, const WriteOptions& options) {
  // HDF5 must not close files at process exit: after a failed write (a full disk) its own
  // clean-up crashes on the half-closed file. lmsim closes every file itself.
  H5dont_atexit();
  // Errors are reported by lmsim, with the reasons HDF5 records (outputs/hdf5_error.hpp), not
  // printed by HDF5.
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  std::vector<std::unique_ptr<AtomicOutput>> outputs;
  for (const FileToWrite& file : files)
    outputs.push_back(std::make_unique<AtomicOutput>(file.path, options.overwrite));
  for (std::size_t k = 0; k < files.size(); ++k) {
    // Room for this file and the ones still to come in the same folder.
    std::uintmax_t needed = 0;
    for (std::size_t j = k; j < files.size(); ++j) {
      if (outputs[j]->temporary_path().parent_path() == outputs[k]->temporary_path().parent_path())
        needed += expected_size(*files[j].results);
    }
    const auto folder = outputs[k]->temporary_path().parent_path();
    require_disk_space(folder.empty() ? "." : folder, needed);
    try {
      write_file(*files[k].results, outputs[k]->temporary_path().string(),
                 options.compression_level);
    } catch (const RuntimeError& error) {
      throw RuntimeError("cannot write " + files[k].path.string() + ": " + error.what());
    }
  }
  for (auto& output : outputs) output->commit();  // only when every file is complete
}

void write_hdf5(const ResultSet& results, const std::filesystem::path& path,
                const WriteOptions& options) {
  write_hdf5_together({{&results, path}}, options);
}

}  // namespace lmsim::outputs
