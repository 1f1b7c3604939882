// lmsim report FILE [FILE ...] --out DIR --lang nl|en: the forecast annex (CSV and xlsx tables,
// PNG and SVG charts, an HTML page). The result files are checked here; the annex itself is made
// by outputs/report/annex.py with matplotlib, xarray and openpyxl (Debian packages installed by
// scripts/setup.sh), because those libraries draw charts and workbooks better than anything
// written by hand. lmsim makes the temporary folder the annex maker writes into, checks the
// manifest it writes last and publishes the folder itself (docs/report.md, "How the annex is
// written").
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/annex_manifest.hpp"
#include "cli/command.hpp"
#include "cli/region_options.hpp"
#include "cli/run_setup.hpp"
#include "cli/version.hpp"
#include "engine/atomic_folder.hpp"
#include "engine/error.hpp"
#include "outputs/result_file_reader.hpp"

namespace lmsim::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kReportSummary =
    "Writes a forecast annex for a region, a group of regions (a province, your own groups) or\n"
    "the whole country: tables (CSV and one xlsx\n"
    "workbook), charts (PNG and SVG) and an HTML page, in Dutch or English. With several files\n"
    "the first is the reference (baseline) the others are compared with. A sweep file (lmsim\n"
    "sweep), given alone, gives fan charts of its range of outcomes and, for sampled designs,\n"
    "the probability of each UWV tension class.";

std::string environment_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// The Python interpreter with Debian's matplotlib, xarray and openpyxl (not a virtual
// environment's python3 earlier on PATH, which usually lacks them).
std::string python_interpreter() {
  return environment_or("LMSIM_PYTHON", "/usr/bin/python3");
}

// The annex maker lies in share/lmsim/report beside the bin folder of the lmsim binary, both in
// an installed tree (cmake --install) and in the build tree, where CMake links that folder to
// outputs/report; LMSIM_REPORT_DIR names another folder (README.md, "Install").
fs::path annex_script() {
  if (const char* folder = std::getenv("LMSIM_REPORT_DIR"); folder != nullptr && *folder != '\0') {
    return fs::path(folder) / "annex.py";
  }
  std::error_code ec;
  const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
  if (ec) throw RuntimeError("cannot find the lmsim binary (/proc/self/exe): " + ec.message());
  const fs::path script =
      binary.parent_path().parent_path() / "share" / "lmsim" / "report" / "annex.py";
  if (!fs::is_regular_file(script, ec)) {
    throw RuntimeError("cannot find the annex maker " + script.string() +
                       " (install lmsim with cmake --install, or name the folder of annex.py in "
                       "LMSIM_REPORT_DIR)");
  }
  return script;
}

// An existing --out folder that --overwrite may replace: an earlier annex (with lmsim's
// manifest) that holds none of the result files the report reads.
AtomicFolder::ReplaceCheck earlier_annex_only(const std::vector<std::string>& files) {
  return [files](const fs::path& folder) -> std::string {
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(folder, ec);
    for (const std::string& file : files) {
      const fs::path input = fs::weakly_canonical(file, ec);
      for (fs::path p = input.parent_path(); !p.empty() && p != p.root_path();
           p = p.parent_path()) {
        if (p == resolved) {
          return "holds the result file " + file + "; write the annex to another folder";
        }
      }
    }
    std::string generator;
    try {
      generator = read_annex_manifest(folder).generator;
    } catch (const std::runtime_error&) {
    }
    if (generator != "lmsim report") {
      return "not an annex made by lmsim report (no manifest.json of it); --overwrite replaces "
             "only such a folder";
    }
    return "";
  };
}

// Starts the annex maker with its standard error on a pipe. It must not outlive lmsim: killed
// with lmsim (PR_SET_PDEATHSIG), it can never write on after lmsim is gone.
pid_t start_annex_maker(const std::vector<std::string>& command, int stderr_pipe[2]) {
  std::vector<char*> argv;
  for (const std::string& a : command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw RuntimeError("cannot start " + command[0]);
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(kExitFailure);  // lmsim died before prctl took effect
    ::close(stderr_pipe[0]);
    ::dup2(stderr_pipe[1], STDERR_FILENO);
    ::close(stderr_pipe[1]);
    ::execvp(argv[0], argv.data());
    const std::string message = "lmsim: error: cannot start " + command[0] + "\n";
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, message.data(), message.size());
    ::_exit(127);
  }
  return pid;
}

// Passes what the annex maker writes on its standard error on to lmsim's, until it closes it
// (it exits); true when it wrote anything.
bool forward_until_closed(int fd) {
  bool said_something = false;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      said_something = true;
      std::cerr.write(buffer, n);
      std::cerr.flush();
    } else if (n == 0 || errno != EINTR) {
      return said_something;
    }
  }
}

struct AnnexMakerEnd {
  int status = 0;
  bool said_something = false;
};

AnnexMakerEnd run_annex_maker(const std::vector<std::string>& command) {
  int stderr_pipe[2];
  if (::pipe2(stderr_pipe, O_CLOEXEC) != 0) throw RuntimeError("cannot start " + command[0]);
  const pid_t pid = start_annex_maker(command, stderr_pipe);
  ::close(stderr_pipe[1]);
  AtomicFolder::pass_interruptions_to(pid);
  AnnexMakerEnd end;
  end.said_something = forward_until_closed(stderr_pipe[0]);
  ::close(stderr_pipe[0]);
  int waited = 0;
  while ((waited = ::waitpid(pid, &end.status, 0)) < 0 && errno == EINTR) {
  }
  AtomicFolder::pass_interruptions_to(0);
  if (waited < 0) throw RuntimeError("lost track of " + command[0]);
  return end;
}

