// Error types shared by every layer. An InputError is the user's to fix (exit code 2) and always
// says where: file, line, column and key when they are known. A RuntimeError is a failure while
// working on valid input (exit code 1), such as a full disk.
#pragma once

#include <stdexcept>
#include <string>

namespace lmsim {

struct SourceLocation {
  std::string file;
  long line = 0;    // 1-based; 0 when not applicable
  long column = 0;  // 1-based; 0 when not applicable
  std::string key;  // column name, TOML key path or parameter name; empty when not applicable
};

// Formats "file:line:column: key: message", leaving out the parts that are unknown.
std::string format_located_message(const SourceLocation& where, const std::string& message);

class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, const std::string& message);
  explicit InputError(const std::string& message);
  const SourceLocation& where() const { return where_; }

 private:
  SourceLocation where_;
};

class RuntimeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace lmsim
