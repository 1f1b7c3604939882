// Output folders (lmsim export's CSV files, lmsim report's annex) are built under a temporary
// name in the final folder's parent and published only when complete, so an interrupted,
// failed or killed command never leaves a partial folder under the final name, and an existing
// folder is either left as it was or replaced as a whole (docs/output.md, "Output folders").
//
// - Without overwrite the finished folder is renamed to the final name with
//   renameat2(RENAME_NOREPLACE); an existing empty folder is replaced by rename(2).
// - With overwrite an existing folder is swapped with the finished one in one step
//   (renameat2(RENAME_EXCHANGE)); the old tree, now under the temporary name, is removed after.
// - The temporary folder (.lmsim-tmp-XXXXXX) is locked (flock) while its command lives. A
//   command killed with SIGKILL leaves it behind unlocked; the next AtomicFolder made in the
//   same parent removes such folders.
// - While an AtomicFolder lives, SIGINT and SIGTERM are only noted; stop_if_interrupted()
//   removes the temporary folder and then ends the process with that signal.
#pragma once

#include <filesystem>
#include <functional>

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

  const std::filesystem::path& temporary_path() const { return temporary_; }
  const std::filesystem::path& final_path() const { return final_; }

  // Moves the finished folder to the final name (atomic on one file system).
  void publish();

  // When SIGINT or SIGTERM arrived: removes the temporary folder and ends the process with that
  // signal. Commands call it between steps of their work.
  void stop_if_interrupted();
  // The signal noted since this folder was made, or 0.
  static int interruption();
  // While a child process works in the temporary folder (lmsim report's annex maker), a noted
  // SIGINT or SIGTERM is also sent to it, so that it stops; 0 passes them on to no one.
  static void pass_interruptions_to(int child_pid);

 private:
  void restore_signal_handlers();

  std::filesystem::path final_;
  std::filesystem::path temporary_;
  bool overwrite_ = false;
  bool published_ = false;
  int lock_fd_ = -1;
};

// The prefix of every temporary folder (AtomicFolder); a test checks that none is left.
inline constexpr const char* kTemporaryFolderPrefix = ".lmsim-tmp-";

}  // namespace lmsim
