// Output folders (lmsim export's CSV files, lmsim report's annex) are built in a locked
// temporary folder beside the final one (engine/atomic_output.hpp, LockedTemporary) and
// published only when complete, so an interrupted, failed or killed command never leaves a
// partial folder under the final name, and an existing folder is either left as it was or
// replaced as a whole (docs/output.md, "Output folders").
//
// - Without overwrite the finished folder takes the final name only where nothing (or an empty
//   folder) has it; with overwrite an existing folder is exchanged with the finished one in one
//   step (renameat2 with RENAME_EXCHANGE) and the old tree is removed after.
// - A temporary folder left by a command killed with SIGKILL is removed by the next command
//   that writes in the same folder (remove_stale_temporaries).
// - While an AtomicFolder lives, SIGINT, SIGTERM and SIGHUP are only noted;
//   stop_if_interrupted() removes the temporary folder and then ends the process with that
//   signal.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "engine/atomic_output.hpp"

namespace lmsim {

class AtomicFolder {
 public:
  // Says why an existing folder must not be replaced even with overwrite (it is not an earlier
  // output of the same command), or returns an empty string.
  using ReplaceCheck = std::function<std::string(const std::filesystem::path&)>;

  // Refuses (InputError) an existing final path unless it is an empty folder or overwrite is
  // set and `replaceable` accepts it, and a missing parent folder. Creates the temporary folder.
  AtomicFolder(std::filesystem::path final_path, bool overwrite, const ReplaceCheck& replaceable);
  // The checks alone, so that a command can refuse its output before it starts working.
  static void check(const std::filesystem::path& final_path, bool overwrite,
                    const ReplaceCheck& replaceable);
  ~AtomicFolder();  // removes the temporary folder unless published
  AtomicFolder(const AtomicFolder&) = delete;
  AtomicFolder& operator=(const AtomicFolder&) = delete;

  const std::filesystem::path& temporary_path() const { return temporary_.path(); }
  const std::filesystem::path& final_path() const { return final_; }

  // Moves the finished folder to the final name (atomic on one file system).
  void publish();

  // When SIGINT, SIGTERM or SIGHUP arrived: removes the temporary folder and ends the process
  // with that signal. Commands call it between steps of their work.
  void stop_if_interrupted();
  // The signal noted since this folder was made, or 0.
  static int interruption();
  // While a child process works in the temporary folder (lmsim report's annex maker), a noted
  // signal is also sent to it, so that it stops; 0 passes them on to no one.
  static void pass_interruptions_to(int child_pid);

 private:
  std::filesystem::path final_;
  bool overwrite_ = false;
  LockedTemporary temporary_;
  bool published_ = false;
};

}  // namespace lmsim
