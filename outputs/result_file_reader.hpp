// Reads an lmsim result file (HDF5, written by write_hdf5) back into a ResultSet: the dimensions
// time, region and occupation with their coordinates, the text coordinates region_name and
// occupation_name, the requested time x region x occupation variables and every global text
// attribute. Problems (missing file, not HDF5, missing dataset or attribute) are InputErrors that
// name the file and what is missing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

// optional_variables are read where the file has them (and left out where it has not).
ResultSet read_result_file(const std::filesystem::path& path,
                           const std::vector<std::string>& variables,
                           const std::vector<std::string>& optional_variables = {});

// Everything a result file holds: every dimension (each dimension scale, numeric or text), every
// text coordinate, every numeric variable over the dimensions attached to its axes, with units
// and long names, and every global text attribute. Problems are InputErrors naming the file and
// the dataset. Used by lmsim info and lmsim export.
// The file is first read in a child process (outputs/isolated_read.hpp), so that a file that
// crashes the HDF5 library gives an InputError instead of a crash; read_result_file does the same.
ResultSet read_whole_result_file(const std::filesystem::path& path);

// Only the check of read_whole_result_file (in a child process): for lmsim report, whose annex
// maker reads the file itself.
void check_result_file(const std::filesystem::path& path);

// The same two readers without the child process, for the fuzzer (fuzz/fuzz_result_file.cpp),
// which must see every crash and sort those of lmsim's code from those inside the HDF5 library.
ResultSet read_whole_result_file_in_this_process(const std::filesystem::path& path);
ResultSet read_result_file_in_this_process(const std::filesystem::path& path,
                                           const std::vector<std::string>& variables,
                                           const std::vector<std::string>& optional_variables = {});

// The value of a global attribute read by read_result_file; throws InputError naming `file`
// when the attribute is absent.
const std::string& result_attribute(const ResultSet& results, const std::string& name,
                                    const std::string& file);

// A parameter's value from the `parameters` attribute (lines `name = value`); throws InputError
// naming `file` when the attribute or the parameter is absent or not a number.
double result_parameter(const ResultSet& results, const std::string& name, const std::string& file);

}  // namespace lmsim::outputs
