// The language of the text a command prints for people (run summary, lmsim info, compare):
// English or Dutch.
#pragma once

#include <optional>
#include <string>

namespace lmsim::outputs {

enum class Language { kEnglish, kDutch };

// "en" or "nl"; nothing for any other code.
inline std::optional<Language> language_from_code(const std::string& code) {
  if (code == "en") return Language::kEnglish;
  if (code == "nl") return Language::kDutch;
  return std::nullopt;
}

}  // namespace lmsim::outputs
