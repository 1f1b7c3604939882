// Results are written under a temporary name beside the final one and renamed only when
// complete, so a failed, interrupted or killed run never leaves a half-written file under the
// final name and never damages an existing result. An existing file is replaced only when the
// caller allows it (--overwrite).
#pragma once

#include <filesystem>

namespace lmsim {

class AtomicOutput {
 public:
  // Refuses (InputError) an existing final file unless overwrite is set, and a missing folder.
  AtomicOutput(std::filesystem::path final_path, bool overwrite);
  // The same checks alone, so that a long run can refuse its output before it starts.
  static void check(const std::filesystem::path& final_path, bool overwrite);
  ~AtomicOutput();  // removes the temporary file unless commit() succeeded
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& temporary_path() const { return temporary_; }
  const std::filesystem::path& final_path() const { return final_; }
  // Moves the finished temporary file to the final name (atomic on one file system).
  void commit();

 private:
  std::filesystem::path final_;
  std::filesystem::path temporary_;
  bool committed_ = false;
  int slot_ = -1;  // entry in the signal handler's list of live temporary files
};

// Removes temporary result files when the process is stopped by SIGINT or SIGTERM.
void install_temporary_file_cleanup();

}  // namespace lmsim
