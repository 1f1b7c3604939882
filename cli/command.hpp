// The subcommands of the lmsim command line. Each takes its own arguments (after the
// subcommand name) and returns the process exit code: 0 success, 1 runtime failure, 2 invalid
// input or usage.
#pragma once

#include <string>
#include <vector>

namespace lmsim::cli {

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitInvalidInput = 2;

using Arguments = std::vector<std::string>;

int run_command(const Arguments& args);
int validate_command(const Arguments& args);
int params_command(const Arguments& args);
int compare_command(const Arguments& args);
int contributions_command(const Arguments& args);
int info_command(const Arguments& args);
int export_command(const Arguments& args);
int list_command(const Arguments& args);
int report_command(const Arguments& args);
int sweep_command(const Arguments& args);

}  // namespace lmsim::cli
