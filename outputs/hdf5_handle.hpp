// HDF5 identifiers held by owners that close them when they go, on every path out (a return, an
// exception), as HighFive's object wrappers do: one handle type per kind of identifier, each with
// the close function of its kind, so that an identifier cannot be closed with the wrong one.
// Handles are move-only: an identifier has one owner. An invalid (negative) identifier is held
// and never closed, so that a handle can take a call's result before it is checked. The writer
// and the reader of result files share them.
#pragma once

#include <hdf5.h>

#include <utility>

namespace lmsim::outputs {

template <herr_t (*Close)(hid_t)>
class Hdf5Handle {
 public:
  Hdf5Handle() = default;
  explicit Hdf5Handle(hid_t id) noexcept : id_(id) {}
  ~Hdf5Handle() { reset(); }
  Hdf5Handle(const Hdf5Handle&) = delete;
  Hdf5Handle& operator=(const Hdf5Handle&) = delete;
  Hdf5Handle(Hdf5Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)) {}
  Hdf5Handle& operator=(Hdf5Handle&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, H5I_INVALID_HID);
    }
    return *this;
  }

  bool valid() const { return id_ >= 0; }
  hid_t id() const { return id_; }
  operator hid_t() const { return id_; }  // NOLINT(google-explicit-constructor): HDF5 C calls

  // Closes the identifier now, if the handle holds one. A failed close is not reported: a
  // destructor cannot, and the writer flushes its file (and checks that) before it closes it.
  void reset() noexcept {
    if (id_ >= 0) Close(id_);
    id_ = H5I_INVALID_HID;
  }

 private:
  hid_t id_ = H5I_INVALID_HID;
};

using FileHandle = Hdf5Handle<H5Fclose>;
using DatasetHandle = Hdf5Handle<H5Dclose>;
using DataspaceHandle = Hdf5Handle<H5Sclose>;
using DatatypeHandle = Hdf5Handle<H5Tclose>;
using AttributeHandle = Hdf5Handle<H5Aclose>;
using PropertyListHandle = Hdf5Handle<H5Pclose>;

}  // namespace lmsim::outputs