// The annex maker's exit: its own message and exit code 2 for a mistake in the input;
// anything else but a complete annex is a failure that lmsim names.
int check_annex_maker_end(const AnnexMakerEnd& end, const std::string& script,
                          const fs::path& folder) {
  if (WIFSIGNALED(end.status)) {
    throw RuntimeError("the annex maker (" + script + ") was stopped by signal " +
                       std::to_string(WTERMSIG(end.status)) + "; no annex written");
  }
  const int code = WIFEXITED(end.status) ? WEXITSTATUS(end.status) : kExitFailure;
  if (code == kExitInvalidInput && end.said_something) return kExitInvalidInput;
  if (code != kExitSuccess) {
    throw RuntimeError("the annex maker (" + script + ") failed with exit code " +
                       std::to_string(code) + "; no annex written");
  }
  if (const std::string why = incomplete_annex(folder); !why.empty()) {
    throw RuntimeError("the annex maker (" + script + ") ended without a complete annex (" + why +
                       "); no annex written");
  }
  return kExitSuccess;
}

// The groups files the annex maker reads where --region names any region (the data set's
// region_groups.csv, the user's --groups), checked here so that a malformed one is refused with
// its line before the annex maker starts.
std::vector<std::string> checked_group_files(const std::vector<std::string>& regions,
                                             const GroupOptions& options) {
  std::vector<std::string> files;
  if (regions.empty()) return files;
  load_groups(options);
  std::error_code ec;
  const fs::path shipped = chosen_data_dir(options) / outputs::kRegionGroupsFile;
  if (fs::exists(shipped, ec)) files.push_back(shipped.string());
  if (!options.groups.empty()) files.push_back(options.groups);
  return files;
}

}  // namespace

int report_command(const Arguments& args) {
  std::vector<std::string> files;
  std::string out;
  std::string lang = "nl";
  std::vector<std::string> regions;
  GroupOptions group_options;
  int year = 0;
  bool overwrite = false;
  bool quiet = false;
  po::options_description options("report options");
  options.add_options()("files", po::value(&files),
                        "result files (HDF5), reference first; or one sweep file")(
      "out", po::value(&out), "folder for the annex (must not exist unless --overwrite)")(
      "lang", po::value(&lang)->default_value(lang), "language of the annex: nl or en")(
      "region", po::value(&regions)->composing(),
      "region or group (a province such as PV-UT, or one of --groups) by code or name, several "
      "separated by commas (repeatable; the annex covers their sum; default: the whole "
      "country)")("year", po::value(&year),
                  "year of the heat map and the comparison (default: the last)")(
      "overwrite", po::bool_switch(&overwrite), "replace an existing annex folder")(
      "quiet,q", po::bool_switch(&quiet), "print nothing but errors");
  add_group_options(options, group_options);
  po::positional_options_description positional;
  positional.add("files", -1);
  if (auto stop = parse_arguments("report", kReportSummary, args, options, positional))
    return *stop;
  if (files.empty() || out.empty()) {
    std::cerr << "lmsim report: expected result files and --out DIR (lmsim report BASE.h5 "
                 "[OTHER.h5 ...] --out DIR)\n";
    return kExitInvalidInput;
  }
  if (lang != "nl" && lang != "en") {
    std::cerr << "lmsim report: --lang must be nl or en, not '" << lang << "'\n";
    return kExitInvalidInput;
  }
  for (const std::string& file : files) outputs::check_result_file(file);  // clear errors first
  const std::vector<std::string> group_files = checked_group_files(regions, group_options);
  const std::string python = python_interpreter();
  if (python.find('/') != std::string::npos && !fs::exists(python)) {
    throw RuntimeError("the report needs " + python +
                       " with matplotlib, xarray, h5netcdf and openpyxl (Debian: "
                       "python3-matplotlib python3-xarray python3-h5netcdf python3-openpyxl; "
                       "scripts/setup.sh installs them; "
                       "LMSIM_PYTHON names another interpreter)");
  }
  const std::string script = annex_script().string();
  AtomicFolder folder(out, overwrite, earlier_annex_only(files));
  std::vector<std::string> command = {
      python,   script, "--out",     folder.temporary_path().string(),
      "--lang", lang,   "--version", kVersion};
  for (const std::string& region : regions) command.insert(command.end(), {"--region", region});
  for (const std::string& groups : group_files) command.insert(command.end(), {"--groups", groups});
  if (year != 0) command.insert(command.end(), {"--year", std::to_string(year)});
  command.insert(command.end(), files.begin(), files.end());
  const AnnexMakerEnd end = run_annex_maker(command);
  folder.stop_if_interrupted();
  if (const int code = check_annex_maker_end(end, script, folder.temporary_path()); code != 0) {
    return code;
  }
  const AnnexManifest manifest = read_annex_manifest(folder.temporary_path());
  folder.publish();
  if (!quiet) {
    std::cout << "lmsim report: wrote " << manifest.charts << " charts and " << manifest.tables
              << " tables (" << lang << ") to " << (folder.final_path() / "index.html").string()
              << "\n";
  }
  return kExitSuccess;
}

}  // namespace lmsim::cli
