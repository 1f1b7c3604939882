// One HDF5 identifier, closed with its matching function when the owner goes (the writer and the
// reader of result files share it). An invalid (negative) identifier is held and never closed.
#pragma once

#include <hdf5.h>

namespace lmsim::outputs {

class Hdf5Handle {
 public:
  Hdf5Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  ~Hdf5Handle() {
    if (id_ >= 0) close_(id_);
  }
  Hdf5Handle(const Hdf5Handle&) = delete;
  Hdf5Handle& operator=(const Hdf5Handle&) = delete;
  Hdf5Handle(Hdf5Handle&& other) noexcept : id_(other.id_), close_(other.close_) { other.id_ = -1; }
  Hdf5Handle& operator=(Hdf5Handle&&) = delete;

  bool valid() const { return id_ >= 0; }
  hid_t id() const { return id_; }
  operator hid_t() const { return id_; }  // NOLINT(google-explicit-constructor): HDF5 C calls

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

}  // namespace lmsim::outputs
