// Reading a result file first in a child process. Result files come from elsewhere (copied
// between machines, half downloaded, damaged on disk), and the HDF5 library of Debian 12 (1.10)
// crashes on some corrupted files instead of returning an error (fuzz/fuzz_result_file found
// such files within seconds; they are kept in fuzz/regressions/result_file), and loops for ever
// on others. The child reads the whole file; if it crashes, or takes far longer than any healthy
// file of its size, the parent stops it, reports a damaged file and never touches it itself.
#pragma once

#include <filesystem>

#include "engine/result_set.hpp"

namespace lmsim::outputs {

using ResultFileRead = ResultSet (*)(const std::filesystem::path&);

// Runs read(path) in a child process. Returns when it succeeded; rethrows its InputError (same
// message) when it refused the file; throws an InputError naming the file as damaged when it
// crashed or ran out of time (10 s plus 1 s per 20 MB). Throws RuntimeError when no child process
// can be started.
void check_readable_in_child_process(const std::filesystem::path& path, ResultFileRead read);

}  // namespace lmsim::outputs
