#include "outputs/label_selection.hpp"

#include <cctype>

#include "engine/error.hpp"
#include "engine/spelling.hpp"

namespace lmsim::outputs {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Marks the labels whose code or name is `wanted`; whether there was one.
bool mark(const std::string& wanted, const std::vector<std::string>& codes,
          const std::vector<std::string>* names, std::vector<bool>& taken) {
  bool found = false;
  const std::string key = lower(trimmed(wanted));
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (lower(codes[i]) == key || (names != nullptr && lower((*names)[i]) == key)) {
      found = true;
      taken[i] = true;
    }
  }
  return found;
}

std::vector<std::string> comma_separated(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    parts.push_back(text.substr(start, comma == std::string::npos ? comma : comma - start));
    if (comma == std::string::npos) return parts;
    start = comma + 1;
  }
}

}  // namespace

std::string label_key(const std::string& text) {
  return lower(trimmed(text));
}
std::string trimmed_label(const std::string& text) {
  return trimmed(text);
}

std::vector<std::size_t> select_labels(const std::vector<std::string>& wanted,
                                       const std::vector<std::string>& codes,
                                       const std::vector<std::string>* names,
                                       const std::string& option) {
  std::vector<std::size_t> chosen;
  if (wanted.empty()) {
    for (std::size_t i = 0; i < codes.size(); ++i) chosen.push_back(i);
    return chosen;
  }
  std::vector<bool> taken(codes.size(), false);
  for (const std::string& argument : wanted) {
    if (mark(argument, codes, names, taken)) continue;
    for (const std::string& part : comma_separated(argument)) {
      if (mark(part, codes, names, taken)) continue;
      std::vector<std::string> candidates = codes;
      if (names != nullptr) candidates.insert(candidates.end(), names->begin(), names->end());
      throw InputError(option + " '" + trimmed(part) + "': not a code or name in the results" +
                       did_you_mean(trimmed(part), candidates));
    }
  }
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (taken[i]) chosen.push_back(i);
  }
  return chosen;
}

}  // namespace lmsim::outputs
