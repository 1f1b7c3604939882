// lmsim report FILE [FILE ...] --out DIR --lang nl|en: the forecast annex (CSV and xlsx tables,
// PNG and SVG charts, an HTML page). The result files are checked here; the annex itself is made
// by outputs/report/annex.py with matplotlib, xarray and openpyxl (Debian packages installed by
// scripts/setup.sh), because those libraries draw charts and workbooks better than anything
// written by hand.
#include <spawn.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "cli/run_setup.hpp"
#include "cli/version.hpp"
#include "engine/error.hpp"
#include "outputs/result_file_reader.hpp"

extern char** environ;  // NOLINT: POSIX, for posix_spawn

namespace lmsim::cli {
namespace {

constexpr const char* kSummary =
    "Writes a forecast annex for one region or the whole country: tables (CSV and one xlsx\n"
    "workbook), charts (PNG and SVG) and an HTML page, in Dutch or English. With several files\n"
    "the first is the reference (baseline) the others are compared with.";

std::string environment_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// The Python interpreter with Debian's matplotlib, xarray and openpyxl (not a virtual
// environment's python3 earlier on PATH, which usually lacks them).
std::string python_interpreter() {
  return environment_or("LMSIM_PYTHON", "/usr/bin/python3");
}

std::filesystem::path annex_script() {
  return std::filesystem::path(environment_or("LMSIM_REPORT_DIR", LMSIM_REPORT_DIR)) / "annex.py";
}

// The annex maker while it runs: Ctrl-C or SIGTERM to lmsim is passed on to it, so that it
// stops and removes its temporary folder before lmsim exits.
volatile std::sig_atomic_t g_annex_maker = 0;

extern "C" void pass_signal_on(int signal_number) {
  if (g_annex_maker > 0) ::kill(static_cast<pid_t>(g_annex_maker), signal_number);
}

int run_program(const std::vector<std::string>& command, const std::string& out) {
  std::vector<char*> argv;
  for (const std::string& a : command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
    throw RuntimeError("cannot start " + command[0]);
  }
  g_annex_maker = pid;
  struct sigaction forward {};
  forward.sa_handler = pass_signal_on;
  struct sigaction old_int {};
  struct sigaction old_term {};
  sigaction(SIGINT, &forward, &old_int);
  sigaction(SIGTERM, &forward, &old_term);
  int status = 0;
  int waited = 0;
  while ((waited = waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
  }
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  g_annex_maker = 0;
  if (waited < 0) throw RuntimeError("lost track of " + command[0]);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  // Killed (SIGKILL, out of memory): it could not remove its temporary folder.
  std::error_code ec;
  std::filesystem::remove_all(out + ".tmp." + std::to_string(pid), ec);
  std::cerr << "lmsim report: error: the annex maker (" << command[1] << ") was stopped by signal "
            << WTERMSIG(status) << "; no annex written\n";
  return kExitFailure;
}

}  // namespace

int report_command(const Arguments& args) {
  std::vector<std::string> files;
  std::string out;
  std::string lang = "nl";
  std::string region = "all";
  int year = 0;
  bool overwrite = false;
  bool quiet = false;
  po::options_description options("report options");
  options.add_options()("files", po::value(&files), "result files (HDF5), reference first")(
      "out", po::value(&out), "folder for the annex (must not exist unless --overwrite)")(
      "lang", po::value(&lang)->default_value(lang), "language of the annex: nl or en")(
      "region", po::value(&region)->default_value(region),
      "region code or name, or 'all' for the whole country")(
      "year", po::value(&year), "year of the heat map and the comparison (default: the last)")(
      "overwrite", po::bool_switch(&overwrite), "replace an existing annex folder")(
      "quiet,q", po::bool_switch(&quiet), "print nothing but errors");
  po::positional_options_description positional;
  positional.add("files", -1);
  if (auto stop = parse_arguments("report", kSummary, args, options, positional)) return *stop;
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
  const std::string python = python_interpreter();
  if (python.find('/') != std::string::npos && !std::filesystem::exists(python)) {
    throw RuntimeError("the report needs " + python +
                       " with matplotlib, xarray, h5netcdf and openpyxl (Debian: "
                       "python3-matplotlib python3-xarray python3-h5netcdf python3-openpyxl; "
                       "scripts/setup.sh installs them; "
                       "LMSIM_PYTHON names another interpreter)");
  }
  std::vector<std::string> command = {python,      annex_script().string(),
                                      "--out",     out,
                                      "--lang",    lang,
                                      "--region",  region,
                                      "--version", kVersion};
  if (year != 0) command.insert(command.end(), {"--year", std::to_string(year)});
  if (overwrite) command.emplace_back("--overwrite");
  if (quiet) command.emplace_back("--quiet");
  command.insert(command.end(), files.begin(), files.end());
  // annex.py names its temporary folder after --out with symbolic links resolved.
  std::error_code ec;
  std::string resolved = std::filesystem::weakly_canonical(out, ec).string();
  while (resolved.size() > 1 && resolved.back() == '/') resolved.pop_back();
  return run_program(command, ec ? out : resolved);
}

}  // namespace lmsim::cli
