#include "engine/error.hpp"

namespace lmsim {

std::string format_located_message(const SourceLocation& where, const std::string& message) {
  std::string text;
  if (!where.file.empty()) {
    text += where.file;
    if (where.line > 0) text += ":" + std::to_string(where.line);
    if (where.line > 0 && where.column > 0) text += ":" + std::to_string(where.column);
    text += ": ";
  }
  if (!where.key.empty()) text += where.key + ": ";
  return text + message;
}

InputError::InputError(SourceLocation where, const std::string& message)
    : std::runtime_error(format_located_message(where, message)), where_(std::move(where)) {}

InputError::InputError(const std::string& message) : std::runtime_error(message) {}

}  // namespace lmsim
