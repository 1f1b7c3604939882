// Writes a ResultSet as an HDF5 file in the netCDF-4 layout: every dimension is a dimension
// scale (numeric or text coordinate) attached to the variables that use it, every variable has
// units and English and Dutch long names, data are chunked by year (12 months) and compressed
// (or, with compression off, stored contiguous), and the global attributes describe the run. The
// file is written under a temporary name and renamed when complete (AtomicOutput), so a failed run
// leaves nothing under the final name.
#pragma once

#include <filesystem>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

struct WriteOptions {
  bool overwrite = false;
  int compression_level = 1;  // deflate 0 (off: contiguous) .. 9, with the shuffle filter
};

void write_hdf5(const ResultSet& results, const std::filesystem::path& path,
                const WriteOptions& options);

// Several files that belong together (an ensemble and its replicates): each is written under a
// temporary name, and all are renamed only when every one is complete, so a failure (a full
// disk) leaves none of them.
struct FileToWrite {
  const ResultSet* results = nullptr;
  std::filesystem::path path;
};
void write_hdf5_together(const std::vector<FileToWrite>& files, const WriteOptions& options);

}  // namespace lmsim::outputs
