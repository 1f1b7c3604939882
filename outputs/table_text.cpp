#include "outputs/table_text.hpp"

#include <algorithm>

namespace lmsim::outputs {

std::size_t characters(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string pad(const std::string& text, std::size_t width) {
  return std::string(width - std::min(width, characters(text)), ' ') + text;
}

std::string fit(const std::string& text, std::size_t width, bool right) {
  std::string out;
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t bytes = 1;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) {
      bytes = 4;
    } else if (c >= 0xE0) {
      bytes = 3;
    } else if (c >= 0xC0) {
      bytes = 2;
    }
    if (length == width) {
      // too long: end with a dot where the last character was
      std::size_t last = out.size();
      while (last > 0 && (static_cast<unsigned char>(out[last - 1]) & 0xC0) == 0x80) --last;
      out.resize(last > 0 ? last - 1 : 0);
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += '.';
      out += std::string(width - std::min(width, characters(out)), ' ');
      return out;
    }
    out += text.substr(i, bytes);
    ++length;
    i += bytes;
  }
  const std::string padding(width - length, ' ');
  return right ? padding + out : out + padding;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

}  // namespace lmsim::outputs
