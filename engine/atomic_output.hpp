// Results are written under a short temporary name in the folder of the final one and published
// under the final name only when complete, so a failed, interrupted or killed run never leaves a
// half-written file under the final name and never damages an existing result. An existing file
// is replaced only when the caller allows it (--overwrite); without that, publishing never
// replaces a file another process put there meanwhile. docs/output.md, "Safe writing",
// describes the rules; docs/errors.md, "Writing results", the messages.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lmsim {

// Every temporary entry lmsim makes starts with this: ".lmsim.tmp." and six random characters
// (mkstemp, mkdtemp), short enough that any final name the file system accepts still works.
inline constexpr const char* kTemporaryPrefix = ".lmsim.tmp.";
bool is_temporary_name(const std::string& filename);

// A temporary file (mkstemp) or folder (mkdtemp) in `folder`, locked (flock) for as long as this
// object lives, so that remove_stale_temporaries of another process leaves it alone. Removed when
// destroyed unless published; a signal (SIGINT, SIGTERM, SIGHUP) removes a temporary file too.
class LockedTemporary {
 public:
  enum class Kind { kFile, kFolder };
  // Throws RuntimeError when the entry cannot be made (the folder is not writable, disk full).
  LockedTemporary(const std::filesystem::path& folder, Kind kind);
  ~LockedTemporary();
  LockedTemporary(const LockedTemporary&) = delete;
  LockedTemporary& operator=(const LockedTemporary&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Gives the entry the name `final`. Without `replace`, only where nothing has that name (or, for
  // a folder, an empty folder): when something has (another process published there meanwhile)
  // it throws RuntimeError naming
  // `final`, and where the file system can neither rename without replacing nor make hard links
  // it refuses with RuntimeError. With `replace`, a file there is replaced (a symbolic link
  // itself, not its target), and a folder there is exchanged with this one and then removed.
  // The entry must still be the one made here (RuntimeError otherwise).
  void publish(const std::filesystem::path& final, bool replace);

 private:
  std::filesystem::path path_;
  Kind kind_;
  int fd_ = -1;
  bool published_ = false;
  bool holds_replaced_folder_ = false;  // publish exchanged this folder with one of the name
  int slot_ = -1;  // entry in the signal handler's list of live temporary files
};

// Removes the temporary entries (kTemporaryPrefix) in `folder` that no live process holds: those
// left by a process killed with SIGKILL or a power cut. An entry some process holds is left.
void remove_stale_temporaries(const std::filesystem::path& folder);

// The test hook of docs/testing.md: with LMSIM_TEST_PAUSE_BEFORE_PUBLISH=FIFO set, the first
// publication of the process waits until the FIFO is opened for writing and closed again. Does
// nothing without the variable.
void pause_before_publishing_for_tests();

// The checks an output file passes before any work: InputError (exit code 2) for an existing
// output without overwrite, one that is not a regular file, a name longer than the file system
// allows, a missing folder and a folder where no file can be made.
void check_output_file(const std::filesystem::path& final_path, bool overwrite);

// Refuses (InputError) a file name longer than the file system of its folder allows, for files
// written beside the output (a sweep's OUT.partial journal), before any work.
void check_file_name_length(const std::filesystem::path& file);

// Refuses (InputError) an output that is one of the inputs, however either path is spelt
// (./x, a symbolic link, ../dir/x): with --overwrite it would be replaced by the results.
void refuse_output_onto_inputs(const std::filesystem::path& out,
                               const std::vector<std::filesystem::path>& inputs);

class AtomicOutput {
 public:
  // Refuses what check_output_file refuses, removes stale temporaries of the folder and makes a
  // locked temporary file beside the final one.
  AtomicOutput(std::filesystem::path final_path, bool overwrite);
  // The checks alone, so that a long run can refuse its output before it starts.
  static void check(const std::filesystem::path& final_path, bool overwrite) {
    check_output_file(final_path, overwrite);
  }
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& temporary_path() const { return temporary_.path(); }
  const std::filesystem::path& final_path() const { return final_; }
  // Publishes the finished temporary file under the final name (LockedTemporary::publish).
  void commit();

 private:
  std::filesystem::path final_;
  bool overwrite_;
  LockedTemporary temporary_;
};

// Removes temporary result files when the process is stopped by SIGINT, SIGTERM or SIGHUP.
void install_temporary_file_cleanup();

}  // namespace lmsim
