#include "outputs/hdf5_error.hpp"

#include <hdf5.h>

#include <string>

namespace lmsim::outputs {
namespace {

// H5Ewalk2's callback: appends one entry of the stack as "function: description".
herr_t append_entry(unsigned /*n*/, const H5E_error2_t* entry, void* data) {
  auto* text = static_cast<std::string*>(data);
  if (!text->empty()) *text += "; ";
  *text += entry->func_name != nullptr ? entry->func_name : "?";
  if (entry->desc != nullptr && entry->desc[0] != '\0') *text += std::string(": ") + entry->desc;
  return 0;
}

}  // namespace

std::string hdf5_error_stack() {
  std::string text;
  if (H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, append_entry, &text) < 0) return "";
  return text;
}

std::string with_hdf5_reasons(const std::string& message) {
  const std::string reasons = hdf5_error_stack();
  return reasons.empty() ? message : message + " (HDF5: " + reasons + ")";
}

}  // namespace lmsim::outputs
