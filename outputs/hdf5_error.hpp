// Why an HDF5 call failed, in words, for lmsim's own error messages: lmsim switches HDF5's
// printing of errors off (it would print a stack trace to stderr in the middle of lmsim's
// output), so the reasons HDF5 records on its error stack are put into the message instead.
#pragma once

#include <string>

namespace lmsim::outputs {

// The entries of this thread's HDF5 error stack, from the API function that failed down to the
// innermost cause, each as "function: description", separated by "; ". Empty when the stack is
// empty. It must be read right after the failed call: the next HDF5 call clears the stack.
std::string hdf5_error_stack();

// `message` with HDF5's reasons appended, "message (HDF5: H5Dcreate2: unable to create dataset;
// ...)"; `message` alone when HDF5 recorded none.
std::string with_hdf5_reasons(const std::string& message);

}  // namespace lmsim::outputs
